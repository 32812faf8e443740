import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../../src/core/time/calendar';
import { UserError } from '../../../../src/core/user-error';

const HOUR = 3_600_000;
const utc = (iso: string): number => Date.parse(iso);

describe('createCalendar: Europe/Berlin across DST', () => {
  const berlin = createCalendar('Europe/Berlin', 'monday');
  const dayOf = (iso: string): string => berlin.label(berlin.dayOf(utc(iso)));

  it('spring forward (2026-03-29, 02:00 CET → 03:00 CEST): 23:30 and 00:30 local land on their own dates', () => {
    expect(dayOf('2026-03-28T22:30:00Z')).toBe('2026-03-28'); // 23:30 CET on the 28th
    expect(dayOf('2026-03-28T23:30:00Z')).toBe('2026-03-29'); // 00:30 CET on the 29th
    expect(dayOf('2026-03-29T21:30:00Z')).toBe('2026-03-29'); // 23:30 CEST on the 29th
    expect(dayOf('2026-03-29T22:30:00Z')).toBe('2026-03-30'); // 00:30 CEST on the 30th
    expect(dayOf('2026-03-29T00:59:59.999Z')).toBe('2026-03-29');
    expect(dayOf('2026-03-29T01:00:00Z')).toBe('2026-03-29');
  });

  it('the spring-forward day begins at 23:00Z the day before and lasts 23 hours', () => {
    const day = berlin.parse('2026-03-29');
    expect(berlin.dayStartMs(day)).toBe(utc('2026-03-28T23:00:00Z'));
    expect(berlin.dayStartMs(day + 1) - berlin.dayStartMs(day)).toBe(23 * HOUR);
  });

  it('fall back (2026-10-25, 03:00 CEST → 02:00 CET): 23:30 and 00:30 local land on their own dates', () => {
    expect(dayOf('2026-10-24T21:30:00Z')).toBe('2026-10-24'); // 23:30 CEST on the 24th
    expect(dayOf('2026-10-24T22:30:00Z')).toBe('2026-10-25'); // 00:30 CEST on the 25th
    expect(dayOf('2026-10-25T22:30:00Z')).toBe('2026-10-25'); // 23:30 CET on the 25th
    expect(dayOf('2026-10-25T23:30:00Z')).toBe('2026-10-26'); // 00:30 CET on the 26th
  });

  it('the fall-back day begins at 22:00Z the day before and lasts 25 hours', () => {
    const day = berlin.parse('2026-10-25');
    expect(berlin.dayStartMs(day)).toBe(utc('2026-10-24T22:00:00Z'));
    expect(berlin.dayStartMs(day + 1) - berlin.dayStartMs(day)).toBe(25 * HOUR);
    expect(berlin.dayStartMs(berlin.parse('2026-10-26'))).toBe(utc('2026-10-25T23:00:00Z'));
  });

  it('every day of two years begins exactly where dayOf changes', () => {
    const first = berlin.parse('2025-01-01');
    for (let day = first; day < first + 731; day++) {
      const start = berlin.dayStartMs(day);
      expect(berlin.dayOf(start)).toBe(day);
      expect(berlin.dayOf(start - 1)).toBe(day - 1);
    }
  });
});

describe('createCalendar: America/New_York across DST', () => {
  const newYork = createCalendar('America/New_York', 'sunday');
  const dayOf = (iso: string): string => newYork.label(newYork.dayOf(utc(iso)));

  it('spring forward (2026-03-08): dates of 23:30 and 00:30 local, a 23-hour day', () => {
    expect(dayOf('2026-03-08T04:30:00Z')).toBe('2026-03-07'); // 23:30 EST on the 7th
    expect(dayOf('2026-03-08T05:30:00Z')).toBe('2026-03-08'); // 00:30 EST on the 8th
    expect(dayOf('2026-03-09T03:30:00Z')).toBe('2026-03-08'); // 23:30 EDT on the 8th
    expect(dayOf('2026-03-09T04:30:00Z')).toBe('2026-03-09'); // 00:30 EDT on the 9th
    const day = newYork.parse('2026-03-08');
    expect(newYork.dayStartMs(day)).toBe(utc('2026-03-08T05:00:00Z'));
    expect(newYork.dayStartMs(day + 1) - newYork.dayStartMs(day)).toBe(23 * HOUR);
  });

  it('fall back (2026-11-01): the repeated 01:30 is the same date both times, a 25-hour day', () => {
    expect(dayOf('2026-11-01T03:30:00Z')).toBe('2026-10-31'); // 23:30 EDT on the 31st
    expect(dayOf('2026-11-01T04:30:00Z')).toBe('2026-11-01'); // 00:30 EDT on the 1st
    expect(dayOf('2026-11-01T05:30:00Z')).toBe('2026-11-01'); // 01:30 EDT
    expect(dayOf('2026-11-01T06:30:00Z')).toBe('2026-11-01'); // 01:30 EST
    expect(dayOf('2026-11-02T04:30:00Z')).toBe('2026-11-01'); // 23:30 EST on the 1st
    expect(dayOf('2026-11-02T05:30:00Z')).toBe('2026-11-02'); // 00:30 EST on the 2nd
    const day = newYork.parse('2026-11-01');
    expect(newYork.dayStartMs(day)).toBe(utc('2026-11-01T04:00:00Z'));
    expect(newYork.dayStartMs(day + 1) - newYork.dayStartMs(day)).toBe(25 * HOUR);
  });
});

describe('createCalendar: other zones', () => {
  it('UTC: days are UTC days, before 1970 too', () => {
    const calendar = createCalendar('UTC', 'sunday');
    expect(calendar.dayOf(0)).toBe(0);
    expect(calendar.dayOf(-1)).toBe(-1);
    expect(calendar.label(calendar.dayOf(utc('2026-07-01T23:59:59.999Z')))).toBe('2026-07-01');
    const day = calendar.parse('2026-07-01');
    expect(calendar.dayStartMs(day)).toBe(utc('2026-07-01T00:00:00Z'));
  });

  it('Asia/Kolkata (+05:30): the day turns at 18:30Z', () => {
    const calendar = createCalendar('Asia/Kolkata', 'sunday');
    expect(calendar.label(calendar.dayOf(utc('2026-01-01T18:29:59.999Z')))).toBe('2026-01-01');
    expect(calendar.label(calendar.dayOf(utc('2026-01-01T18:30:00Z')))).toBe('2026-01-02');
    expect(calendar.dayStartMs(calendar.parse('2026-01-02'))).toBe(utc('2026-01-01T18:30:00Z'));
  });

  it('America/Havana, where DST starts at midnight: the day begins at 01:00 local, the transition', () => {
    const calendar = createCalendar('America/Havana', 'sunday');
    const day = calendar.parse('2026-03-08');
    expect(calendar.dayStartMs(day)).toBe(utc('2026-03-08T05:00:00Z'));
    expect(calendar.dayOf(utc('2026-03-08T04:59:59.999Z'))).toBe(day - 1);
  });

  it('Pacific/Apia skipped 2011-12-30: no instant has that day, which begins (and ends) where the 31st begins', () => {
    const calendar = createCalendar('Pacific/Apia', 'sunday');
    const skipped = calendar.parse('2011-12-30');
    expect(calendar.label(calendar.dayOf(utc('2011-12-30T09:59:59.999Z')))).toBe('2011-12-29');
    expect(calendar.label(calendar.dayOf(utc('2011-12-30T10:00:00Z')))).toBe('2011-12-31');
    expect(calendar.dayStartMs(skipped)).toBe(utc('2011-12-30T10:00:00Z'));
    expect(calendar.dayStartMs(skipped + 1)).toBe(calendar.dayStartMs(skipped));
  });

  it('agrees with Intl on random instants in zones with odd offsets and transitions', () => {
    let seed = 12345;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const zones = ['Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'Africa/Casablanca', 'Europe/Dublin', 'America/Santiago'];
    const from = utc('2015-01-01T00:00:00Z');
    const span = utc('2028-01-01T00:00:00Z') - from;
    for (const zone of zones) {
      const calendar = createCalendar(zone, 'sunday');
      const intl = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
      for (let k = 0; k < 400; k++) {
        const ms = from + Math.floor(random() * span);
        expect([zone, new Date(ms).toISOString(), calendar.label(calendar.dayOf(ms))]).toEqual([zone, new Date(ms).toISOString(), intl.format(ms)]);
      }
    }
  });

  it('an unknown zone is a bad_timezone error naming it', () => {
    expect(() => createCalendar('Mars/Olympus_Mons', 'sunday')).toThrow(UserError);
    try {
      createCalendar('Mars/Olympus_Mons', 'sunday');
    } catch (error) {
      expect((error as UserError).code).toBe('bad_timezone');
      expect((error as UserError).message).toContain('Mars/Olympus_Mons');
    }
  });

  it('dayOf and dayStartMs of NaN are NaN', () => {
    const calendar = createCalendar('Europe/Berlin', 'sunday');
    expect(calendar.dayOf(NaN)).toBeNaN();
    expect(calendar.dayStartMs(NaN)).toBeNaN();
  });
});

describe('weeks, labels and parsing', () => {
  const sunday = createCalendar('UTC', 'sunday');
  const monday = createCalendar('UTC', 'monday');
  const week = (calendar: typeof sunday, date: string): string => calendar.label(calendar.weekStartOf(calendar.parse(date)));

  it('weeks start on the configured day, across year boundaries', () => {
    expect(week(sunday, '2026-01-01')).toBe('2025-12-28'); // a Thursday
    expect(week(monday, '2026-01-01')).toBe('2025-12-29');
    expect(week(sunday, '2026-01-04')).toBe('2026-01-04'); // a Sunday
    expect(week(monday, '2026-01-04')).toBe('2025-12-29');
    expect(week(sunday, '2026-01-05')).toBe('2026-01-04'); // a Monday
    expect(week(monday, '2026-01-05')).toBe('2026-01-05');
    expect(week(monday, '2021-01-03')).toBe('2020-12-28');
    expect(week(sunday, '1970-01-01')).toBe('1969-12-28');
    expect(week(sunday, '2024-03-01')).toBe('2024-02-25'); // across a leap day
  });

  it('label and parse round-trip over years 0000–9999', () => {
    for (let day = -719_528; day <= 2_932_896; day += 997) expect(sunday.parse(sunday.label(day))).toBe(day);
    expect(sunday.label(0)).toBe('1970-01-01');
    expect(sunday.parse('2026-07-01')).toBe(Date.UTC(2026, 6, 1) / 86_400_000);
    expect(sunday.label(sunday.parse('0001-01-01'))).toBe('0001-01-01');
    expect(sunday.parse('0001-01-01')).toBe(new Date('0001-01-01T00:00:00Z').getTime() / 86_400_000);
  });

  it('parse rejects anything that is not a real YYYY-MM-DD date', () => {
    expect(sunday.parse('2024-02-29')).toBe(sunday.parse('2024-02-28') + 1);
    for (const text of ['2026-13-01', '2026-00-10', '2023-02-29', '2026-04-31', '2026-01-32', '2026-1-01', ' 2026-01-01', '2026-01-01T00:00:00Z', '', 'yesterday']) {
      expect(sunday.parse(text)).toBeNaN();
    }
  });
});
