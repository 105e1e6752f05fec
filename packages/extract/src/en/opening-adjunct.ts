import { startsUppercase } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { TIME_NAMES } from "./person-words.ts";
import type { SourceSpan } from "./source.ts";
import { DETERMINERS } from "./speaker-start.ts";

/** Words that open a sentence's time or circumstance phrase ("After the meeting", "On Monday", "Later that day"). */
const OPENERS =
  /^(?:After|Before|During|Following|On|In|At|Since|Upon|Later|Earlier|Throughout|Outside|Inside|Amid|Despite)$/;

/** Time adverbs that open a sentence alone, with no phrase of their own ("Today", "Yesterday", "Later"). */
const LONE_ADVERB = /^(?:Today|Yesterday|Tonight|Later|Earlier|Meanwhile|Separately|Now)$/;

/** A time stamp of a live blog's or digest's post: "12.15", "9:40". */
const CLOCK_STAMP = /^\d{1,2}[.:]\d{2}$/;

/**
 * "After the meeting the minister said", "On Monday the president said", "In a statement the company said",
 * "Later that day the spokesman said": an opening phrase without its comma is no part of the speaker. When the
 * walked phrase starts at the sentence's opening preposition (or just after it), the speaker starts at the
 * determiner (or, after a lowercase noun or a day's name, the capitalised name) that follows the phrase's head.
 */
export function withoutOpeningPhrase(toks: Token[], subject: SourceSpan | null): SourceSpan | null {
  // ("12.15 Yesterday the bank said": a digest post's time stamp opens the line, then the sentence)
  const stamp = toks[0];
  if (subject && toks.length > 2 && stamp?.start === subject.start && CLOCK_STAMP.test(stamp.text)) {
    const after = { start: (toks[1] as Token).start, end: subject.end, pronoun: subject.pronoun };
    const stripped = withoutOpeningPhrase(toks.slice(1), after);
    return stripped === after ? subject : stripped;
  }
  const first = toks[0];
  if (!subject || subject.pronoun || !first?.word) return subject;
  // "Today the minister said", "Yesterday Smith said": a lone time adverb before the subject
  const next = toks[1];
  if (
    LONE_ADVERB.test(first.text) &&
    subject.start === first.start &&
    next?.word &&
    next.start < subject.end &&
    (/^(?:the|a|an)$/i.test(next.text) || startsUppercase(next.text))
  )
    return { start: next.start, end: subject.end, pronoun: false };
  // ("Late on Monday the ministry said", "Early in March the bank said": the time's adverb, then its preposition)
  const adverbed = /^(?:Late|Early)$/.test(first.text) && /^(?:on|in)$/.test(toks[1]?.text ?? "");
  if (!OPENERS.test(first.text) && !adverbed) return subject;
  const opens = [first, toks[1], adverbed ? toks[2] : undefined].some((t) => t?.start === subject.start);
  if (!opens) return subject;
  let j = adverbed ? 2 : 1;
  if (toks[j]?.word && DETERMINERS.has((toks[j] as Token).text.toLowerCase())) j++;
  const head = j;
  for (; j < head + 4; j++) {
    const t = toks[j];
    // ("At Amuri, Mama Ngaoa Teruru, who runs …, said": the phrase's comma, then the speaker)
    if (t && j > head && t.text === "," && t.start < subject.end) {
      const after = toks[j + 1];
      if (after?.word && after.start < subject.end && startsUppercase(after.text))
        return { start: after.start, end: subject.end, pronoun: false };
    }
    if (!t?.word || t.start >= subject.end) return subject;
    if (j > head && DETERMINERS.has(t.text.toLowerCase())) break;
    // ("After talks Smith said", "On Monday Smith said": a name after a lowercase head or a day's name)
    const prev = toks[j - 1] as Token;
    if (j > head && startsUppercase(t.text) && (/^[a-z]/.test(prev.text) || TIME_NAMES.has(prev.text))) break;
  }
  const start = toks[j];
  if (j === head + 4 || !start?.word || start.start >= subject.end) return subject;
  return { start: start.start, end: subject.end, pronoun: false };
}
