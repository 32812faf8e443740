import { describe, expect, it } from 'vitest';
import { parsePropertyFilters } from '../../../../src/core/config/parse-property-filter';
import type { PersonInfo } from '../../../../src/core/events/event-table';
import { createPeopleLookup } from '../../../../src/core/roles/people-lookup';
import { compileTestAccountFilters, testAccountMask } from '../../../../src/core/roles/test-accounts';
import { buildTable, type Row } from './event-table-fixture';

const persons: PersonInfo[] = [
  { id: 'staff', distinct_ids: ['staff-anon'], properties: { email: 'dev@mycompany.com' }, created_at: 0 },
  { id: 'customer', distinct_ids: ['cust-anon'], properties: { email: 'ana@client.io' }, created_at: 0 },
];

// PostHog's usual test-account filters: internal people by email, local development by host.
const filters = parsePropertyFilters([
  { key: 'email', type: 'person', operator: 'not_icontains', value: '@MyCompany.com' },
  { key: '$host', type: 'event', operator: 'not_regex', value: '^(localhost|127\\.0\\.0\\.1)($|:)' },
], 'testAccountFilters');

function kept(rows: Row[], given = filters): number[] {
  const table = buildTable(rows);
  const mask = testAccountMask(table, given, createPeopleLookup(table, persons));
  return [...mask.keys()].filter((i) => mask[i] === 1);
}

describe('testAccountMask', () => {
  it('keeps an event only when it passes every filter; person filters test the event’s own person', () => {
    const rows: Row[] = [
      /* 0 */ { event: '$pageview', person: 'customer', properties: { $host: 'app.client.io' } },
      /* 1 */ { event: '$pageview', person: 'staff', properties: { $host: 'app.client.io' } },
      /* 2 */ { event: '$pageview', person: 'customer', properties: { $host: 'localhost:8000' } },
      /* 3 */ { event: '$pageview', distinct: 'staff-anon', properties: { $host: 'app.client.io' } }, // staff through distinct_id
      /* 4 */ { event: 'signed_up', distinct: 'unknown', properties: {} }, // no person, no host: passes both negative filters
      /* 5 */ { event: '$pageview', person: 'customer', properties: { $host: '127.0.0.1' } },
    ];
    expect(kept(rows)).toEqual([0, 4]);
  });

  it('no filters keep every event', () => {
    expect(kept([{ event: 'a' }, { event: 'b' }], [])).toEqual([0, 1]);
  });

  it('a positive filter drops events where the property is missing', () => {
    const only = parsePropertyFilters([{ key: 'email', type: 'person', operator: 'is_set' }], 't');
    expect(kept([{ event: 'a', person: 'customer' }, { event: 'a', distinct: 'nobody' }], only)).toEqual([0]);
  });

  it('a filter it cannot evaluate is skipped and reported, not applied', () => {
    const withCohort = parsePropertyFilters([
      { key: 'id', type: 'cohort', value: 4 },
      { key: '$host', operator: 'regex', value: '(' },
      { key: 'email', type: 'person', operator: 'not_icontains', value: '@mycompany.com' },
    ], 't');
    expect(kept([{ event: 'a', person: 'customer' }, { event: 'a', person: 'staff' }], withCohort)).toEqual([0]);
    expect(compileTestAccountFilters(withCohort).unsupported).toEqual([
      'Test-account filters: the cohort filter "id" exact 4 cannot be evaluated offline (cohort filters need PostHog\'s servers), so it is skipped.',
      expect.stringMatching(/^Test-account filters: the event property "\$host" regex "\(": "\(" is not a valid regular expression .*, so it is skipped\.$/),
    ]);
  });
});
