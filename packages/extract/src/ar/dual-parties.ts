// «التقى الوزير X نظيره Y … وأكد الوزيران أن …»: a dual subject stands for the two people just named.

import type { Draft } from "../draft.ts";
import type { NameMention } from "../names.ts";
import type { Entity } from "../speaker-types.ts";
import { withoutHarakat } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import { foldWord, PERSON_TITLES } from "./lexicon.ts";

/** «الوزيران», «الرئيسان», «الوزيرتان», «الجانبان», «الطرفان»: a definite dual in the nominative. */
export const DUAL = /^ال(\p{L}{2,}?)ت?ان$/u;
/** «رئيسا البلدين», «وزيرا الخارجية»: a dual in construct (its «ن» dropped) before a definite genitive. */
const CONSTRUCT_DUAL = /^(\p{L}{2,}?)ت?ا[\s\u00A0]+ال\p{L}+$/u;
/** Nouns of the two sides of a meeting or talks, not titles themselves. Folded. */
const SIDES = new Set(["جانب", "طرف"]);
/** How far back the two names may stand: this sentence and the two before it. */
const SENTENCES_BACK = 2;

/**
 * «وأكد الوزيران أن …» after «التقى وزير الخارجية المصري X نظيره الأردني Y» or after X and Y each spoke,
 * «واتفق الجانبان …» after «بحث الرئيس X مع الملك Y»: the last two people named (with a title, or as
 * speakers) in this sentence and the two before it, as one speaker «X وY» kept out of the name book (its
 * words must not name X or Y alone later). Null for any other mention, or when fewer than two were named.
 */
export function dualParties(
  text: string,
  d: Draft,
  sentences: readonly Sentence[],
  names: readonly NameMention[],
  drafts: readonly Draft[],
  speakers: readonly (Entity | null)[],
): Entity | null {
  const mention = withoutHarakat(text.slice(d.mentionStart, d.mentionEnd).trim());
  const stem = DUAL.exec(mention)?.[1] ?? CONSTRUCT_DUAL.exec(mention)?.[1];
  if (!stem || !(PERSON_TITLES.has(foldWord(stem)) || SIDES.has(foldWord(stem)))) return null;
  const k = sentences.findIndex((s) => s.start <= d.mentionStart && d.mentionStart < s.end);
  const from = sentences[Math.max(0, k - SENTENCES_BACK)]?.start ?? 0;
  const named: { at: number; name: string }[] = [];
  for (let i = names.length - 1; i >= 0 && (names[i] as NameMention).pos >= from; i--) {
    const { pos, parse: whole } = names[i] as NameMention;
    for (const parse of whole.parties ?? [whole])
      if (pos < d.mentionStart && parse.kind === "person" && parse.name)
        named.push({ at: pos, name: parse.name });
  }
  // (the speakers so far go with the drafts before this one)
  for (let i = speakers.length - 1; i >= 0 && (drafts[i] as Draft).cueStart >= from; i--) {
    const speaker = speakers[i];
    const at = (drafts[i] as Draft).mentionStart;
    if (at >= from && speaker?.kind === "person" && speaker.name) named.push({ at, name: speaker.name });
  }
  named.sort((a, b) => a.at - b.at);
  const two: string[] = [];
  for (let i = named.length - 1; i >= 0 && two.length < 2; i--) {
    const { name } = named[i] as { name: string };
    if (!two.some((x) => x.includes(name) || name.includes(x))) two.unshift(name);
  }
  if (two.length < 2) return null;
  return { name: `${two[0]} و${two[1]}`, kind: "person", titles: [mention], nameWords: [], titleWords: [] };
}
