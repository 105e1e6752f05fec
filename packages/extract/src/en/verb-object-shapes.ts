import type { Draft } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";
import { asSaidClaim } from "./as-said.ts";
import { coordinatedAfterClaim, describesBetweenCommas } from "./clause-membership.ts";
import { beliefClauseAfterAnd, speechActAfterAnd } from "./coordinated-speech.ts";
import { QUOTE_ONLY_VERBS, WEAK_VERBS } from "./lexicon.ts";
import { gappedRelativeDraft, relativeDraft, relativePronounBefore } from "./relative.ts";
import type { SourceSpan } from "./source.ts";
import { noObjectAfterComma } from "./token-shapes.ts";
import type { ContentStart, VerbCall } from "./verb-call.ts";
import {
  complementThatBefore,
  GENERIC_SUBJECT,
  objectRelativeBefore,
  thatOpensContent,
} from "./verb-claim-shapes.ts";
import { CLAUSE_OPENERS } from "./verbs.ts";

/**
 * Verbs whose words are not a plain clause after them: a sung or chanted quotation, a weak verb with only an
 * object, "as X called it", a relative clause. A draft, null (no claim) or undefined (read the content on).
 */
export function verbObjectShapes(
  c: VerbCall,
  subject: SourceSpan | null,
  start: ContentStart,
  opensClause: boolean,
  closesSentence: boolean,
): Draft | null | undefined {
  const { view, text, s, hit, verb, cueEnd, out, d } = c;
  // "chanted “What curfew?”" and "shouted to the guards that …" report; "sang the anthem", "shouted at the crowd" do not
  const thatOpens = thatOpensContent(text, cueEnd, start);
  if (QUOTE_ONLY_VERBS.has(hit.base) && !thatOpens) {
    // ("chanted, “…”": the quotation after the comma's space)
    const at = text[start.pos] === " " && text[start.pos - 1] === "," ? start.pos + 1 : start.pos;
    const sung = CLAUSE_OPENERS.test(text[at] ?? "") ? quoteAt(view.quotes, at) : null;
    if (!sung?.closed) return null;
    [d.contentStart, d.contentEnd] = [sung.start, sung.end];
    d.rules.push("en.content:voice-quote");
    return d;
  }
  if (WEAK_VERBS.has(hit.base) && !opensClause) {
    // ", citing the audit" and "and called for …" report; a bare "and supported" does not
    const participleAfterComma = hit.participle && d.rules.includes("en.participle");
    // first and second person inside someone's words ("I hope", "we expect") are not attributions
    const weakAlone = d.inherits
      ? !coordinatedAfterClaim(out, hit.form) &&
        !participleAfterComma &&
        !(
          d.rules.includes("en.coordinated-verb") &&
          (speechActAfterAnd(hit) || beliefClauseAfterAnd(hit, c.toks, c.after))
        )
      : !!subject && GENERIC_SUBJECT.test(text.slice(subject.start, subject.end));
    if (weakAlone || noObjectAfterComma(text, cueEnd, start.pos)) return null;
  }
  // "(or, as The Daily Beast called them)": a comparison, not a report
  if (
    subject &&
    /\bas$/i.test(text.slice(Math.max(s.start, subject.start - 4), subject.start).trimEnd()) &&
    // "as she called for the ratification …" reports; "as X called it/them" compares ("as X pointed out, …" too)
    (cueEnd === verb.end || /^[\s\u00A0]+out$/.test(text.slice(verb.end, cueEnd)))
  ) {
    const asSaid = asSaidClaim(view, s, d, subject, hit, start, cueEnd, closesSentence);
    if (asSaid !== undefined) return asSaid;
  }
  if (WEAK_VERBS.has(hit.base) && !opensClause && describesBetweenCommas(text, s, subject, start.pos))
    return null;
  // "what the senators said was economic gerrymandering": the relative clause, speaker included
  const relative = subject ? relativePronounBefore(text, s, subject.start) : -1;
  if (relative >= 0) return relativeDraft(view, s, d, relative, start.pos, hit.base) ? d : null;
  // "the explosion that Mayor de Blasio described as …", "what Liz Wahl said": the content is elsewhere
  if (subject && !opensClause && objectRelativeBefore(text, s.start, subject.start)) {
    const that = /\bthat$/i.test(text.slice(Math.max(s.start, subject.start - 6), subject.start).trimEnd());
    if (that && gappedRelativeDraft(view, s, d, start.pos, hit.base)) return d;
    // ("It emerged that the minister had said …", "to reflect that Fowler is calling for …": no relative)
    if (that && complementThatBefore(text, s.start, subject.start)) return undefined;
    return null;
  }
  return undefined;
}
