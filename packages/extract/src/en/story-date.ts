// The day of an English article's main event: the lede's first time word, else the day it reports.
import { isoDay } from "../calendar-days.ts";
import { type DateMention, EN_WEEKDAY_ALTERNATION, findDates } from "../dates.ts";
import type { Draft } from "../draft.ts";
import { outsideContents } from "../outside-contents.ts";
import type { Sentence } from "../text/segment.ts";
import { inAdditionalStatement } from "./additional.ts";
import { agencyDatelineDay } from "./agency-dateline.ts";
import { paperDay } from "./dating.ts";
import { afterDaysOccasion, notTheEventDay } from "./event-days.ts";

const LEDE_REACH = 600;
/** A modal or plan word in the clause before a day: the day is a plan's (not "was taken to hospital on Tuesday"). */
const PLANNED =
  /\b(?:would|will|could|should|might|may|(?<!\b(?:taken|rushed|airlifted|admitted|transferred|flown)[\s\u00A0]+)to(?![\s\u00A0]+\d)|plans?|planned|expected|scheduled|due)\b[^,.;:]*$/i;
/** A weekday or "yesterday": the kind of day a lede gives its event. */
const LEDE_DAY = new RegExp(
  `^(?:(?:on|last|late|early)\\s+)?(?:${EN_WEEKDAY_ALTERNATION}|yesterday)\\b|^last\\s+(?:night|evening)\\b`,
  "i",
);
/** What closes a dateline after its date: the agency in brackets and the dash ("July 30 (Reuters) -"). */
export const DATELINE_END = /^[\s\u00A0]*(?:\([A-Za-z .&]+\)[\s\u00A0]*)?[-—–]/;

/** The day of the article's main event: the first time word of its lede (the first paragraph with a full sentence). */
export function storyDate(
  text: string,
  sentences: Sentence[],
  lede: Sentence | undefined,
  pub: Date | null,
  drafts: Draft[],
): DateMention | null {
  if (!lede) return null;
  const para = sentences.filter((s) => s.para === lede.para);
  const end = Math.min(lede.start + LEDE_REACH, (para[para.length - 1] as Sentence).end);
  let dateline: DateMention | null = null;
  // ("…, the minister said. On Monday, she also said …": the day of another statement after the lede's first)
  const all = findDates(text, "en", lede.start, end, pub).filter(
    (m) => m.start < lede.end || !inAdditionalStatement(text, drafts, m),
  );
  const published = pub ? isoDay(pub) : null;
  for (const m of outsideContents(all, drafts)) {
    if (!m.date) continue;
    if (notTheEventDay(text, m) || paperDay(text, m)) continue;
    // a day after publication is a plan, not the event
    if (published && m.date > published) continue;
    // "SAN JOSE, Calif., July 30 (Reuters) - X said on Wednesday …": the dateline gives the day the
    // story was filed; the lede's own day, when it has one, is the event's
    if (!dateline && DATELINE_END.test(text.slice(m.end, m.end + 24))) {
      dateline = m;
      continue;
    }
    return m;
  }
  if (dateline) return dateline;
  const agency = agencyDatelineDay(text, sentences, lede, pub);
  if (agency) return agency;
  // "A wildfire forced 8,000 people from their homes on Tuesday, fire officials said": when the lede
  // dates only what it reports, that is the story's day (not a plan: nothing after publication)
  return (
    reportedDay(text, all, lede.start, pub) ??
    nextParagraphDay(text, sentences, lede.para + 1, pub, drafts) ??
    // ("… has been fined." / "The crash happened in March …" / "X appeared in court yesterday …": a paragraph
    // of background between the lede and the day)
    // (only a paragraph telling the event, no one's dated words: "Y said on Tuesday" is Y's day alone)
    (quietParagraph(sentences, lede.para + 1, drafts) && quietParagraph(sentences, lede.para + 2, drafts)
      ? nextParagraphDay(text, sentences, lede.para + 2, pub, drafts)
      : null)
  );
}

/**
 * The first of `mentions` that is a day the reported event happened on: a weekday or "yesterday", not after
 * publication, not a plan ("the committee would meet on Wednesday", looked for back to `floor`).
 */
function reportedDay(
  text: string,
  mentions: DateMention[],
  floor: number,
  pub: Date | null,
): DateMention | null {
  const published = pub ? isoDay(pub) : null;
  for (const m of mentions) {
    if (!m.date || (published && m.date > published)) continue;
    if (notTheEventDay(text, m)) continue;
    if (!LEDE_DAY.test(text.slice(m.start, m.end))) continue;
    if (PLANNED.test(text.slice(Math.max(floor, m.start - 60), m.start)) && !afterDaysOccasion(text, m))
      continue;
    return m;
  }
  return null;
}

/**
 * "X has told a public inquiry he … ." then "X was giving evidence on Thursday …": a lede with no day
 * leaves it to the paragraph after it; only a weekday or "yesterday" there, outside any claim's content.
 */
function nextParagraphDay(
  text: string,
  sentences: Sentence[],
  para: number,
  pub: Date | null,
  drafts: Draft[],
): DateMention | null {
  const next = sentences.filter((s) => s.para === para);
  if (!next.length) return null;
  const start = (next[0] as Sentence).start;
  const end = Math.min(start + LEDE_REACH, (next[next.length - 1] as Sentence).end);
  const found = outsideContents(findDates(text, "en", start, end, pub), drafts);
  return reportedDay(
    text,
    found.filter((m) => !inAdditionalStatement(text, drafts, m)),
    start,
    pub,
  );
}

/** The paragraph holds no claim's cue: background, not the story's first statement. */
function quietParagraph(sentences: Sentence[], para: number, drafts: Draft[]): boolean {
  const inPara = sentences.filter((s) => s.para === para);
  if (!inPara.length) return false;
  const [from, to] = [(inPara[0] as Sentence).start, (inPara[inPara.length - 1] as Sentence).end];
  return !drafts.some((d) => d.cueStart >= from && d.cueStart < to);
}
