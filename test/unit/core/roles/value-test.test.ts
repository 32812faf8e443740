import { describe, expect, it } from 'vitest';
import type { EvaluatedOperator, FilterValue } from '../../../../src/core/config/role-config';
import { compileValueTest } from '../../../../src/core/roles/value-test';

function test(operator: EvaluatedOperator, value?: FilterValue): (v: unknown) => boolean {
  const compiled = compileValueTest(operator, value);
  if (!compiled.ok) throw new Error(compiled.problem);
  return compiled.test;
}

const MISSING = [undefined, null];

describe('property value tests (DESIGN §5)', () => {
  it('missing or null fails every positive operator and passes every negative one', () => {
    for (const v of MISSING) {
      expect(test('exact', 'a')(v)).toBe(false);
      expect(test('icontains', 'a')(v)).toBe(false);
      expect(test('regex', '.*')(v)).toBe(false);
      expect(test('gt', 0)(v)).toBe(false);
      expect(test('lt', 0)(v)).toBe(false);
      expect(test('gte', 0)(v)).toBe(false);
      expect(test('lte', 0)(v)).toBe(false);
      expect(test('is_set')(v)).toBe(false);
      expect(test('is_not', 'a')(v)).toBe(true);
      expect(test('not_icontains', 'a')(v)).toBe(true);
      expect(test('not_regex', 'a')(v)).toBe(true);
      expect(test('is_not_set')(v)).toBe(true);
    }
  });

  it('is_set / is_not_set: any present value, even "" or false, is set', () => {
    for (const v of ['', false, 0, [], {}]) {
      expect(test('is_set')(v)).toBe(true);
      expect(test('is_not_set')(v)).toBe(false);
    }
  });

  it('exact / is_not are case-sensitive and take a value or a list (any of / none of)', () => {
    expect(test('exact', 'Pro')('Pro')).toBe(true);
    expect(test('exact', 'Pro')('pro')).toBe(false);
    expect(test('exact', ['free', 'pro'])('pro')).toBe(true);
    expect(test('exact', ['free', 'pro'])('team')).toBe(false);
    expect(test('is_not', 'Pro')('pro')).toBe(true);
    expect(test('is_not', ['free', 'pro'])('pro')).toBe(false);
    expect(test('is_not', ['free', 'pro'])('team')).toBe(true);
    expect(test('exact', [])('x')).toBe(false);
    expect(test('is_not', [])('x')).toBe(true);
  });

  it('non-string values compare as their JSON text', () => {
    expect(test('exact', true)(true)).toBe(true);
    expect(test('exact', true)('true')).toBe(true);
    expect(test('exact', 'true')(true)).toBe(true);
    expect(test('exact', 12)(12)).toBe(true);
    expect(test('exact', 12)('12')).toBe(true);
    expect(test('exact', '12')(12)).toBe(true);
    expect(test('exact', 12)('12.0')).toBe(false);
    expect(test('exact', '{"a":1}')({ a: 1 })).toBe(true);
    expect(test('exact', '["a"]')(['a'])).toBe(true);
    expect(test('is_not', false)(false)).toBe(false);
    expect(test('icontains', 'TRU')(true)).toBe(true);
    expect(test('regex', '^1\\d$')(12)).toBe(true);
  });

  it('icontains ignores case, not_icontains is its negation; lists are any of / none of', () => {
    expect(test('icontains', '/APP')('/app/settings')).toBe(true);
    expect(test('icontains', 'app')('/APP/Settings')).toBe(true);
    expect(test('icontains', 'billing')('/app')).toBe(false);
    expect(test('not_icontains', '@ACME.com')('jo@acme.COM')).toBe(false);
    expect(test('not_icontains', '@acme.com')('jo@example.com')).toBe(true);
    expect(test('icontains', ['/pricing', '/plans'])('/Plans/team')).toBe(true);
    expect(test('not_icontains', ['@acme.com', '@test.dev'])('x@test.dev')).toBe(false);
  });

  it('regex is case-sensitive and unanchored; PostHog (re2) leading flags and (?P<name>) are read', () => {
    expect(test('regex', 'sign.?up')('/signup/step-1')).toBe(true);
    expect(test('regex', 'SignUp')('/signup')).toBe(false);
    expect(test('regex', '(?i)SignUp')('/signup')).toBe(true);
    expect(test('regex', '^/(?P<section>app|admin)/')('/admin/users')).toBe(true);
    expect(test('not_regex', '^localhost')('localhost:8000')).toBe(false);
    expect(test('not_regex', '^localhost')('app.example.com')).toBe(true);
    expect(test('regex', ['^a', '^b'])('bcd')).toBe(true);
    expect(test('not_regex', ['^a', '^b'])('bcd')).toBe(false);
  });

  it('a bad regex is a problem, not an exception', () => {
    const compiled = compileValueTest('regex', '(unclosed');
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.problem).toContain('"(unclosed" is not a valid regular expression');
    expect(compileValueTest('not_regex', ['ok', '[z-a]']).ok).toBe(false);
  });

  it('gt / lt / gte / lte compare numbers only: JSON numbers and plain decimal strings', () => {
    expect(test('gt', 10)(12)).toBe(true);
    expect(test('gt', 10)('12')).toBe(true);
    expect(test('gt', '10')(12)).toBe(true);
    expect(test('gt', 10)(10)).toBe(false);
    expect(test('gte', 10)(10)).toBe(true);
    expect(test('lt', 0)('-3.5')).toBe(true);
    expect(test('lt', -3.5)(-3.5)).toBe(false);
    expect(test('lte', -3.5)('-3.5')).toBe(true);
    // Not numbers: fail both ways, never read as 0 or as text.
    for (const v of ['12abc', '1e3', ' 12', '', '0x10', true, false, [12], { n: 12 }, '12.', '.5']) {
      expect(test('gt', -1_000_000)(v)).toBe(false);
      expect(test('lt', 1_000_000)(v)).toBe(false);
    }
    // Text order would say "9" > "10"; numbers say otherwise.
    expect(test('gt', 10)('9')).toBe(false);
  });
});
