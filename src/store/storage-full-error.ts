// Running out of quota mid-sync is expected on big projects, not a bug: say so in words the user can act on.
import { UserError } from '../core/user-error';

export class StorageFullError extends UserError {
  constructor(readonly storedEvents: number, options?: { cause?: unknown }) {
    super(
      'storage_full',
      `The browser's storage for this extension is full; ${storedEvents.toLocaleString('en-US')} events are stored and kept. ` +
        'Free disk space or choose a shorter sync window, then resume.',
    );
    this.name = 'StorageFullError';
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/**
 * Whether a failed write ran out of quota. Browsers report it as a QuotaExceededError on the request, or abort the
 * transaction and put the QuotaExceededError on `transaction.error` (idb then rejects with that, or an AbortError).
 */
export function isQuotaError(error: unknown, transactionError?: unknown): boolean {
  return isQuota(error) || isQuota(transactionError) || (error instanceof Error && isQuota(error.cause));
}

function isQuota(error: unknown): boolean {
  if (!(error instanceof Error || error instanceof DOMException)) return false;
  return error.name === 'QuotaExceededError' || ('code' in error && error.code === 22);
}
