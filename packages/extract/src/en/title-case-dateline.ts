import type { ArticleView, Draft } from "../draft.ts";

/** "Muscat", "Kuwait City", "Port Louis": a place written in title case, one to three words. */
const TITLE_CASE_PLACE = /^\p{Lu}\p{Ll}+(?:[ \u00A0]\p{Lu}\p{Ll}+){0,2}$/u;
/** The words open a news sentence: a third-person subject and a reporting verb ("The police has warned …"). */
const REPORTS =
  /^(?:(?!\b(?:I|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|me|us)\b)[^“”"?])*?\b(?:said|says|told|announced|stated|warned|urged|confirmed|reported|denied|claimed|according[ \u00A0]+to)\b/;

/**
 * "Muscat: The Royal Oman Police (ROP) has warned …" as the first paragraph under the headline: a title-case
 * dateline, not a speaker's label (a transcript has more than one label; a headline is paragraph 0).
 */
export function withoutTitleCaseDateline(view: ArticleView, drafts: Draft[]): Draft[] {
  if (drafts.length !== 1) return drafts;
  const d = drafts[0] as Draft;
  const { text } = view;
  if (!TITLE_CASE_PLACE.test(text.slice(d.mentionStart, d.mentionEnd))) return drafts;
  const para = view.sentences.find((s) => s.start <= d.cueStart && d.cueStart < s.end)?.para ?? -1;
  const opening = text.slice(d.contentStart, Math.min(d.contentEnd, d.contentStart + 160));
  return para === 1 && REPORTS.test(opening) ? [] : drafts;
}

const DATELINE_COLON = /^\p{Lu}\p{Ll}+(?:[ \u00A0]\p{Lu}\p{Ll}+){0,2}:[ \u00A0]+(?=\p{Lu})/u;

/**
 * "Muscat: Oman's budget deficit narrowed …, according to …": the length of a title-case dateline opening the
 * content at the start of the first paragraph under the headline, else 0.
 */
export function titleCaseDatelineAt(view: ArticleView, pos: number): number {
  const s = view.sentences.find((x) => x.start === pos);
  if (s?.para !== 1) return 0;
  return DATELINE_COLON.exec(view.text.slice(pos, pos + 40))?.[0].length ?? 0;
}
