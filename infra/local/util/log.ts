/** One-line, prefixed logs for the local runtime (silent when TANDEM_LOCAL_QUIET is set). */
export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string, err?: unknown): void;
}

export function logger(prefix: string, quiet = Boolean(process.env.TANDEM_LOCAL_QUIET)): Logger {
  const p = `[${prefix}]`;
  return {
    info: (m) => {
      if (!quiet) console.log(p, m);
    },
    warn: (m) => console.warn(p, m),
    error: (m, e) => console.error(p, m, e instanceof Error ? (e.stack ?? e.message) : (e ?? '')),
  };
}
