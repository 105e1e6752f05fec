import { type Entity, replaceSpeaker } from "../speaker-types.ts";
import { roleHead, unnamedRole } from "./role-head.ts";

/**
 * "Gondola won't run this winter, manager says" over a lede "…, the ski area's general manager told the committee":
 * the headline's bare role is the lede's voice of the same office, not another manager the story names lower
 * down ("City Manager X"). The headline takes the lede's entity, so both get the name the story gives her.
 */

/** Joins each headline voice (paragraph 0) known by a role alone to the lede's unnamed voice with the same head word. */
export function joinHeadlineToLedeRole(speakers: (Entity | null)[], paras: number[]): void {
  const lede = paras.find((p) => p > 0);
  if (lede === undefined || lede > 3) return;
  for (let i = 0; i < speakers.length && paras[i] === 0; i++) {
    const e = speakers[i];
    if (!unnamedRole(e) || e.titles.length !== 1) continue;
    const head = roleHead(e.titles[0] as string);
    if (!/^\p{L}{3,}$/u.test(head)) continue;
    const voices = new Set(
      speakers.filter(
        (x, k): x is Entity =>
          paras[k] === lede && unnamedRole(x) && x !== e && x.titles.some((t) => roleHead(t) === head),
      ),
    );
    if (voices.size !== 1) continue;
    replaceSpeaker(speakers, e, [...voices][0] as Entity);
  }
}
