/** A small logger: one line per event, to stderr, never a secret. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, err?: unknown): void;
}

export function consoleLogger(options: { quiet?: boolean; redact?: string[] } = {}): Logger {
  const secrets = (options.redact ?? []).filter((s) => s.length >= 8);
  const clean = (s: string) =>
    secrets.reduce((acc, secret) => acc.split(secret).join('[masqué]'), s);
  const line = (level: string, message: string) =>
    process.stderr.write(`${new Date().toISOString()} ${level} ${clean(message)}\n`);
  return {
    info: (m) => {
      if (!options.quiet) line('info', m);
    },
    warn: (m) => line('warn', m),
    error: (m, err) => line('erreur', err instanceof Error ? `${m} (${err.message})` : m),
  };
}

/** A logger that keeps lines in memory, for tests. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m, err) => lines.push(`erreur ${m}${err instanceof Error ? ` (${err.message})` : ''}`),
  };
}
