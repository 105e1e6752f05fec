// «ويتابع X، وهو يشير إلى بيته: "…"»: a circumstantial clause (حال) on the speaker, between the speaker and
// the colon before a quotation, is the writer's scene, neither the speaker's words nor a claim of its own.
import type { Draft } from "../draft.ts";
import { seatless } from "../text/chars.ts";

/** «، وهو يشير إلى …:», «، وهي تمسح دموعها:»: «و» + a pronoun + an imperfect verb, up to a colon and a quotation. */
const WHILE_DOING = seatless(
  /^[\s\u00A0]*[،,][\s\u00A0]*و(?:هو|هي|هم|هما)[\s\u00A0]+[يت][\p{L}\p{M}]{2,}[^،,.:؛«»"“”!؟?]{0,120}:[\s\u00A0]*(?=["«“])/u,
);

/** The scenes skipped per claim, so a verb inside one («يشير») is not read as a cue of its own. */
const scenes = new WeakMap<Draft, [number, number]>();

/** Where the words after a speaker go on past a circumstantial clause before a quotation; `from` when none. */
export function pastCircumstantialAside(text: string, from: number, end: number, d: Draft): number {
  const m = WHILE_DOING.exec(text.slice(from, Math.min(end, from + 200)));
  if (!m) return from;
  scenes.set(d, [from, from + m[0].length]);
  return from + m[0].length;
}

/** The drafts whose cue is not inside another draft's circumstantial clause. */
export function withoutSceneCues(drafts: Draft[]): Draft[] {
  const skipped = drafts.flatMap((d) => scenes.get(d) ?? []);
  if (!skipped.length) return drafts;
  return drafts.filter((d) => !drafts.some((o) => o !== d && inScene(scenes.get(o), d.cueStart)));
}
const inScene = (scene: [number, number] | undefined, at: number): boolean =>
  !!scene && at >= scene[0] && at < scene[1];
