/** Nominal cues: "Trump's claim that …", "his promise to …", "the assertion that …". */
import { type ArticleView, type Draft, newDraft } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";
import type { Sentence } from "../text/segment.ts";
import { relativeClause } from "./relative.ts";

const NOUN_CUE =
  /\b(?:(his|her|their|its|the[ \u00A0]+\p{Ll}[\p{L}-]*[’']s|[\p{Lu}][\p{L}.-]*(?:[ \u00A0][\p{Lu}][\p{L}.-]*){0,3}[’']s)[ \u00A0]+|the[ \u00A0]+)((?:repeated|latest|earlier|false|baseless|unfounded|tacit|public|frequent)[ \u00A0]+)?(claims?|assertions?|argument|contention|insistence|allegations?|acknowledgment|acknowledgement|admission|belief|warnings?|prediction|suggestion|promises?|pledges?|vow|threat|accusation|denial|view)[ \u00A0]+(that|to)[ \u00A0]+(?=\S)/gu;
const TO_NOUNS = /^(?:promises?|pledges?|vow|threat)$/;

/** One claim per nominal cue; the possessor is the speaker, "the claim that" has none. */
export function nounDrafts(view: ArticleView): Draft[] {
  const { text, sentences } = view;
  const out: Draft[] = [];
  let si = 0;
  NOUN_CUE.lastIndex = 0;
  for (let m = NOUN_CUE.exec(text); m; m = NOUN_CUE.exec(text)) {
    const noun = m[3] as string;
    const link = m[4] as string;
    if ((link === "to") !== TO_NOUNS.test(noun)) continue;
    while (si < sentences.length && (sentences[si] as Sentence).end <= m.index) si++;
    const s = sentences[si];
    if (!s || m.index < s.start || quoteAt(view.quotes, m.index)) continue;
    const owner = m[1];
    const cueStart = m.index + m[0].indexOf(noun, owner ? owner.length : 3);
    const cueEnd = cueStart + noun.length;
    const contentFrom = m.index + m[0].length - (link === "to" ? link.length + 1 : 0);
    const clause = relativeClause(view, s, link === "to" ? contentFrom : contentFrom, contentFrom);
    if (!clause || clause[1] - clause[0] < 8) continue;
    const d = newDraft({ cueStart, cueEnd, frameStart: s.start, frameEnd: s.end });
    if (owner) {
      d.mentionStart = m.index;
      d.mentionEnd = m.index + owner.length;
    }
    [d.contentStart, d.contentEnd] = clause;
    d.rules.push("en.noun-cue");
    out.push(d);
  }
  return out;
}
