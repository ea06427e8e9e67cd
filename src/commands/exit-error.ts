/** Thrown by a command to end the process with a message and an exit code, in one place. */
export class ExitError extends Error {
  override name = 'ExitError';

  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
