import { describe, expect, it } from 'vitest';
import { actionMatchers } from '../../../../src/core/catalog/action-matchers';

describe('actionMatchers', () => {
  it("turns the project's actions into matchers with their steps inline, by name; deleted ones are left out", () => {
    const result = actionMatchers([
      { id: 2, name: 'Signed up', steps: [{ event: 'user signed up' }] },
      { id: 1, name: 'Bought', steps: [{ event: '$pageview', url: '/thanks', url_matching: 'contains' }] },
      { id: 3, name: 'Gone', steps: [], deleted: true },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.matchers.map((m) => [m.id, m.name, m.steps.length])).toEqual([
      [1, 'Bought', 1],
      [2, 'Signed up', 1],
    ]);
    expect(result.matchers[0]!.steps[0]).toMatchObject({ event: '$pageview', url: '/thanks', url_matching: 'contains' });
  });

  it('names an action whose steps do not read, rather than guessing', () => {
    const result = actionMatchers([{ id: 4, name: 'Broken', steps: 'nope' }, { id: 5, steps: [{ event: 1 }] }]);
    expect(result.matchers).toEqual([]);
    expect(result.problems).toHaveLength(2);
    expect(result.problems[0]).toContain('Broken');
    expect(result.problems[1]).toContain('Action 5');
  });
});
