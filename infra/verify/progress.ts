// What `npm run verify` prints, step by step. Every line passes through here, the contract
// suite's too, so the secrets it is told about (passwords, tokens) never reach the output.

export type Write = (text: string) => void;

const REDACTED = '[redacted]';

export class Progress {
  private readonly secrets = new Set<string>();

  constructor(private readonly write: Write) {}

  /** A value that must never be printed: replaced by [redacted] wherever it appears. */
  secret(value: string): void {
    if (value.length > 0) this.secrets.add(value);
  }

  line(text = ''): void {
    let safe = text;
    for (const secret of this.secrets) safe = safe.split(secret).join(REDACTED);
    this.write(`${safe}\n`);
  }

  step(title: string): void {
    this.line();
    this.line(`▶ ${title}`);
  }

  pass(text: string): void {
    this.line(`  ✓ ${text}`);
  }

  fail(text: string): void {
    this.line(`  ✗ ${text}`);
  }

  note(text: string): void {
    this.line(`  ${text}`);
  }

  /** A writer for a child process's output: whole lines, indented, redacted. */
  stream(indent = '  │ '): { write(chunk: string): void; end(): void } {
    let pending = '';
    return {
      write: (chunk) => {
        const lines = (pending + chunk).split(/\r?\n/);
        pending = lines.pop() ?? '';
        for (const l of lines) this.line(`${indent}${l}`);
      },
      end: () => {
        if (pending) this.line(`${indent}${pending}`);
        pending = '';
      },
    };
  }
}

/** The message of anything thrown, without a stack. */
export const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));
