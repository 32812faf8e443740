import { describe, expect, it } from 'vitest';
import { Calendar, DAY, HOUR, timezoneOffsetMs } from '../../demo-data/calendar.ts';
import { elementsToChain } from '../../demo-data/elements.ts';
import { Random, WeightedTable } from '../../demo-data/random.ts';
import { UUID_PATTERN, uuidV4, uuidV7 } from '../../demo-data/uuid.ts';

describe('demo-data building blocks', () => {
  it('Random is reproducible per (seed, stream, salt) and differs across them', () => {
    const draw = (seed: number, stream: number, salt: number) => {
      const rng = new Random(seed, stream, salt);
      return Array.from({ length: 4 }, () => rng.nextUint32());
    };
    expect(draw(1, 2, 3)).toEqual(draw(1, 2, 3));
    expect(draw(1, 2, 3)).not.toEqual(draw(1, 2, 4));
    expect(draw(1, 2, 3)).not.toEqual(draw(1, 3, 3));
    expect(draw(1, 2, 3)).not.toEqual(draw(2, 2, 3));
    const rng = new Random(9, 9, 9);
    let sum = 0;
    for (let i = 0; i < 20_000; i++) sum += rng.next();
    expect(sum / 20_000).toBeCloseTo(0.5, 1);
  });

  it('WeightedTable draws in proportion to the weights', () => {
    const table = new WeightedTable([['a', 1], ['b', 3]] as const);
    const rng = new Random(1, 1, 1);
    let b = 0;
    for (let i = 0; i < 20_000; i++) if (table.draw(rng) === 'b') b++;
    expect(b / 20_000).toBeCloseTo(0.75, 1);
  });

  it('makes v7 uuids that carry their millisecond timestamp, and v4 uuids', () => {
    const rng = new Random(1, 2, 3);
    const ms = Date.UTC(2026, 4, 17, 12, 34, 56, 789);
    const id = uuidV7(ms, rng);
    expect(id).toMatch(UUID_PATTERN);
    expect(id[14]).toBe('7');
    expect(Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(ms);
    const v4 = uuidV4(rng);
    expect(v4).toMatch(UUID_PATTERN);
    expect(v4[14]).toBe('4');
  });

  it('follows Europe/Berlin local time across the DST switch', () => {
    expect(timezoneOffsetMs('Europe/Berlin', Date.UTC(2026, 9, 24, 12))).toBe(2 * HOUR);
    expect(timezoneOffsetMs('Europe/Berlin', Date.UTC(2026, 9, 26, 12))).toBe(1 * HOUR);
    const calendar = new Calendar(Date.UTC(2026, 10, 1), 30, 'Europe/Berlin');
    expect(calendar.localHour(Date.UTC(2026, 9, 20, 7))).toBe(9);
    expect(calendar.localHour(Date.UTC(2026, 9, 28, 7))).toBe(8);
    expect(calendar.localWeekday(Date.UTC(2026, 9, 25, 12))).toBe(0); // a Sunday
    expect(calendar.dayOf(calendar.start + DAY + 1)).toBe(1);
  });

  it('serialises elements like PostHog: tag.classes then attributes sorted by key', () => {
    expect(
      elementsToChain([
        { tag: 'button', classes: ['signup', 'btn'], text: 'Sign up', nthChild: 1, nthOfType: 1 },
        { tag: 'body', nthChild: 2, nthOfType: 1 },
      ]),
    ).toBe('button.btn.signup:attr__class="btn signup"nth-child="1"nth-of-type="1"text="Sign up";body:nth-child="2"nth-of-type="1"');
  });
});
