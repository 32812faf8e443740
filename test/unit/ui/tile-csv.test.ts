import { describe, expect, it } from 'vitest';
import type { DashboardTiles, TileId } from '../../../src/core/dashboard/dashboard-output';
import { csvField, csvText } from '../../../src/ui/sidepanel/dashboard/csv-text';
import { tileCsv, tileCsvFilename } from '../../../src/ui/sidepanel/dashboard/tile-csv';

const funnel = { entered: 10, converted: 4, rate: 0.4, avg_conversion_seconds: 90, previous: { entered: 0, converted: 0, rate: null, avg_conversion_seconds: null } };

const tiles: DashboardTiles = {
  active_users: { dates: ['2026-01-01', '2026-01-02'], dau: [1, 2], wau: [3, 4], mau: [5, 6] },
  weekly_active: { value: 7, previous: 5 },
  monthly_active: { value: 9, previous: 0 },
  power_users: [
    { actor: 'p1', name: '=HYPERLINK("http://evil")', count: 12, last_seen: '2026-01-02T10:00:00.000Z' },
    { actor: 'p2', name: 'Ann, "the boss"\nSmith', count: 3, last_seen: '2026-01-01T09:00:00.000Z' },
  ],
  retention_daily: [
    { cohort: '2026-01-01', size: 4, retained: [4, 2] },
    { cohort: '2026-01-02', size: 0, retained: [0] },
  ],
  retention_weekly: [{ cohort: '2025-12-28', size: 5, retained: [5] }],
  signups: { value: 3, previous: 1 },
  paying_customers: null,
  signups_and_subscriptions: { dates: ['2026-01-01'], signups: [0.5], subscriptions: [0.25] },
  new_signups: { weeks: ['2025-12-28'], signups: [3] },
  cumulative_signups: { dates: ['2026-01-01', '2026-01-02'], signups: [1, 3] },
  signup_conversion: funnel,
  free_to_paid: null,
  lifecycle: { weeks: ['2025-12-28'], new: [2], returning: [1], resurrecting: [0], dormant: [-3] },
  sessions: { unique_sessions: 6, unique_users: 4, avg_session_seconds: null },
};

const lines = (id: TileId) => tileCsv(tiles, id)?.split('\r\n');

describe('csv fields', () => {
  it('quotes fields holding quotes, commas or line breaks, doubling the quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('puts a quote mark before text a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${start}1+1`).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvField('=SUM(A1),x')).toBe(`"'=SUM(A1),x"`);
    expect(csvField('a=b')).toBe('a=b');
  });

  it('writes numbers as they are, negative ones too, and null as an empty field', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(0.25)).toBe('0.25');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('ends every record with CRLF', () => {
    expect(csvText([['a', 'b'], [1, 2]])).toBe('a,b\r\n1,2\r\n');
  });
});

describe('tile CSV', () => {
  it('writes the series tiles one row per day or week', () => {
    expect(lines('active_users')).toEqual(['date,dau,wau,mau', '2026-01-01,1,3,5', '2026-01-02,2,4,6', '']);
    expect(lines('signups_and_subscriptions')).toEqual(['date,signups,subscriptions', '2026-01-01,0.5,0.25', '']);
    expect(lines('new_signups')).toEqual(['week,signups', '2025-12-28,3', '']);
    expect(lines('cumulative_signups')).toEqual(['date,signups', '2026-01-01,1', '2026-01-02,3', '']);
    expect(lines('lifecycle')).toEqual(['week,new,returning,resurrecting,dormant', '2025-12-28,2,1,0,-3', '']);
  });

  it('writes number tiles with their previous period', () => {
    expect(lines('weekly_active')).toEqual(['value,previous', '7,5', '']);
    expect(lines('monthly_active')).toEqual(['value,previous', '9,0', '']);
    expect(lines('signups')).toEqual(['value,previous', '3,1', '']);
  });

  it('writes funnels as the current and previous period, rates as fractions and nulls empty', () => {
    expect(lines('signup_conversion')).toEqual(['period,entered,converted,rate,avg_conversion_seconds', 'current,10,4,0.4,90', 'previous,0,0,,', '']);
  });

  it('writes retention cohorts with one column per period, blank where a period has not come yet', () => {
    expect(lines('retention_daily')).toEqual(['cohort,size,day_0,day_1', '2026-01-01,4,4,2', '2026-01-02,0,0,', '']);
    expect(lines('retention_weekly')).toEqual(['cohort,size,week_0', '2025-12-28,5,5', '']);
  });

  it('writes sessions with an empty average when there was no session', () => {
    expect(lines('sessions')).toEqual(['unique_sessions,unique_users,avg_session_seconds', '6,4,', '']);
  });

  it("quotes power users' names and defuses formulas in them", () => {
    const csv = tileCsv(tiles, 'power_users')!;
    expect(csv).toBe(
      'actor,name,count,last_seen\r\n' +
        `p1,"'=HYPERLINK(""http://evil"")",12,2026-01-02T10:00:00.000Z\r\n` +
        'p2,"Ann, ""the boss""\nSmith",3,2026-01-01T09:00:00.000Z\r\n',
    );
  });

  it('has nothing to download for an unconfigured tile', () => {
    expect(tileCsv(tiles, 'paying_customers')).toBeNull();
    expect(tileCsv(tiles, 'free_to_paid')).toBeNull();
  });

  it('names the file after the tile and the range', () => {
    expect(tileCsvFilename('signups', { from: '2026-01-01', to: '2026-01-31' })).toBe('signups-2026-01-01-to-2026-01-31.csv');
  });
});
