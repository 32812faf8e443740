// One top-level property read straight from the JSON text, without JSON.parse: a posthog-js event carries ~40
// properties (~1.2 KB) and parsing them all costs ~6 µs, which for a filter over a million events is seconds.
// The shortcut is taken only where it gives JSON.parse's answer for valid JSON, and answers NEEDS_PARSE anywhere
// else:
// - the key has a character that cannot occur between strings (anything outside 0-9 + - . e E t r u f a l s n
//   , : [ ] { } and spaces), so a match of "key" begins with an opening quote, never a closing one;
// - no backslash up to the end of the value: every '"' there delimits a string, so the match is a real key
//   (followed by ':') and the value is read literally; a key is either escaped everywhere or nowhere, so a
//   backslash further on cannot hide a second copy of it;
// - no '{' or '[' between the object's opening brace and the key: it is at the top level;
// - the key occurs once (JSON.parse keeps the last of duplicates; a nested copy also sends us to JSON.parse);
// - the value is a string, number, true, false or null (objects and lists go through JSON.parse).

export const NEEDS_PARSE: unique symbol = Symbol('needs JSON.parse');

/** A key prepared for searching: `"key"` is found as its tail `ey"` preceded by its head `"k`, because JSON text
 * is full of '"' and a search that starts on one is several times slower. */
export interface KeyProbe {
  head: string;
  tail: string;
}

const BETWEEN_STRINGS = /^[0-9+\-.eEtrufalsn,:[\]{}\s]*$/;
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The probe for a key, or null when the key is not one the shortcut can find safely. */
export function keyProbe(key: string): KeyProbe | null {
  if (BETWEEN_STRINGS.test(key) || key.includes('"') || key.includes('\\')) return null;
  return { head: `"${key.slice(0, 1)}`, tail: `${key.slice(1)}"` };
}

/** Where `"key"` next occurs at or after `from`, or -1. */
function findKey(text: string, probe: KeyProbe, from: number): number {
  const headLength = probe.head.length;
  for (let at = text.indexOf(probe.tail, from + headLength); at >= 0; at = text.indexOf(probe.tail, at + 1)) {
    if (text.startsWith(probe.head, at - headLength)) return at - headLength;
  }
  return -1;
}

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9;

/** The value of a top-level key (undefined when absent), or NEEDS_PARSE. */
export function topLevelValue(text: string, probe: KeyProbe): unknown {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  if (text.charCodeAt(start) !== 123 /* { */) return NEEDS_PARSE;
  const at = findKey(text, probe, start + 1);
  if (at < 0) return text.indexOf('\\') < 0 ? undefined : NEEDS_PARSE;
  const keyEnd = at + probe.head.length + probe.tail.length;
  if (findKey(text, probe, keyEnd) >= 0) return NEEDS_PARSE;
  // Forward single-character searches, though they may run past the key: V8 scans forwards several times faster
  // than backwards (lastIndexOf), measured ~60 ns for a whole 1.2 KB text.
  const brace = text.indexOf('{', start + 1);
  const bracket = text.indexOf('[', start + 1);
  if ((brace >= 0 && brace < at) || (bracket >= 0 && bracket < at)) return NEEDS_PARSE;
  let p = keyEnd;
  while (isSpace(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) !== 58 /* : */) return NEEDS_PARSE;
  p++;
  while (isSpace(text.charCodeAt(p))) p++;
  const { value, end } = literalAt(text, p);
  const backslash = text.indexOf('\\');
  if (value === NEEDS_PARSE || (backslash >= 0 && backslash <= end)) return NEEDS_PARSE;
  return value;
}

/** The string, number, true, false or null starting at p, and where it ends. */
function literalAt(text: string, p: number): { value: unknown; end: number } {
  const first = text.charCodeAt(p);
  if (first === 34 /* " */) {
    const end = text.indexOf('"', p + 1);
    return end < 0 ? { value: NEEDS_PARSE, end: p } : { value: text.slice(p + 1, end), end };
  }
  if (first === 45 /* - */ || (first >= 48 && first <= 57)) {
    NUMBER.lastIndex = p;
    const number = NUMBER.exec(text);
    return number ? { value: Number(number[0]), end: p + number[0].length } : { value: NEEDS_PARSE, end: p };
  }
  for (const [word, value] of WORDS) if (text.startsWith(word, p)) return { value, end: p + word.length };
  return { value: NEEDS_PARSE, end: p };
}

const WORDS: [string, boolean | null][] = [['true', true], ['false', false], ['null', null]];
