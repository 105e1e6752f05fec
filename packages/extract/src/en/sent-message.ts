/**
 * "The council issued a statement saying …", "Parents sent a letter to the board urging …", "The campaign
 * released an ad this week showing …": a reporting participle right after a message someone put out speaks for
 * the one who put it out, not for the message (nor for "The campaign released an ad" as one phrase).
 */
import type { Token } from "../text/tokens.ts";
import type { SourceSpan } from "./source.ts";
import { isAuxiliary } from "./verbs.ts";
import { type Walks, walkedBackFrom } from "./walks.ts";

/** What is put out: a statement, a letter, an ad, court papers. */
const MESSAGE =
  /^(?:statements?|letters?|reports?|stud(?:y|ies)|ads?|advertisements?|papers|briefs?|memos?|notes?|messages?|releases?|petitions?|complaints?|filings?|videos?|e-?mails?|tweets?|posts?|resolutions?|motions?|communiqués?|communiques?)$/i;
/** Putting a message out: "issued", "sent", "filed", "released" (past tense or participle after "has"). */
const PUT_OUT =
  /^(?:issued|released|sent|filed|published|posted|signed|circulated|unveiled|aired|ran|submitted|delivered|distributed|wrote|written)$/;
const DETERMINER = /^(?:a|an|the|its|his|her|their|another|two|three|several)$/;
/** Words that may sit between the message and the participle: its day or its addressee ("to the board"). */
const AFTER_MESSAGE_OPENER =
  /^(?:on|this|last|late|early|earlier|to|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** The index of the message noun before the participle (k is the token just before it), or -1. */
function messageBefore(toks: Token[], k: number): number {
  // (at most six words of a day or an addressee: "to Senate leaders", "on Thursday", "this week")
  for (let j = k; j >= Math.max(0, k - 6); j--) {
    const t = toks[j] as Token;
    if (!t.word) return -1;
    if (MESSAGE.test(t.text)) {
      if (j === k) return j;
      return AFTER_MESSAGE_OPENER.test(toks[j + 1]?.text ?? "") ? j : -1;
    }
  }
  return -1;
}

/** The one who put out the message that the participle after toks[k] reads from, or null. */
export function senderOfMessage(text: string, toks: Token[], k: number, walks: Walks): SourceSpan | null {
  const noun = messageBefore(toks, k);
  if (noun < 0) return null;
  // (a determiner, then at most two lowercase modifiers: "a brief statement", "legal papers", "an open letter")
  let j = noun - 1;
  // (not "a series of tweets": a preposition ends the modifiers)
  while (j >= noun - 3 && j >= 0 && toks[j]?.word && /^[a-z-]+$/.test(toks[j]?.text ?? "")) {
    if (/^(?:of|for|from|with|by|in|on|at|to|and|or)$/.test(toks[j]?.text ?? "")) return null;
    if (DETERMINER.test(toks[j]?.text ?? "") || PUT_OUT.test(toks[j]?.text ?? "")) break;
    j--;
  }
  if (DETERMINER.test(toks[j]?.text ?? "")) j--;
  if (!PUT_OUT.test(toks[j]?.text ?? "")) return null;
  let before = j - 1;
  while (before >= 0 && toks[before]?.word && isAuxiliary(toks[before] as Token)) before--;
  if (before < 0) return null;
  const sender = walkedBackFrom(text, toks, before, walks);
  return sender && sender.end <= (toks[j] as Token).start ? sender : null;
}
