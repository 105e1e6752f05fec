import type { Draft } from "./draft.ts";
import type { Entity } from "./speakers.ts";

/**
 * «وأضاف أن …» has no subject: the speaker is the latest one whose gender fits the verb («وأضافت» needs
 * a woman or a feminine institution), else simply the latest.
 */
export function implicitSpeaker(
  d: Draft,
  speakers: (Entity | null)[],
  genders: Map<Entity, "m" | "f">,
): Entity | null {
  if (!d.gender) return null;
  for (let i = speakers.length - 1, seen = 0; i >= 0 && seen < 6; i--, seen++) {
    const e = speakers[i];
    if (!e) continue;
    const g = genders.get(e);
    if (!g || g === d.gender) return e;
  }
  return null;
}
