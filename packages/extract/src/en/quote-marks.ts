import type { ArticleView } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";
import { LEADING_ADJUNCT } from "./openers.ts";

/** "“My hope,” he said, “is …”": a quotation resumes right after the comma following the cue. */
export const resumesQuote = (text: string, pos: number): boolean =>
  text[pos - 1] === "," && /^[\s\u00A0]*[“"«‘']/.test(text.slice(pos, pos + 3));
/** Ends with a closing quote mark (”, ", ’), or with ' or '' after , . ? or ! ("'We knew,' she said") */
export function endsWithQuoteMark(s: string): boolean {
  const last = s.charAt(s.length - 1);
  if (last === "”" || last === '"' || last === "’") return true;
  if (last !== "'") return false;
  const mark = s.endsWith("''") ? s.length - 3 : s.length - 2;
  return mark >= 0 && ",.?!".includes(s.charAt(mark));
}

/**
 * «In an interview on CBS's “Face the Nation,” Ryan said …», «In his 2002 book, ''Make Your Kid a Millionaire,''
 * McKinley suggested …»: a quotation that closes the opening phrase, with no clause break before it, is a title.
 */
export function titleInOpeningPhrase(view: ArticleView, sentenceStart: number, before: string): boolean {
  if (!LEADING_ADJUNCT.test(before)) return false;
  const q = quoteAt(view.quotes, sentenceStart + before.length - 1);
  if (!q || q.start <= sentenceStart) return false;
  const lead = view.text.slice(sentenceStart, q.start);
  // «In a statement, “We will appeal,” Smith said»: after a comma the quotation is the content
  return !/[.;:!?]/.test(lead) && !/,[\s\u00A0]*$/.test(lead);
}
