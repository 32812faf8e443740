import { describe, expect, it } from 'vitest';
import { customerLabel } from '../../../src/ui/sidepanel/dashboard/customer-label';
import { needsText, setUpText } from '../../../src/ui/sidepanel/dashboard/missing-roles-text';
import { percentChange, rateChange } from '../../../src/ui/sidepanel/dashboard/percent-change';
import { formatRetentionRate, retentionRow } from '../../../src/ui/sidepanel/dashboard/retention-cells';
import { formatLastSeen } from '../../../src/ui/sidepanel/dashboard/PowerUsersTable';
import { tileTitles } from '../../../src/ui/sidepanel/dashboard/tile-titles';

describe('percent change', () => {
  it('shows a rise with an up arrow and a plus sign', () => {
    expect(percentChange(125, 100)).toMatchObject({ direction: 'up', percent: 25, text: '▲ +25%' });
  });

  it('shows a fall with a down arrow and a minus sign', () => {
    expect(percentChange(2, 3)).toMatchObject({ direction: 'down', text: '▼ −33.3%' });
  });

  it('says "new" instead of a percentage when the previous period was zero', () => {
    expect(percentChange(5, 0)).toMatchObject({ direction: 'new', percent: null, text: 'new' });
    expect(percentChange(0, 0)).toMatchObject({ direction: 'flat', text: '0%' });
  });

  it('shows no change as 0%', () => {
    expect(percentChange(7, 7)).toMatchObject({ direction: 'flat', percent: 0, text: '0%' });
    expect(percentChange(0, 4)).toMatchObject({ direction: 'down', percent: -100, text: '▼ −100%' });
  });

  it('compares funnel rates in percentage points, and not at all when a period had nobody entering', () => {
    expect(rateChange(0.3, 0.25)).toMatchObject({ direction: 'up', text: '▲ +5 pp' });
    expect(rateChange(0.3, null)).toBeNull();
    expect(rateChange(null, 0.3)).toBeNull();
  });
});

describe('words on tiles', () => {
  it('names the roles an unconfigured tile needs', () => {
    expect(needsText(['payment'])).toBe('Needs a payment event');
    expect(needsText(['signup_pageview', 'signup'])).toBe('Needs signup pageview and signup events');
    expect(needsText(['activity'])).toBe('Needs an activity event');
    expect(setUpText('signup_pageview')).toBe('Set up signup pageview');
  });

  it('templates tile names with the customer label', () => {
    expect(tileTitles(customerLabel(null)).weekly_active).toBe('Weekly active users');
    expect(tileTitles(customerLabel('company')).weekly_active).toBe('Weekly active companies');
    expect(tileTitles(customerLabel('organization')).signups).toBe('Organization signups');
    expect(customerLabel('accounts').plural).toBe('accounts');
  });

  it('shades retention by the share retained and leaves future periods out', () => {
    expect(retentionRow({ cohort: 'c', size: 4, retained: [4, 1] }, 3)).toEqual([{ count: 4, rate: 1 }, { count: 1, rate: 0.25 }, null]);
    expect(retentionRow({ cohort: 'c', size: 0, retained: [0] }, 1)).toEqual([{ count: 0, rate: null }]);
    expect(formatRetentionRate(1 / 3)).toBe('33.3%');
    expect(formatRetentionRate(null)).toBe('–');
  });

  it('writes last-seen times in UTC to the minute', () => {
    expect(formatLastSeen('2026-03-04T13:05:59.123Z')).toBe('2026-03-04 13:05 UTC');
  });
});
