// Seeded pseudo-random numbers. Everything random in the demo data comes from here, never from Math.random,
// so the same options always produce byte-identical output.

/** murmur3's 32-bit finalizer: a bijection on uint32 that spreads every input bit over the output. */
export function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Folds any finite number (even beyond 32 bits or negative) into a uint32 seed. */
export function seedToUint32(seed: number): number {
  const whole = Math.trunc(seed);
  const low = whole >>> 0;
  const high = Math.floor(whole / 4294967296) >>> 0;
  return mix32(low ^ mix32(high + 0x9e3779b9));
}

const TWO_POW_32 = 4294967296;

/**
 * xoshiro128**: 128 bits of state, so streams seeded from distinct (seed, actor, day) triples start from
 * distinct states (the seeding is a bijection), unlike 32-bit generators whose seeds would collide when
 * a large dataset opens millions of streams.
 * The object is reseeded in place so the hot loop allocates nothing.
 */
export class Random {
  private a = 1;
  private b = 2;
  private c = 3;
  private d = 4;

  constructor(seed = 0, stream = 0, salt = 0) {
    this.reseed(seed, stream, salt);
  }

  reseed(seed: number, stream: number, salt: number): this {
    let a = mix32((seed ^ 0x243f6a88) >>> 0);
    let b = mix32((stream + 0x85a308d3) >>> 0);
    let c = mix32((salt ^ 0x13198a2e) >>> 0);
    let d = mix32((Math.floor(stream / TWO_POW_32) ^ 0x03707344) >>> 0);
    // Feistel-style rounds: each word changes by a non-linear function of the others, which is
    // invertible (distinct inputs stay distinct states) yet decorrelates streams that differ in one
    // input only, such as one actor's plan stream and its day streams.
    for (let round = 0; round < 2; round++) {
      a = (a + mix32(b ^ c ^ d)) >>> 0;
      b = (b ^ mix32((a + c + d) >>> 0)) >>> 0;
      c = (c + mix32(a ^ b ^ d)) >>> 0;
      d = (d ^ mix32((a + b + c) >>> 0)) >>> 0;
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = a | b | c | d ? d : 1; // xoshiro's one forbidden state
    return this;
  }

  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [min, max] inclusive. */
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Exponentially distributed with the given mean (waiting times, lifetimes). */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A weighted choice table built once, so each draw is a short scan instead of a re-summing of weights. */
export class WeightedTable<T> {
  private readonly cumulative: number[] = [];
  private readonly items: T[] = [];
  readonly total: number;

  constructor(entries: ReadonlyArray<readonly [T, number]>) {
    let sum = 0;
    for (const [item, weight] of entries) {
      sum += weight;
      this.items.push(item);
      this.cumulative.push(sum);
    }
    this.total = sum;
  }

  draw(rng: Random): T {
    const x = rng.next() * this.total;
    const cumulative = this.cumulative;
    for (let i = 0; i < cumulative.length; i++) {
      if (x < (cumulative[i] as number)) return this.items[i] as T;
    }
    return this.items[this.items.length - 1] as T;
  }
}
