/**
 * "By his own admission, he never read the report.", "By the senator's own account, the returns run to thousands of
 * pages.": the owner of the admission or account is the source of the clause after the comma.
 */
import { type ArticleView, type Draft, newDraft, trimSpan } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";
import type { Sentence } from "../text/segment.ts";

/** "By" opening the sentence (after "And"/"But"), the owner, "own", the noun, a comma. */
const OWN_ADMISSION =
  /^(?:(?:And|But|Yet)[ \u00A0]+)?(By|by)[ \u00A0]+((?:his|her|their|its|the[ \u00A0]+(?:[\p{Ll}-]+[ \u00A0]+)?[\p{Ll}-]+[’']s|[\p{Lu}][\p{L}.-]*(?:[ \u00A0][\p{Lu}][\p{L}.-]*){0,3}[’']s))[ \u00A0]+own[ \u00A0]+(admission|account|telling|estimate|reckoning)[ \u00A0]*,[ \u00A0]*/u;

export function ownAdmissionDrafts(view: ArticleView): Draft[] {
  const { text } = view;
  const out: Draft[] = [];
  // (a cheap check before any expression)
  if (!text.includes(" own admission") && !text.includes(" own account")) return out;
  for (const s of view.sentences as Sentence[]) {
    const m = OWN_ADMISSION.exec(text.slice(s.start, Math.min(s.end, s.start + 120)));
    if (!m) continue;
    const nounAt = s.start + m[0].lastIndexOf(m[3] as string);
    if (quoteAt(view.quotes, nounAt)) continue;
    const content = trimSpan(text, s.start + m[0].length, s.end);
    if (!content || content[1] - content[0] < 12) continue;
    const ownerAt = s.start + m[0].indexOf(m[2] as string, m.index + (m[1] as string).length);
    const d = newDraft({
      cueStart: nounAt,
      cueEnd: nounAt + (m[3] as string).length,
      frameStart: s.start,
      frameEnd: s.end,
    });
    const owner = m[2] as string;
    // (a name's possessive ends before its "’s": "By Ruth Hale's own admission")
    const named = /^\p{Lu}/u.test(owner) ? owner.length - 2 : owner.length;
    [d.mentionStart, d.mentionEnd] = [ownerAt, ownerAt + named];
    [d.contentStart, d.contentEnd] = content;
    d.rules.push("en.own-admission");
    out.push(d);
  }
  return out;
}
