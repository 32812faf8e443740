import { describe, expect, it } from 'vitest';
import { projectFromUrl } from '../../../src/sources/posthog/project-from-url';

describe('projectFromUrl', () => {
  it('reads the cloud region and project id from a PostHog page', () => {
    expect(projectFromUrl('https://eu.posthog.com/project/12345/insights/abc')).toEqual({ hostChoice: 'eu', customHost: '', projectId: '12345' });
    expect(projectFromUrl('https://us.posthog.com/project/7')).toEqual({ hostChoice: 'us', customHost: '', projectId: '7' });
    expect(projectFromUrl('https://app.posthog.com/home')).toEqual({ hostChoice: 'us', customHost: '', projectId: '' });
  });

  it('takes a self-hosted origin only when its path names a project', () => {
    expect(projectFromUrl('https://posthog.acme.example/project/3/dashboard/9')).toEqual({ hostChoice: 'custom', customHost: 'https://posthog.acme.example', projectId: '3' });
    expect(projectFromUrl('https://news.example.com/article/1')).toBeNull();
    expect(projectFromUrl('chrome://extensions')).toBeNull();
    expect(projectFromUrl(undefined)).toBeNull();
  });
});
