import { redactHetus } from "~/domain/hetu";

type Level = "debug" | "info" | "warn" | "error";
const order: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** Where log lines go; tests swap it to inspect what would be logged. */
export const logSink = { write: (line: string) => process.stdout.write(`${line}\n`) };

function threshold(): number {
  const configured = process.env.LOG_LEVEL as Level | "silent" | undefined;
  if (configured && configured in order) return order[configured];
  return process.env.NODE_ENV === "test" || process.env.VITEST ? order.warn : order.info;
}

/**
 * Structured JSON log lines. Every line passes through HETU redaction as a
 * last line of defence: code never logs an identity code on purpose, and this
 * makes sure it cannot by accident either.
 */
function write(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  if (order[level] < threshold()) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }, errorReplacer);
  logSink.write(redactHetus(line));
}

function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

export const log = {
  debug: (event: string, fields?: Record<string, unknown>) => write("debug", event, fields),
  info: (event: string, fields?: Record<string, unknown>) => write("info", event, fields),
  warn: (event: string, fields?: Record<string, unknown>) => write("warn", event, fields),
  error: (event: string, fields?: Record<string, unknown>) => write("error", event, fields),
};
