// Reads what the extension really stored, straight from its IndexedDB, inside an extension page. Tests check
// the store with this rather than trusting the extension's own counts.
import type { Page } from '@playwright/test';

export interface StoredSnapshot {
  count: number;
  uuids: string[];
  timestamps: number[];
}

export async function readStoredEvents(page: Page): Promise<StoredSnapshot> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('pmf-lens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const chunks = await new Promise<{ count: number; uuid: Uint8Array; minTs: number; timestamp: Float64Array | Uint16Array; timestampHigh?: { rows: Uint32Array; high: Uint16Array } }[]>((resolve, reject) => {
      const request = db.transaction('chunks').objectStore('chunks').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const hex = (bytes: Uint8Array, at: number) => {
      let text = '';
      for (let i = 0; i < 16; i++) {
        text += bytes[at + i]!.toString(16).padStart(2, '0');
        if (i === 3 || i === 5 || i === 7 || i === 9) text += '-';
      }
      return text;
    };
    const uuids: string[] = [];
    const timestamps: number[] = [];
    for (const chunk of chunks) {
      // Timestamps are stored as gaps from the chunk's first one, with the high bits of large gaps apart.
      let t = chunk.minTs;
      let j = 0;
      for (let i = 0; i < chunk.count; i++) {
        uuids.push(hex(chunk.uuid, i * 16));
        if (chunk.timestamp instanceof Float64Array) t = chunk.timestamp[i]!;
        else {
          t += chunk.timestamp[i]!;
          if (chunk.timestampHigh?.rows[j] === i) t += chunk.timestampHigh.high[j++]! * 65536;
        }
        timestamps.push(t);
      }
    }
    return { count: uuids.length, uuids, timestamps };
  });
}
