// «لكن أحد السكان، ويدعى سعيد ناصر، قال …»: a described person opening the sentence, named in an aside
// («ويدعى», «واسمه») between the description and the verb.
import { WHITE_SPACE as S, seatless } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import type { Cue } from "./cue-finder.ts";
import { isFunctionWord } from "./lexicon.ts";
import { CONTRAST_LEAD } from "./owner.ts";
import type { SpanPair } from "./subject.ts";

/** The description, then «، ويدعى/وتدعى/واسمه/واسمها NAME،» (two to four words, or quoted) right before the verb. */
const CALLED_ASIDE = seatless(
  new RegExp(
    `^${S}*([^،,.:؛«»"]{3,60}?)${S}*[،,]${S}*و(?:يدعى|تدعى|يُدعى|تُدعى|اسمه|اسمها)${S}+` +
      `(?:«[^»]{1,24}»|"[^"]{1,24}"|\\p{L}+(?:${S}+\\p{L}+){1,3})${S}*[،,]${S}*$`,
    "u",
  ),
);

/** The description and the aside naming it, as the verb's subject («أحد أولياء الأمور، ويدعى X»). */
export function calledInAside(text: string, s: Sentence, cue: Cue): SpanPair | null {
  if (cue.verbStart !== cue.start) return null;
  const lead = text.slice(s.start, cue.start);
  const contrast = CONTRAST_LEAD.exec(lead.trimStart());
  const from = contrast ? lead.indexOf(contrast[0]) + contrast[0].length : 0;
  const m = CALLED_ASIDE.exec(lead.slice(from));
  if (!m?.[1] || isFunctionWord(m[1].split(/[\s\u00A0]+/u)[0] as string)) return null;
  const start = s.start + from + m[0].indexOf(m[1]);
  const end = s.start + from + m[0].replace(/[\s\u00A0]*[،,][\s\u00A0]*$/u, "").length;
  return { start, end };
}
