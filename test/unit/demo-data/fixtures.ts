// Datasets shared by the tests of one file: generating is deterministic, so each size is built once.
import { generateDemoData } from '../../demo-data/generate.ts';
import type { DemoDataset, GenerateOptions } from '../../demo-data/types.ts';

const cache = new Map<string, DemoDataset>();

export function dataset(options: GenerateOptions): DemoDataset {
  const key = JSON.stringify(options);
  let data = cache.get(key);
  if (!data) {
    data = generateDemoData(options);
    cache.set(key, data);
  }
  return data;
}

export const DAY = 86_400_000;
