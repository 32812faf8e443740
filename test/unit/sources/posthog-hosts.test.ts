import { describe, expect, it } from 'vitest';
import { checkHost, checkProjectId } from '../../../src/sources/posthog/hosts';

describe('checkHost', () => {
  it('keeps cloud and self-hosted HTTPS origins, dropping paths', () => {
    expect(checkHost('https://eu.posthog.com/project/12/insights')).toEqual({ ok: true, origin: 'https://eu.posthog.com' });
    expect(checkHost('posthog.example.com')).toEqual({ ok: true, origin: 'https://posthog.example.com' });
    expect(checkHost(' https://ph.example.com:8443/ ')).toEqual({ ok: true, origin: 'https://ph.example.com:8443' });
  });

  it('maps the ingest and legacy hosts to the private API host', () => {
    expect(checkHost('https://us.i.posthog.com')).toEqual({ ok: true, origin: 'https://us.posthog.com' });
    expect(checkHost('https://app.posthog.com')).toEqual({ ok: true, origin: 'https://us.posthog.com' });
  });

  it('allows plain HTTP only to this machine', () => {
    expect(checkHost('http://127.0.0.1:8010')).toEqual({ ok: true, origin: 'http://127.0.0.1:8010' });
    expect(checkHost('http://localhost:8000')).toEqual({ ok: true, origin: 'http://localhost:8000' });
    const plain = checkHost('http://posthog.example.com');
    expect(plain.ok).toBe(false);
    if (!plain.ok) expect(plain.message).toMatch(/not HTTPS/);
  });

  it('refuses empty input, other schemes and non-addresses with a message', () => {
    expect(checkHost('  ').ok).toBe(false);
    expect(checkHost('ftp://x.example').ok).toBe(false);
    expect(checkHost('https://exa mple.com').ok).toBe(false);
  });
});

describe('checkProjectId', () => {
  it('takes a positive integer and refuses anything else', () => {
    expect(checkProjectId(' 12345 ')).toEqual({ ok: true, id: 12345 });
    for (const bad of ['', '0', '-1', '12a', '1.5', 'phx_abc']) expect(checkProjectId(bad).ok).toBe(false);
  });
});
