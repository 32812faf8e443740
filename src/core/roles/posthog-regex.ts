// PostHog evaluates regex filters with ClickHouse's re2. JavaScript reads most re2 patterns the same way; the
// two differences users actually write are flag groups at the start ("(?i)pricing") and Python-style named
// groups ("(?P<slug>…)"), so those two are translated. Anything JavaScript still rejects is reported, not thrown.

export type RegexResult = { ok: true; regex: RegExp } | { ok: false; problem: string };

const LEADING_FLAGS = /^\(\?([ims]+)\)/;

export function compilePostHogRegex(pattern: string): RegexResult {
  let source = pattern;
  let flags = '';
  const leading = LEADING_FLAGS.exec(source);
  if (leading) {
    flags = [...new Set(leading[1])].join('');
    source = source.slice(leading[0].length);
  }
  source = source.replaceAll('(?P<', '(?<');
  try {
    return { ok: true, regex: new RegExp(source, flags) };
  } catch (error) {
    return { ok: false, problem: `"${pattern}" is not a valid regular expression (${error instanceof Error ? error.message : String(error)})` };
  }
}
