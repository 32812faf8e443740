// The elements-chain tests of an $autocapture action step, in HogQL, reading the chain exactly as the engine's
// parser does (src/core/roles/elements-chain.ts), with the same regexes run by ClickHouse:
// - the chain: the `elements_chain` column, else `$elements_chain` in the properties when it is a string;
// - its elements: extractAll of ELEMENT (everything up to a ';' outside a quoted value);
// - an element's tag: what precedes the first '.' or ':';
// - its attributes: after the first ':' followed by `key=`, every key="value" pair (ATTRIBUTE); an element's text
//   or href is the last such pair of that key, with its \" unescaped.
// A test holds when some element passes it (text and href each on their own, as the engine tests them).
// Lambdas and arrayExists/arrayFilter/arrayMap/arrayElement are PostHog HogQL (printer.py visit_lambda,
// functions/clickhouse/arrays.py); extract/extractAll/extractAllGroups are in functions/clickhouse/strings.py.
import type { UrlMatching } from '../../../core/config/role-config';
import type { HogQLValues } from './hogql-values';
import { wholeValuePattern } from './re2-regex';
import { fixedString } from './sql-text';

const ELEMENT = '(?:[^;"]|"(?:\\\\.|[^"\\\\])*")+';
const ATTRIBUTES = '(?s)^.*?:([\\w-]*=.*)$';
const ATTRIBUTE = '([\\w-]+)="((?:\\\\.|[^"\\\\])*)"';

export type ElementTest = { ok: true; sql: string } | { ok: false; problem: string };

function chainSql(values: HogQLValues): string {
  const raw = `JSONExtractRaw(properties, ${values.add('$elements_chain')})`;
  return `if(elements_chain != '', elements_chain, if(startsWith(${raw}, '"'), JSONExtractString(${raw}), ''))`;
}

function elementsSql(values: HogQLValues): string {
  return `extractAll(${chainSql(values)}, ${fixedString(ELEMENT)})`;
}

/** Some element has this tag name (case-sensitive, as the engine compares it). */
export function tagNameSql(tagName: string, values: HogQLValues): string {
  return `arrayExists(el -> extract(el, '^[^.:]*') = ${values.add(tagName)}, ${elementsSql(values)})`;
}

/** Some element's `text` / `href` passes the step's test: exact (whole value), contains (ignoring case), regex (whole value). */
export function elementFieldSql(field: 'text' | 'href', wanted: string, matching: UrlMatching, values: HogQLValues): ElementTest {
  // The values of that attribute in one element, still escaped; the last one is the element's.
  const found = `arrayMap(p -> arrayElement(p, 2), arrayFilter(p -> arrayElement(p, 1) = ${fixedString(field)}, extractAllGroups(extract(el, ${fixedString(ATTRIBUTES)}), ${fixedString(ATTRIBUTE)})))`;
  const value = `replaceAll(arrayElement(${found}, -1), '\\\\"', '"')`;
  let test: string;
  if (matching === 'regex') {
    const pattern = wholeValuePattern(wanted);
    if (!pattern.ok) return pattern;
    test = `match(${value}, ${values.add(pattern.pattern)})`;
  } else if (matching === 'contains') {
    test = `positionUTF8(lowerUTF8(${value}), ${values.add(wanted.toLowerCase())}) > 0`;
  } else {
    test = `${value} = ${values.add(wanted)}`;
  }
  return { ok: true, sql: `arrayExists(el -> (notEmpty(${found}) AND ${test}), ${elementsSql(values)})` };
}
