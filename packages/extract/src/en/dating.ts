import type { DateMention } from "../dates.ts";
import type { Draft } from "../draft.ts";
import type { Sentence } from "../text/segment.ts";

/**
 * Why an English statement with no day of its own is not the day of the story's event: it is told in the
 * present ("she says", "the documents say"), comes from a source cited with "according to", was given in
 * an undated interview, note, email, post or filing, or is placed at a time that is no day ("told the Sun
 * in 1994", "said last month", "previously reported"); "manner" (by phone, by email) only for a speaker not
 * quoted before. Null when none of these holds.
 */
export type UndatedReason = "present" | "according" | "medium" | "manner" | "not-a-day";

const PRESENT_CUE =
  /^(?:says|say|tells|tell|writes|write|insists?|argues|admits|maintains|adds|notes|explains|warns|believes|thinks|claims|concedes|contends|shows?|suggests?|finds|estimates?|recalls|acknowledges|stresses|predicts|reckons|describes)\b/i;
const PRESENT_PERFECT_CUE = /^(?:has|have)\s+(?:\w+\s+)?\w+(?:ed|aid|old|ote|en|ied)\b/i;
/** An interview, call, note or post with no day: an occasion of its own, not the story's. */
const MEDIUM =
  /\b(?:in|during)\s+an?\s+(?:(?:\w+\s+)?(?:interview|e-?mail|text\s+message|note|letter|filing|post|blog\s+post|op-ed|column|podcast|memo|submission|essay|book|documentary)|written\s+statement)\b|\bin\s+(?:his|her|its|their)\s+(?:written\s+(?:statement|evidence|submission)|book|memoir|column|letter|note)\b|\b(?:over|on)\s+the\s+(?:tele)?phone\b|\bon\s+phone\b|\btold\s+(?:our|this|a)\s+(?:correspondent|reporter|newspaper|paper|website)\b/i;
/** By phone or by email: how the words came, no occasion; undated only for a speaker not quoted before. */
const MANNER = /\bby\s+(?:tele)?phone\b|\bby\s+e-?mail\b/i;
/**
 * "told the Guardian", "told PTI": an outlet heard the words (an interview of its own); not the people at
 * the story's event ("told reporters", "told the council", "told MPs").
 */
const TOLD_OUTLET =
  /\btold\s+(?!(?:reporters|journalists|analysts|investors|the\s+(?:crowd|council|court|jury|judge|committee|inquiry|panel|hearing|tribunal|assembly|house|chamber|meeting|media|press|conference|audience|rally|senate|board)|MPs|MSPs|TDs|senators|lawmakers|legislators|colleagues|jurors|supporters|delegates|shareholders|members|residents|voters|students|workers|staff|parliament|Parliament|Congress|councillors|council\s+members|a\s+(?:news|press)\s+conference|(?:him|her|them|us|me)\b))(?:the\s+)?(?:[A-Z][\w.'’&-]*|\d+)(?:\s+(?:[A-Z][\w.'’&-]*|\d+|of|on))*/;
const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const NOT_A_DAY = `(?:last\\s+(?:month|year|spring|summer|autumn|fall|winter|season|weekend|decade|century)|earlier\\s+this\\s+(?:year|month)|in\\s+(?:(?:early|late|mid-?)\\s*)?(?:${MONTH}(?:\\s+(?:19|20)\\d\\d)?|(?:19|20)\\d\\d(?:s)?)|(?:\\d+|two|three|four|five|six|ten|many|several)\\s+(?:years|months|decades)\\s+ago|in\\s+the\\s+past|at\\s+the\\s+time|back\\s+then)`;
/** Right after the cue (and its hearer): "said last month", "told the Sun in 1994", "saying then that". */
const NOT_A_DAY_AFTER = new RegExp(
  `^[\\s,]*(?:(?:to\\s+)?(?:the\\s+)?(?:[A-Z][\\w.'’&-]*\\s+){0,4}|reporters\\s+|the\\s+\\w+\\s+)?(?:${NOT_A_DAY}|then)\\b`,
  "i",
);
/** Opening the sentence: "Last month, X said …", "In 1994, she told …". */
const NOT_A_DAY_BEFORE = new RegExp(`^\\s*(?:But\\s+|And\\s+)?${NOT_A_DAY}\\s*,`, "i");
/** Earlier words the writer only recalls: "previously reported", "had once said", "Earlier, the judge ruled". */
const RECALLED = /\b(?:previously|formerly|once|long|repeatedly)\s*$/i;
const EARLIER_OPENER = /^\s*(?:Earlier|Previously)\s*,/;

const DAY_WORD =
  /^\s*(?:\d+\s+)?(?:on\s+|late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|this\s+(?:morning|afternoon|evening)|last\s+night|tonight)\b/i;
/** Occasion words that tie a speaker's next words to the story's event, not to an earlier interview. */
export const OCCASION_TIE =
  /\b(?:Questioned|Pressed|Asked|Cross-examined|Under\s+cross-examination|Speaking\s+(?:at|to|after|alongside|during)|told\s+(?:the\s+)?(?:inquiry|committee|court|hearing|jury|jurors|council|reporters|journalists|MPs|senators|lawmakers|crowd|panel|tribunal)|at\s+the\s+(?:same\s+)?(?:briefing|hearing|news\s+conference|press\s+conference|meeting|session|rally|event|debate)|after\s+(?:play|the\s+(?:match|game|race|fight|hearing|meeting|vote|session|debate|event))|during\s+(?:the\s+)?(?:debate|hearing|session|briefing|meeting|question\s+period))\b/;

/** The sentence holding `pos`. */
export function sentenceAt(sentences: Sentence[], pos: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** The claim's sentence with its content blanked out (a split quotation keeps its speaker line). */
function speakerLine(text: string, d: Draft, s: Sentence, line: [number, number] | null): string {
  const chars = text.slice(s.start, s.end).split("");
  for (let k = Math.max(d.contentStart, s.start); k < Math.min(d.contentEnd, s.end); k++) {
    if (line && k >= line[0] && k < line[1]) continue;
    chars[k - s.start] = " ";
  }
  return chars.join("");
}

/**
 * Why the claim is undated (see UndatedReason), judged from its cue and its sentence outside the content;
 * `headline` and `lede` tell where the present tense and the present perfect still report the event.
 */
export function undatedReason(
  text: string,
  d: Draft,
  sentences: Sentence[],
  line: [number, number] | null,
  place: { headline: boolean; lede: boolean },
): UndatedReason | null {
  const cue = text.slice(d.cueStart, d.cueEnd);
  if (/^according\s+to$/i.test(cue)) return "according";
  // headlines report in the present; a lede's "has said" is the news of the day
  if (!place.headline && PRESENT_CUE.test(cue)) return "present";
  if (!place.headline && !place.lede && PRESENT_PERFECT_CUE.test(cue)) return "present";
  const s = sentenceAt(sentences, d.cueStart);
  if (!s) return null;
  const around = speakerLine(text, d, s, line);
  const cueAt = d.cueStart - s.start;
  if (RECALLED.test(around.slice(Math.max(0, cueAt - 14), cueAt)) || EARLIER_OPENER.test(around))
    return "not-a-day";
  if (/^(?:previously|once|long)\s/i.test(cue)) return "not-a-day";
  const afterCue = around.slice(d.cueEnd - s.start, d.cueEnd - s.start + 70);
  if (NOT_A_DAY_AFTER.test(afterCue) || NOT_A_DAY_BEFORE.test(around)) return "not-a-day";
  if (MEDIUM.test(around)) return "medium";
  const told = TOLD_OUTLET.exec(around);
  // (a day right after the outlet, "told KWLT 7 on Thursday", dates that interview even when it was
  // read into the content)
  if (
    told &&
    /^told$/i.test(cue) &&
    told.index === cueAt &&
    !DAY_WORD.test(
      text.slice(s.start + told.index + told[0].length, s.start + told.index + told[0].length + 30),
    )
  )
    return "medium";
  if (MANNER.test(around)) return "manner";
  return null;
}

/** "published Wednesday", "released Thursday afternoon": the day of a document, which speaks from it in the present. */
export function documentDay(text: string, m: DateMention | null): boolean {
  if (!m) return false;
  return /\b(?:published|released|issued|dated|posted|out)\s+(?:on\s+|late\s+|early\s+)?$/i.test(
    text.slice(Math.max(0, m.start - 24), m.start),
  );
}

/** The claim's sentence names an occasion of the story's event ("Questioned by counsel …", "told the committee"). */
export function tiedToOccasion(text: string, d: Draft, sentences: Sentence[]): boolean {
  const s = sentenceAt(sentences, d.cueStart);
  return s !== null && OCCASION_TIE.test(speakerLine(text, d, s, null));
}
