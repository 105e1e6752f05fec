export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** Wrong arguments or options: exit code 2. */
export class UsageError extends Error {}

/** An expected failure with a message meant for the user: exit code 1, no stack trace. */
export class CliError extends Error {}

export function reportError(error: unknown): number {
  if (error instanceof CliError) console.error(`sayso: ${error.message}`);
  else console.error("sayso:", error);
  return EXIT.failure;
}
