import { describe, expect, it } from 'vitest';
import { keyProbe, NEEDS_PARSE, topLevelValue } from '../../../../src/core/roles/top-level-value';

function read(text: string, key: string): unknown {
  const probe = keyProbe(key);
  if (!probe) throw new Error(`no probe for ${key}`);
  return topLevelValue(text, probe);
}

/** What JSON.parse says the top-level own property is (undefined when absent or not an object). */
function parsed(text: string, key: string): unknown {
  try {
    const object: unknown = JSON.parse(text);
    if (typeof object !== 'object' || object === null || Array.isArray(object)) return undefined;
    return Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

describe('topLevelValue', () => {
  it('reads strings, numbers, booleans and null of a top-level key, and absence', () => {
    const text = '{"$os":"Mac OS X","$pathname":"/app/home","$screen_width":1728,"ratio":-1.5e2,"ok":true,"no":false,"gone":null}';
    expect(read(text, '$pathname')).toBe('/app/home');
    expect(read(text, '$screen_width')).toBe(1728);
    expect(read(text, 'ratio')).toBe(-150);
    expect(read(text, 'ok')).toBe(true);
    expect(read(text, 'no')).toBe(false);
    expect(read(text, 'gone')).toBe(null);
    expect(read(text, '$host')).toBe(undefined);
    expect(read(' { "$pathname" : "/x" } ', '$pathname')).toBe('/x');
  });

  it('does not take a key-like value or a longer key for the key', () => {
    expect(read('{"a":"$pathname","$initial_pathname":"/i"}', '$pathname')).toBe(NEEDS_PARSE); // a value, not followed by ':'
    expect(read('{"$initial_pathname":"/i"}', '$pathname')).toBe(undefined);
    expect(read('{"x$pathname":"/i","$pathname":"/p"}', '$pathname')).toBe('/p');
  });

  it('leaves to JSON.parse: escapes before the value, nesting before the key, duplicates, objects and lists', () => {
    expect(read('{"a":"say \\"hi\\"","$pathname":"/x"}', '$pathname')).toBe(NEEDS_PARSE);
    expect(read('{"$pathname":"/a\\"b"}', '$pathname')).toBe(NEEDS_PARSE);
    expect(read('{"\\u0024pathname":"/x"}', '$pathname')).toBe(NEEDS_PARSE);
    expect(read('{"$set":{"$pathname":"/nested"}}', '$pathname')).toBe(NEEDS_PARSE);
    expect(read('{"$set":{"a":1},"$pathname":"/x"}', '$pathname')).toBe(NEEDS_PARSE);
    expect(read('{"$pathname":"/x","$set":{"$pathname":"/y"}}', '$pathname')).toBe(NEEDS_PARSE);
    expect(read('{"$pathname":"/x","$pathname":"/y"}', '$pathname')).toBe(NEEDS_PARSE);
    expect(read('{"$pathname":{"a":1}}', '$pathname')).toBe(NEEDS_PARSE);
    expect(read('{"$pathname":["/x"]}', '$pathname')).toBe(NEEDS_PARSE);
    expect(read('["$pathname"]', '$pathname')).toBe(NEEDS_PARSE);
    // A backslash after the value cannot change it.
    expect(read('{"$pathname":"/x","t":"a\\"b"}', '$pathname')).toBe('/x');
  });

  it('refuses keys that could be mistaken for the text between strings', () => {
    expect(keyProbe('1')).toBeNull();
    expect(keyProbe('true')).toBeNull();
    expect(keyProbe(',')).toBeNull();
    expect(keyProbe('a"b')).toBeNull();
    expect(keyProbe('$pathname')).not.toBeNull();
  });

  it('agrees with JSON.parse on thousands of random objects whenever it answers', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const keys = ['$pathname', 'plan', 'id', '$host', 'é', 'x y'];
    const scalars: unknown[] = ['/app', '', 'say "hi"', 'back\\slash', '{[', '"plan":1', 'é', 0, -3.5, 1e21, true, false, null];
    const value = (depth: number): unknown => {
      const r = random();
      if (depth < 2 && r < 0.15) return Object.fromEntries([[pick(keys), value(depth + 1)]]);
      if (depth < 2 && r < 0.25) return [value(depth + 1)];
      return pick(scalars);
    };
    let answered = 0;
    for (let k = 0; k < 5000; k++) {
      const entries = Array.from({ length: Math.floor(random() * 6) }, () => `${JSON.stringify(pick(keys))}${pick(['', ' '])}:${pick(['', ' '])}${JSON.stringify(value(0))}`);
      if (random() < 0.1) entries.push('"$pathname":"/dup"');
      const text = `${pick(['', ' '])}{${entries.join(pick([',', ', ']))}}`;
      for (const key of keys) {
        const fast = read(text, key);
        if (fast === NEEDS_PARSE) continue;
        answered++;
        expect([text, key, fast]).toEqual([text, key, parsed(text, key)]);
      }
    }
    expect(answered).toBeGreaterThan(10_000);
  });
});
