import { describe, expect, it } from 'vitest';
import { describeMatcher } from '../../../../src/core/config/describe-role';

describe('describeMatcher', () => {
  it('says what an events node and an action match, filters included', () => {
    expect(describeMatcher({ kind: 'EventsNode', event: '$pageview', properties: [{ key: '$pathname', operator: 'icontains', value: '/signup', type: 'event' }] }))
      .toBe('“$pageview” where $pathname contains "/signup"');
    expect(describeMatcher({ kind: 'EventsNode', event: null, properties: [{ key: 'email', operator: 'is_not_set', type: 'person' }] })).toBe("Any event where person's email is not set");
    expect(describeMatcher({ kind: 'ActionsNode', id: 7, name: 'Signed up', steps: [], properties: [] } as never)).toBe('Action “Signed up” (0 steps)');
  });
});
