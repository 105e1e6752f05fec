/** Why an English claim with no day of its own is not the day of the story's event (see UndatedReason). */

import type { Draft } from "../draft.ts";
import type { Sentence } from "../text/segment.ts";
import { EN_WEEKDAY_ALTERNATION } from "./date-expressions.ts";
import { MONTH } from "./lede-sentence.ts";
import { TIE_TO_OCCASION } from "./occasion-days.ts";
import { SPEAKING_TO_OUTLET } from "./speaking-to-outlet.ts";
import { heardAtSittingOrInPerson } from "./told-hearers.ts";

/**
 * Why an English statement with no day of its own is not the day of the story's event: it is told in the
 * present ("she says", "the documents say"), comes from a source cited with "according to", was given in
 * an undated interview, note, email, post or filing, or is placed at a time that is no day ("told the Sun
 * in 1994", "said last month", "previously reported"); "manner" (by phone, by email) only for a speaker not
 * quoted before; "commentary" for an analyst's or an outside expert's words. Null when none of these holds.
 */
export type UndatedReason = "present" | "according" | "medium" | "manner" | "not-a-day" | "commentary";

const PRESENT_CUE =
  /^(?:says|say|tells|tell|writes|write|insists?|argues|admits|maintains|adds|notes|explains|warns|believes|thinks|claims|concedes|contends|shows?|suggests?|finds|estimates?|recalls|acknowledges|stresses|predicts|reckons|describes)\b/i;
const PRESENT_PERFECT_CUE = /^(?:has|have)\s+(?:\w+\s+)?\w+(?:ed|aid|old|ote|en|ied)\b/i;
/**
 * An interview, call, note or post with no day: an occasion of its own, not the story's (not "in a text
 * message sent to reporters": a statement to the press, as the day's news).
 */
export const MEDIUM =
  /\b(?:in|during)\s+an?\s+(?:(?:\w+\s+)?(?:interview|e-?mail|text\s+message|note|letter|filing|post|blog\s+post|op-ed|column|podcast|memo|submission|essay|book|documentary)|written\s+statement)\b(?!\s+(?:sent|issued|released|distributed)\s+to\s+(?:reporters|journalists|the\s+media|media|the\s+press))|\bin\s+(?:his|her|its|their)\s+(?:written\s+(?:statement|evidence|submission)|book|memoir|column|letter|note)\b|\b(?:over|on)\s+the\s+(?:tele)?phone\b|\bon\s+phone\b|\btold\s+(?:our|this|a)\s+(?:correspondent|reporter|newspaper|paper|website)\b|(?<!\bstatement\s)\b(?:wrote|posted|said|responded|replied|tweeted|commented)\s+on\s+(?:(?:his|her|their|its)\s+)?(?:Facebook|Instagram|Twitter|X|TikTok|LinkedIn|Weibo|Threads|Bluesky)(?:\s+(?:page|account|feed|profile))?\b/i;
/**
 * By phone or by email, "when contacted", "who spoke to The Peninsula", "in a video posted on …" (the same speaker's
 * dated words before: "said Tuesday evening …" then "said in a video statement"): how the words came, no occasion; undated
 * only for a speaker not quoted before.
 */
export const MANNER =
  /\bin\s+a\s+(?:\w+\s+)?(?:video|voice\s+note)\b|\bby\s+(?:tele)?phone\b|\bby\s+e-?mail\b|\bwhen\s+(?:contacted|reached)\b|\bwho\s+spoke\s+to\s+(?:The\s+)?\p{Lu}/iu;
/**
 * "by", "when", "who", "vid" or "voi" in any case: MANNER cannot match without one (no other letter folds to theirs); this
 * plain test turns most sentences away faster than MANNER's Unicode case-insensitive scan.
 */
export const MANNER_WORDS = /by|wh[eo]|vid|voi/i;
/**
 * "told the Guardian", "told PTI": an outlet heard the words (an interview of its own); not the people at
 * the story's event ("told reporters", "told the council", "told MPs").
 */
const TOLD_OUTLET =
  /\btold\s+(?!(?:reporters|journalists|analysts|investors|the\s+(?:crowd|council|court|jury|judge|committee|inquiry|panel|hearing|tribunal|assembly|house|chamber|meeting|media|press|conference|audience|rally|senate|board)|MPs|MSPs|TDs|senators|lawmakers|legislators|colleagues|jurors|supporters|delegates|shareholders|members|residents|voters|students|workers|staff|parliament|Parliament|Congress|councillors|council\s+members|a\s+(?:news|press)\s+conference|(?:him|her|them|us|me)\b))(?:the\s+)?(?:[A-Z][\w.'’&-]*|\d+)(?:\s+(?:[A-Z][\w.'’&-]*|\d+|of|on))*/;
const NOT_A_DAY = `(?:last\\s+(?:month|year|spring|summer|autumn|fall|winter|season|weekend|decade|century)|(?:at|over|during)\\s+the\\s+weekend|this\\s+(?:past\\s+)?weekend|earlier\\s+this\\s+(?:year|month)|(?:(?:earlier|late|later)\\s+)?this\\s+week|earlier\\s+in\\s+the\\s+(?:week|month|year)|in\\s+recent\\s+(?:days|weeks|months)|(?:(?:a|one)\\s+(?:day|week)|(?:two|three|four|five|six|several|a\\s+few)\\s+(?:days|weeks))\\s+(?:earlier|later)|the\\s+(?:previous|next|following)\\s+day|the\\s+day\\s+before(?!\\s+(?:yesterday|last))|in\\s+(?:(?:early|late|mid-?)\\s*)?(?:${MONTH}(?:\\s+(?:19|20)\\d\\d)?|(?:19|20)\\d\\d(?:s)?)|(?:\\d+|two|three|four|five|six|ten|many|several)\\s+(?:years|months|weeks|decades)\\s+ago|in\\s+the\\s+past|at\\s+the\\s+time|back\\s+then)`;
/** Right after the cue (and its hearer): "said last month", "told the Sun in 1994", "saying then that". */
const NOT_A_DAY_AFTER = new RegExp(
  `^[\\s,]*(?:(?:to\\s+)?(?:the\\s+)?(?:[A-Z][\\w.'’&-]*\\s+){0,6}|reporters\\s+|the\\s+\\w+\\s+)?(?:${NOT_A_DAY}|then)\\b`,
  "i",
);
/**
 * Opening the sentence: "Last month, X said …", "In 1994, she told …", and an occasion placed at no day: "At the
 * trial in March, X had argued …", "During a debate last year, she said …".
 */
const NOT_A_DAY_BEFORE = new RegExp(
  `^\\s*(?:But\\s+|And\\s+)?(?:(?:At|During)\\s+(?:the|a|an|his|her|its|their)\\s+(?:[\\w-]+\\s+){1,3})?${NOT_A_DAY}\\s*,`,
  "i",
);
/** Between the subject and the cue: "Health officials this week said …", "The bank last month warned …". */
const NOT_A_DAY_BEFORE_CUE = new RegExp(`(?:^|[\\s\u00A0])${NOT_A_DAY}[\\s\u00A0]+$`, "i");
/** Earlier words the writer only recalls: "previously reported", "had once said", "Earlier, the judge ruled". */
const RECALLED = /\b(?:previously|formerly|once|long|repeatedly)\s*$/i;
const EARLIER_OPENER = /^\s*(?:Earlier|Previously)\s*,/;

const DAY_WORD = new RegExp(
  `^\\s*(?:\\d+\\s+)?(?:on\\s+|late\\s+|early\\s+)?(?:${EN_WEEKDAY_ALTERNATION}|yesterday|today|this\\s+(?:morning|afternoon|evening)|last\\s+(?:night|evening)|tonight)\\b`,
  "i",
);

/**
 * Outside commentary ("said Jo Lin, an analyst at …", "a neurologist who was not involved in the study"):
 * words given to the reporter for the story, on no day the story gives.
 */
const COMMENTATOR =
  /(?<!\b(?:with|to|from|told|by|for|among)\s+)\b(?:analysts?|economists?|strategists?|(?:head|director)\s+of\s+research\s+at|research\s+analysts?|(?:portfolio|fund|investment|money)\s+managers?|political\s+scientists?|who\s+(?:was|were)\s+not\s+involved)\b/i;

/**
 * Why the claim is undated (see UndatedReason), judged from its cue and its sentence outside the content;
 * `headline` and `lede` tell where the present tense and the present perfect still report the event.
 */
export function undatedReason(
  text: string,
  d: Draft,
  s: Sentence | null,
  around: string,
  place: { headline: boolean; lede: boolean; live?: boolean },
): UndatedReason | null {
  const cue = text.slice(d.cueStart, d.cueEnd);
  // ("According to him, …": the person just quoted, going on at the same occasion, not a cited source)
  if (/^according\s+to$/i.test(cue) && !/^(?:him|her|them)$/i.test(text.slice(d.mentionStart, d.mentionEnd)))
    return "according";
  // ("after a Reuters report that …": a published report, cited like an "according to" source)
  if (d.rules.includes("en.outlet-report")) return "according";
  // headlines report in the present; a lede's "has said" is the news of the day
  // (a live blog's posts report in the present what happens as they are written)
  if (!place.headline && !place.live && PRESENT_CUE.test(cue)) return "present";
  if (!place.headline && !place.lede && PRESENT_PERFECT_CUE.test(cue)) return "present";
  if (!s) return null;
  const cueAt = d.cueStart - s.start;
  if (RECALLED.test(around.slice(Math.max(0, cueAt - 14), cueAt)) || EARLIER_OPENER.test(around))
    return "not-a-day";
  if (/^(?:previously|once|long)\s/i.test(cue)) return "not-a-day";
  const afterCue = around.slice(d.cueEnd - s.start, d.cueEnd - s.start + 70);
  if (
    NOT_A_DAY_AFTER.test(afterCue) ||
    NOT_A_DAY_BEFORE.test(around) ||
    NOT_A_DAY_BEFORE_CUE.test(around.slice(Math.max(0, cueAt - 40), cueAt))
  )
    return "not-a-day";
  // ("In an interview on the sidelines of the ceremony, …": the story's occasion)
  if (MEDIUM.test(around) && !/\bon\s+the\s+sidelines\s+of\b/i.test(around)) return "medium";
  if (d.mentionStart >= s.start) {
    // the speaker's words and their apposition ("X, an analyst at …, said"; "said X, an economist …")
    const from = d.mentionStart - s.start;
    const to = d.mentionStart < d.cueStart ? d.cueStart - s.start : d.mentionEnd - s.start + 100;
    if (COMMENTATOR.test(around.slice(from, to))) return "commentary";
  }
  const told = TOLD_OUTLET.exec(around);
  // (a day right after the outlet, "told KWLT 7 on Thursday", dates that interview even when it was
  // read into the content)
  if (
    told &&
    /^told$/i.test(cue) &&
    told.index === cueAt &&
    !ownAgency(text, told[0]) &&
    !heardAtSittingOrInPerson(text, around.slice(cueAt, cueAt + 120), told[0]) &&
    // ("told The Fiji Times after the announcement": the outlet heard them at the story's occasion)
    !TIE_TO_OCCASION.test(around.slice(cueAt)) &&
    !DAY_WORD.test(
      text.slice(s.start + told.index + told[0].length, s.start + told.index + told[0].length + 30),
    )
  )
    return "medium";
  // ("told CNA by phone" in a CNA story: the agency's own reporting of the day, the call no occasion of its own)
  const toldOwnAgency = !!told && told.index === cueAt && ownAgency(text, told[0]);
  if (MANNER_WORDS.test(around) && MANNER.test(around) && !toldOwnAgency) return "manner";
  if (SPEAKING_TO_OUTLET.test(around) && !toldOwnAgency) return "manner";
  return null;
}

/** "Bologna (AFP) – … he told AFP": the agency of the dateline is the story's own reporter, at its event. */
function ownAgency(text: string, told: string): boolean {
  const outlet = /^told\s+(?:the\s+)?([A-Z][\w.&-]*)/.exec(told)?.[1]?.replace(/\.+$/, "");
  return !!outlet && text.slice(0, 300).includes(`(${outlet})`);
}
