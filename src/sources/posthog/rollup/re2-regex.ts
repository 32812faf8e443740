// A regex the engine evaluates with JavaScript (src/core/roles/posthog-regex.ts), sent to ClickHouse's re2
// (`match`). The two read most patterns alike; where they do not, the pattern is refused here with a reason, so
// the compiled SQL never means something other than the engine, and ClickHouse never fails the whole query on a
// pattern re2 rejects:
// - lookarounds and backreferences: re2 has none (ClickHouse errors out);
// - escapes re2 reads differently or rejects: \u, \p, \P, \k, \c, \0–\9, and letters JavaScript takes literally
//   (\A, \z, \Q, …, anchors or errors in re2). Allowed: \d \D \w \W \s \S \b \B \n \r \t \f \v \xHH and any
//   escaped punctuation;
// - the empty classes `[]` and `[^]` (JavaScript: nothing / anything; re2: an error);
// - JavaScript's named groups `(?<name>` are re2's `(?P<name>`: rewritten.
import { compilePostHogRegex } from '../../../core/roles/posthog-regex';

export type Re2Result = { ok: true; pattern: string } | { ok: false; problem: string };

const ALLOWED_LETTER_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B', 'n', 'r', 't', 'f', 'v', 'x']);

/** The pattern for re2, or why it cannot be sent. Assumes the engine already accepted it. */
export function re2Pattern(pattern: string): Re2Result {
  const refuse = (what: string): Re2Result => ({ ok: false, problem: `"${pattern}" uses ${what}, which ClickHouse's regular expressions (re2) do not read as JavaScript does` });
  if (/\(\?<?[=!]/.test(pattern)) return refuse('a lookaround');
  if (/(^|[^\\])\[\^?\]/.test(pattern)) return refuse('an empty character class');
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] !== '\\') continue;
    const next = pattern[i + 1] ?? '';
    if (/[A-Za-z0-9]/.test(next) && !ALLOWED_LETTER_ESCAPES.has(next)) return refuse(`the escape \\${next}`);
    if (next === 'x' && !/^[0-9A-Fa-f]{2}$/.test(pattern.slice(i + 2, i + 4))) return refuse('an incomplete \\x escape');
    i++;
  }
  return { ok: true, pattern: pattern.replace(/\(\?<(?=[A-Za-z_])/g, '(?P<') };
}

/** For the engine's whole-value tests (element text/href regex): `^(?:…)$`, leading flags kept in front. */
export function wholeValuePattern(pattern: string): Re2Result {
  const checked = re2Pattern(pattern);
  if (!checked.ok) return checked;
  const flags = /^\(\?[ims]+\)/.exec(checked.pattern)?.[0] ?? '';
  return { ok: true, pattern: `${flags}^(?:${checked.pattern.slice(flags.length)})$` };
}

/** Whether the engine itself accepts the pattern (else it has already reported it). */
export function engineAccepts(pattern: string): boolean {
  return compilePostHogRegex(pattern).ok;
}
