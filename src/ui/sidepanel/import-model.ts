// Importing an export file for offline use: read here in pieces, stored by the worker through the same path as
// a sync (so duplicates are dropped and nothing is half-written).
import { signal } from '@preact/signals';
import type { ExtensionApi } from '../../platform/extension-api';
import type { ImportReport } from '../../platform/protocol';
import { looksLikeQueryResponse, readJsonLinesPieces, readQueryResponsePieces, type FileLike } from '../../sources/file-import/read-file';

export interface ImportState {
  fileName: string;
  running: boolean;
  report: ImportReport | null;
  error: string | null;
}

/** `onImported` runs after a file stored new events (the dashboard computes again). */
export function createImportModel(api: ExtensionApi, onImported: () => void = () => undefined) {
  const state = signal<ImportState | null>(null);

  async function importFile(file: FileLike): Promise<void> {
    const importId = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    state.value = { fileName: file.name, running: true, report: null, error: null };
    try {
      const head = await new Response(file.stream()).text().then((t) => t.slice(0, 4096)).catch(() => '');
      const pieces = looksLikeQueryResponse(file.name, head) ? readQueryResponsePieces(file, importId) : readJsonLinesPieces(file, importId);
      for await (const piece of pieces) {
        const report = await api.request('importEvents', piece);
        state.value = { ...state.value, report };
      }
      state.value = { ...state.value, running: false };
      if ((state.value.report?.stored ?? 0) > 0) onImported();
    } catch (e) {
      state.value = { ...state.value, running: false, error: e instanceof Error ? e.message : String(e) };
    }
  }

  return { state, importFile };
}

export type ImportModel = ReturnType<typeof createImportModel>;
