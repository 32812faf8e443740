// Imports a file piece by piece through the same store path as a sync. Pieces of one file share a running
// report; the writer drops events already stored, so importing the same file twice stores nothing new.
import { UserError } from '../../core/user-error';
import type { ImportPiece, ImportReport } from '../../platform/protocol';
import type { EventWriter } from '../../store/event-writer';
import { parseJsonLines, parseQueryRows } from './parse-import';

export interface ImportSessionDeps {
  /** The writer, once no sync is writing. */
  writer: () => Promise<EventWriter>;
  busy: () => boolean;
}

export function createImportSession(deps: ImportSessionDeps) {
  const reports = new Map<string, ImportReport & { rows: number }>();
  // One writer for the whole file: opening one reads every stored uuid.
  let writer: Promise<EventWriter> | null = null;

  return async function importPiece(piece: ImportPiece): Promise<ImportReport> {
    if (deps.busy()) throw new UserError('sync_running', 'A sync is writing events right now. Stop it in the popup, or wait until it ends, then import the file.');
    const report = reports.get(piece.importId) ?? { stored: 0, duplicates: 0, malformed: 0, malformedExample: null, rows: 0 };
    const parsed = piece.kind === 'lines'
      ? parseJsonLines(piece.lines, piece.firstLine, piece.fileName)
      : parseQueryRows(piece.columns, piece.rows, report.rows + 1, piece.fileName);
    if (piece.kind === 'rows') report.rows += piece.rows.length;
    writer ??= deps.writer();
    const result = await (await writer).append(parsed.batch);
    report.stored += result.stored;
    report.duplicates += result.duplicates;
    report.malformed += parsed.malformed;
    report.malformedExample ??= parsed.malformedExample;
    if (piece.last) {
      reports.delete(piece.importId);
      writer = null;
    } else {
      reports.set(piece.importId, report);
    }
    const { rows: _rows, ...visible } = report;
    return visible;
  };
}
