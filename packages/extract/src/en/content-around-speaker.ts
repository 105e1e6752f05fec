import type { Draft } from "../draft.ts";
import { intervalFollows, participleFollows } from "./closing-participle.ts";
import { contentBefore, extendContinuation, interruptedContent } from "./content.ts";
import { followingQuote, quoteBeforeSentence, quotedWordsAtLeast } from "./neighbouring-quotes.ts";
import { LEADING_ADJUNCT, openedByParticiple, openerOnly } from "./openers.ts";
import { endsWithQuoteMark, resumesQuote, titleInOpeningPhrase } from "./quote-marks.ts";
import { restatesEarlierClaim } from "./restated-line.ts";
import type { SourceSpan } from "./source.ts";
import type { ContentStart, VerbCall } from "./verb-call.ts";
import { adjunctThenComma, isRelativeWho, thatOpensContent } from "./verb-claim-shapes.ts";
import { answersAfterAsked } from "./when-asked.ts";

/** ", looking out at the crowd": a comma and an "-ing" word right after the verb (not "according"). */
const GERUND_ASIDE = /^,[\s\u00A0]+(?!according\b)[a-z]{3,}ing\b/;

/**
 * Content on both sides of "subject verb": the words before it ("“…,” Smith said.") or around it ("It was, the
 * president said, …"). A draft, null (no claim) or undefined (the content follows the verb: read on).
 */
export function contentAroundSpeaker(
  c: VerbCall,
  subject: SourceSpan | null,
  start: ContentStart,
  closesSentence: boolean,
): Draft | null | undefined {
  const { view, si, floor, text, s, hit, cueEnd, out, d } = c;
  // "…, the agency said in a June report, and …": circumstances after the verb, then the comma
  const commaAfterAdjunct = adjunctThenComma(text, cueEnd);
  const before = subject ? text.slice(s.start, subject.start).trimEnd() : "";
  const thatOpens = thatOpensContent(text, cueEnd, start);
  // a short quoted title ("In an interview on CBS's “Face the Nation,” Ryan said X") is not the content
  const quoteBefore =
    endsWithQuoteMark(before) &&
    !thatOpens &&
    text[start.pos - 1] !== ":" &&
    (closesSentence ||
      (quotedWordsAtLeast(view, s.start + before.length, 3) &&
        !titleInOpeningPhrase(view, s.start, before)) ||
      resumesQuote(text, start.pos));
  // ("In a statement, the mayor said:" and a paragraph: the words follow the colon, not the opening phrase)
  const commaBefore = before.endsWith(",") && !isRelativeWho(text, subject) && text[start.pos - 1] !== ":";
  // ("“…?” Hale said, looking out at the crowd.": a participle aside after the verb closes no less)
  const quoteEndedBefore =
    subject && before === "" && (closesSentence || GERUND_ASIDE.test(text.slice(cueEnd, cueEnd + 24)))
      ? quoteBeforeSentence(view, si, floor)
      : null;
  // ("…, the carrier said on Tuesday, blaming fuel costs": the speaker's own participle clause follows)
  // (this and `interrupts` below are read only after a subject and its comma)
  const closes = (): boolean =>
    closesSentence || participleFollows(text, cueEnd, hit.base) || intervalFollows(text, cueEnd);
  if (subject && (quoteBefore || quoteEndedBefore || (commaBefore && closes() && !commaAfterAdjunct))) {
    // "“…,” Smith said (in a statement)." — speaker and verb close the sentence: the content came before
    const content = quoteEndedBefore ?? contentBefore(view, s, s.start + before.length, floor);
    if (!content || (!quoteEndedBefore && !!subject.pronoun && restatesEarlierClaim(out, content, s, before)))
      return null;
    // ("According to the union's chair, Mary Akech, each trader is asked …": the source phrase is no content)
    if (/^according to\b/i.test(text.slice(content[0], content[0] + 13))) return null;
    // ("Claiming …, Hale told the council to …": the opening participle's words are its own claim)
    if (out.some((o) => o.rules.includes("en.participle:fronted") && o.contentEnd > content[0])) return null;
    const continued = extendContinuation(view, s, content, cueEnd);
    [d.contentStart, d.contentEnd] = [continued[0], followingQuote(view, si, continued[1])];
    d.rules.push("en.inverted:subject-verb");
    return d;
  }
  // "It was, the president said, “a stone …”" — but not "In a statement, Smith said, “…”"
  const interrupts = (): boolean =>
    (text[start.pos - 1] === "," || commaAfterAdjunct) &&
    (!resumesQuote(text, start.pos) ||
      !(LEADING_ADJUNCT.test(before) || openedByParticiple(before, text.slice(start.pos, start.pos + 4)))) &&
    !openerOnly(before) &&
    !answersAfterAsked(before);
  if (subject && commaBefore && interrupts()) {
    // "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": the speaker interrupts the content
    const whole = interruptedContent(view, s, floor, start.pos, s.start + before.length - 1, cueEnd);
    if (!whole) return null;
    [d.contentStart, d.contentEnd] = whole;
    d.rules.push("en.parenthetical");
    return d;
  }
  return undefined;
}
