// Getting the PostHog query pages into the browser before any clock starts: every page is fetched as a Blob
// first (the browser keeps Blob bytes out of the page's heap), and turned into text just before it is timed.

export interface PageTexts {
  count: number;
  bytes: number;
  /** The text of page k; each page can be taken once, so its memory goes as soon as it has been used. */
  take(k: number): Promise<string>;
}

export async function fetchPageTexts(urls: string[]): Promise<PageTexts> {
  const blobs: (Blob | null)[] = [];
  for (const url of urls) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
    blobs.push(await response.blob());
  }
  return {
    count: blobs.length,
    bytes: blobs.reduce((sum, blob) => sum + (blob?.size ?? 0), 0),
    async take(k) {
      const blob = blobs[k];
      if (!blob) throw new Error(`page ${k} was already taken`);
      blobs[k] = null;
      return blob.text();
    },
  };
}

/** Garbage left by earlier steps should not be collected inside a timed one (gc is exposed by --js-flags). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export async function estimateUsage(): Promise<number | null> {
  const estimate = await navigator.storage.estimate();
  return estimate.usage ?? null;
}

/** A PostHog /query/ response body, as far as the bench reads it. */
export interface QueryPage {
  columns: string[];
  results: unknown[][];
}
