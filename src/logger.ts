import { safeForTerminal } from './terminal.ts';

/** A small logger: one event per entry, to stderr, errors with their stack, never a secret. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, err?: unknown): void;
}

/** `message (cause)` and, for an Error, its stack on the following lines. */
function describe(message: string, err: unknown): string {
  if (err instanceof Error) {
    const frames = (err.stack ?? '').split('\n').slice(1).join('\n');
    return `${message} (${err.message})${frames ? `\n${frames}` : ''}`;
  }
  return err === undefined ? message : `${message} (${String(err)})`;
}

export function consoleLogger(
  options: { quiet?: boolean; redact?: string[]; write?: (text: string) => void } = {},
): Logger {
  const secrets = (options.redact ?? []).filter((s) => s.length >= 8);
  const clean = (s: string) =>
    secrets.reduce((acc, secret) => acc.split(secret).join('[masqué]'), s);
  const write = options.write ?? ((text: string) => process.stderr.write(text));
  const line = (level: string, message: string) =>
    write(`${new Date().toISOString()} ${level} ${safeForTerminal(clean(message))}\n`);
  return {
    info: (m) => {
      if (!options.quiet) line('info', m);
    },
    warn: (m) => line('warn', m),
    error: (m, err) => line('erreur', describe(m, err)),
  };
}

/** A logger that keeps entries in memory, for tests. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m, err) => lines.push(`erreur ${describe(m, err)}`),
  };
}
