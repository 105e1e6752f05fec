import { fitsGender } from "./entity-traits.ts";
import type { Entity, MentionParse } from "./speakers.ts";

/** A title that makes its holder a spokesperson ("Port Authority spokesperson", "Press secretary"). */
const SPEAKS_FOR = /\bspokes(?:man|woman|person)\b|\bpress\s+secretary\b/i;

/**
 * "the spokesperson" (no body named): the latest person the article named with a spokesperson's title, of the
 * mention's gender; null when none was named (then the body in focus speaks).
 */
export function namedSpokesperson(recency: Entity[], parse: MentionParse): Entity | null {
  return (
    recency.findLast(
      (e) =>
        e.kind === "person" &&
        !!e.name &&
        e.titles.some((t) => SPEAKS_FOR.test(t)) &&
        fitsGender(e, parse.gender),
    ) ?? null
  );
}
