/** A user-facing failure: the CLI prints the message alone (no stack) and exits with `exitCode`. */
export class CLIError extends Error {
  override name = 'CLIError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
