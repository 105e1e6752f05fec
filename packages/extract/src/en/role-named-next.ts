import { replaceSpeaker } from "../speaker-types.ts";
import type { Entity } from "../speakers.ts";
import { roleHead, unnamedRole } from "./role-head.ts";

/**
 * Delayed identification in the body: "The X Government’s Minister for Technical Services says …" (or "But a chief
 * in Buin says …") told by role alone, then "Minister Hon. Y said …" (or "Chief Y, of Z village, said …") opening
 * the next paragraph: the role is the person named next, when the person's title has the role's head word.
 */

/** Joins each unnamed role voice (outside the headline) to the named person quoted first in the next paragraph. */
export function joinRoleToPersonNamedNext(speakers: (Entity | null)[], paras: number[]): void {
  for (let i = 0; i < speakers.length; i++) {
    const e = speakers[i];
    const para = paras[i] ?? 0;
    if (!unnamedRole(e) || para === 0 || e.titles.length !== 1) continue;
    const head = roleHead(e.titles[0] as string);
    if (!/^\p{L}{4,}$/u.test(head)) continue;
    // the next claim of anyone else, if it opens the next paragraph's claims
    let j = i + 1;
    while (j < speakers.length && speakers[j] === e && paras[j] === para) j++;
    const p = speakers[j];
    if (!p || p === e || paras[j] !== para + 1 || p.kind !== "person" || !p.nameWords.length) continue;
    if (speakers.some((x, k) => k < j && x === p)) continue;
    if (!p.titles.some((t) => roleHead(t) === head)) continue;
    replaceSpeaker(speakers, e, p);
  }
}
