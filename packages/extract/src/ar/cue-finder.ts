// The reporting verbs, participles and nominal cues of an Arabic sentence, found by word lookup.

import { seatless } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import { AR_NOMINAL_CUE, foldArabicWord, VERB_FORMS } from "./cues.ts";
import { AR_WEEKDAY_ALTERNATION } from "./lexicon.ts";
import { opensClause, type Word } from "./sentence-words.ts";
import { readWordCue } from "./word-cue.ts";

export interface Cue {
  kind: "verb" | "participle" | "nominal";
  start: number;
  /** End of the cue words (verb and particle). */
  end: number;
  /** Start of the verb itself (after و/ف/كما). */
  verbStart: number;
  gender?: "m" | "f" | null;
  /** The verb's lemma (folded perfect), null for participles and nominal cues. */
  lemma?: string | null;
  /** A passive form («أفيد»): the statement has no speaker. */
  passive?: boolean;
  /** «ما أرجعته الشركة إلى …»: the verb's object is its pronoun; its subject follows it. */
  pronounObject?: boolean;
}

// «ونقلت الوكالة، أمس الأربعاء، عن …»: a short aside may stand between the agency and «عن»; so may the
// agency's name in quotation marks after its description («وكالة الأنباء الرسمية "وفا" عن …») and the
// agency's day («ونقلت الوكالة أمس عن X قوله»); the day of the words between commas («قوله، أمس الأحد، إن») and
// the occasion between «قوله» and «إن» («قوله، خلال اجتماع …، إن», also with no comma before it: «قوله خلال جولة …
// أمس، إن»)
// («… قوله خلال جولة ميدانية، الثلاثاء، إن …»: the occasion, then the day between commas; «الفريق (م) X»: a
// rank's short mark in brackets within the one relayed)
export const RELAYED = seatless(
  new RegExp(
    `^(?:[\\s\\u00A0]*["«“][^"»”«“]{1,30}["»”])?(?:[\\s\\u00A0]*[،,][^،,.:«“"]{2,40}?[،,])?[\\s\\u00A0،,]*(?:\\([^()]{1,20}\\)[\\s\\u00A0]*)?(?:(?:أمس|اليوم|مساء|صباح|${AR_WEEKDAY_ALTERNATION})[\\s\\u00A0]+){0,2}عن[\\s\\u00A0]+(?<who>(?:[^.:«“"()]|\\([^()\\s]{1,3}\\)){2,120}?)(?:[\\s\\u00A0]*\\([^()]{1,15}\\))?[\\s\\u00A0،,]+(?<noun>قولهم|قولها|قوله|تأكيدهم|تأكيدها|تأكيده|تصريحها|تصريحه|شكواهم|شكواها|شكواه|تحذيرهم|تحذيرها|تحذيره|مطالبتهم|مطالبتها|مطالبته|نفيها|نفيه)(?![\\p{L}\\p{M}])(?:[\\s\\u00A0،,]+(?:أمس|اليوم|يوم|مساء|صباح|${AR_WEEKDAY_ALTERNATION}|الماضي|الفائت|المنصرم|الأول)){0,3}[\\s\\u00A0]*(?:(?:[،,][^،,.:«“"]{2,100}?[،,][\\s\\u00A0]*|[،,][\\s\\u00A0]*|(?:خلال|أثناء|عقب|لدى|في)[\\s\\u00A0]+[^،,.:«“"]{2,80}?[\\s\\u00A0]*[،,]?[\\s\\u00A0]*(?:(?:أمس|اليوم|يوم|مساء|صباح|${AR_WEEKDAY_ALTERNATION})(?:[\\s\\u00A0]+[^،,.:«“"\\s\\u00A0]+){0,2}[\\s\\u00A0]*[،,][\\s\\u00A0]*)?)?(?:إن|إنه|إنها|إنهم|أن|بأن)\\u0651?(?=[\\s\\u00A0«“"])|(?:(?:من|في|عبر)[\\s\\u00A0]+[^،,.:«“"]{2,40}?[\\s\\u00A0]*)?:|(?:من|إلى)(?=[\\s\\u00A0]))?[\\s\\u00A0]*`,
    "u",
  ),
);

const AS_SAYS = /(?<![\p{L}\p{M}])([وف]?على[\s\u00A0]+ما[\s\u00A0]+)([\p{L}\p{M}]+)/gu;

const WORD = /[\p{L}\p{M}]+/gu;

export { quoteThenComma } from "./cue-core.ts";

/** Reporting verbs, participles and nominal cues of a sentence, found by word lookup. */
export function cuesIn(text: string, s: Sentence): Cue[] {
  const slice = text.slice(s.start, s.end);
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    words.push({
      start: s.start + m.index,
      end: s.start + m.index + m[0].length,
      folded: foldArabicWord(m[0]),
    });
  }
  const cues: Cue[] = [];
  for (let i = 0; i < words.length; i++) readWordCue(text, s, words, cues, words[i] as Word, i);
  AR_NOMINAL_CUE.lastIndex = 0;
  for (let m = AR_NOMINAL_CUE.exec(slice); m; m = AR_NOMINAL_CUE.exec(slice)) {
    const start = s.start + m.index;
    cues.push({ kind: "nominal", start, end: start + m[0].length, verbStart: start, gender: null });
    // «حسبما أفادت الوزارة», «بحسبما نقلته الوكالة»: «ما» written onto the cue; the verb after it is the
    // cue's own, as after «حسب ما»
    if (m[0].endsWith("ما")) {
      const verbAt =
        start + m[0].length + (/^[\s\u00A0]+/u.exec(text.slice(start + m[0].length))?.[0].length ?? 0);
      const verb = cues.findIndex((c) => c.kind === "verb" && c.verbStart === verbAt);
      if (verb >= 0) cues.splice(verb, 1);
    }
  }
  // «…، على ما تقول أوساط نيابية» (as … say, Levantine press): «على ما» before a reporting verb is a
  // nominal cue with its source after it; the verb is part of the cue, not a cue of its own
  AS_SAYS.lastIndex = 0;
  for (let m = AS_SAYS.exec(slice); m; m = AS_SAYS.exec(slice)) {
    const start = s.start + m.index;
    // an aside after a comma or opening the sentence, not «عازمة على ما قال الرئيس»
    if (!VERB_FORMS.has(foldArabicWord(m[2] as string)) || !opensClause(text, s.start, start)) continue;
    const verbAt = start + (m[1] as string).length;
    const verb = cues.findIndex((c) => c.kind === "verb" && c.verbStart === verbAt);
    if (verb >= 0) cues.splice(verb, 1);
    cues.push({ kind: "nominal", start, end: start + m[0].length, verbStart: start, gender: null });
  }
  cues.sort((a, b) => a.start - b.start);
  return cues;
}
