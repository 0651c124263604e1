// A deploy option (`-c key=value`) the app refuses: one sentence naming the option and the fix,
// which infra/bin/app.ts prints alone and exits non-zero (no stack trace: the user's input is
// wrong, not the code). Any other error keeps its stack.

export class DeployOptionError extends Error {
  override readonly name = 'DeployOptionError';

  /** `option` is the context key (`regions`); the message starts with `-c option=value`. */
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(message);
  }
}

/** The refusal of `-c option=value`: `-c option=value: <what is wrong and how to fix it>`. */
export const refuseOption = (option: string, value: string | undefined, message: string) =>
  new DeployOptionError(option, `-c ${option}=${value ?? ''}: ${message}`);
