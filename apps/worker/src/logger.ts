import { type Logger, pino } from "pino";

export type { Logger };

/** JSON lines on stdout, one object per event; LOG_LEVEL picks the level. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({ level, base: { service: "sayso-worker", pid: process.pid } });
}
