/** Bad input to the CLI: printed as it is, exit status 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
