// An action step as an alternative: its event, its URL test on $current_url, its property filters and, on
// $autocapture steps only (PostHog applies element fields nowhere else), tag name, text and href tests on the
// elements chain. `text`/`href` follow PostHog's element_chain_key_filter: exact (the default) compares the whole
// value, contains ignores case, regex must match the whole value (PostHog embeds it as text="…").
import type { ActionStep, UrlMatching } from '../config/role-config';
import { eventCondition, type Alternative, type Condition } from './conditions';
import type { ChainElement } from './elements-chain';
import { compileFilter } from './compile-filter';
import { compilePostHogRegex } from './posthog-regex';
import { valueText, type ValueTest } from './value-test';

export type CompiledStep = { ok: true; alternative: Alternative } | { ok: false; problem: string };

const AUTOCAPTURE = '$autocapture';

export function compileStep(step: ActionStep): CompiledStep {
  const conditions: Condition[] = [];
  if (step.url !== null) {
    const test = urlTest(step.url, step.url_matching);
    if (!test.ok) return { ok: false, problem: `its URL ${test.problem}` };
    conditions.push(eventCondition('$current_url', test.test));
  }
  for (const filter of step.properties) {
    const compiled = compileFilter(filter);
    if (!compiled.ok) return compiled;
    conditions.push(compiled.condition);
  }
  if (step.event === AUTOCAPTURE) {
    if (step.selector !== null) return { ok: false, problem: `the CSS selector "${step.selector}" cannot be evaluated offline` };
    if (step.tag_name !== null) {
      const tagName = step.tag_name;
      conditions.push({ kind: 'elements', test: (elements) => elements.some((element) => element.tagName === tagName) });
    }
    for (const field of ['text', 'href'] as const) {
      const wanted = step[field];
      if (wanted === null) continue;
      const test = elementValueTest(wanted, step[`${field}_matching`] ?? 'exact');
      if (!test.ok) return { ok: false, problem: `its ${field} ${test.problem}` };
      conditions.push({ kind: 'elements', test: (elements: ChainElement[]) => elements.some((element) => test.test(element[field])) });
    }
  }
  return { ok: true, alternative: { event: step.event, conditions } };
}

type TextTest = { ok: true; test: ValueTest } | { ok: false; problem: string };

/** $current_url: contains is a plain case-sensitive substring (DESIGN §5: PostHog's LIKE without wildcards). */
function urlTest(url: string, matching: UrlMatching): TextTest {
  if (matching === 'regex') {
    const compiled = compilePostHogRegex(url);
    if (!compiled.ok) return { ok: false, problem: compiled.problem };
    const regex = compiled.regex;
    return { ok: true, test: (value) => value !== undefined && value !== null && regex.test(valueText(value)) };
  }
  if (matching === 'exact') return { ok: true, test: (value) => value !== undefined && value !== null && valueText(value) === url };
  return { ok: true, test: (value) => value !== undefined && value !== null && valueText(value).includes(url) };
}

function elementValueTest(wanted: string, matching: UrlMatching): TextTest {
  if (matching === 'regex') {
    const compiled = compilePostHogRegex(wanted);
    if (!compiled.ok) return { ok: false, problem: compiled.problem };
    const whole = new RegExp(`^(?:${compiled.regex.source})$`, compiled.regex.flags);
    return { ok: true, test: (value) => typeof value === 'string' && whole.test(value) };
  }
  if (matching === 'contains') {
    const needle = wanted.toLowerCase();
    return { ok: true, test: (value) => typeof value === 'string' && value.toLowerCase().includes(needle) };
  }
  return { ok: true, test: (value) => value === wanted };
}
