// Datelines in mixed case: "Bern, November 11, 2026 – …", "Berlin (dpa) – …" (Swiss, German and other agencies).
import type { Token } from "../text/tokens.ts";

/**
 * A mixed-case place with a date or an agency, then the dash: the writer's dateline ("Bern, November 11,
 * 2026 – ", "Geneva, 3 March (Keystone-SDA) – ", "Berlin (dpa) – "); a place with neither ("Mary Kall – …")
 * could be a name, and is not taken.
 */
export const MIXED_DATELINE =
  /^\p{Lu}[\p{L}.’' -]{1,30}(?:,[ \u00A0]+[\p{L}\p{N}., ]{2,30}\d[ \u00A0]*(?:\([^()]{1,30}\))?|[ \u00A0]*\([^()]{1,30}\))[ \u00A0]*[―—–-]{1,2}[\s\u00A0]*/u;

/** The dash closes a mixed-case dateline that opens its line ("Bern, November 11, 2026 – The court …, ruling"). */
export function closesMixedDateline(text: string, dash: Token | undefined): boolean {
  if (!dash) return false;
  const lineStart = text.lastIndexOf("\n", dash.start) + 1;
  const m = MIXED_DATELINE.exec(text.slice(lineStart, dash.end + 1));
  return !!m && m[0].trimEnd().length === dash.end - lineStart;
}
