/** A failure whose message is written for the user: what happened and what to do about it. */
export class UserError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** The code and message a page shows for any thrown value; unknown errors keep their text. */
export function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof UserError) return { code: error.code, message: error.message };
  if (error instanceof Error && 'kind' in error && typeof error.kind === 'string') {
    return { code: error.kind, message: error.message };
  }
  return { code: 'unexpected', message: `Something went wrong: ${error instanceof Error ? error.message : String(error)}` };
}
