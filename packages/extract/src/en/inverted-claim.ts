import type { ArticleView, Draft } from "../draft.ts";
import type { Sentence } from "../text/segment.ts";
import type { Token } from "../text/tokens.ts";
import { contentBefore, endsClauseAfterSource, extendContinuation } from "./content.ts";
import { HEARER_VERBS, TIME_WORDS, WEAK_VERBS } from "./lexicon.ts";
import { followingQuote } from "./neighbouring-quotes.ts";
import { placeRunsIntoClause } from "./place-clause.ts";
import { type SourceSpan, subjectAfter } from "./source-after.ts";
import { MODAL } from "./verb-claim-shapes.ts";
import { setMention } from "./verb-draft.ts";
import type { VerbHit } from "./verbs.ts";

/**
 * "…, the meeting deteriorated from there, said one GOP source.", "“…,” said Smith.": a verb before its
 * speaker, the words before the comma or the quotation before it its content. The claim `d` so read, null
 * when it is none, undefined when the speaker is not after the verb (toks[k] the token before the cue).
 */
export function invertedClaim(
  view: ArticleView,
  si: number,
  floor: number,
  toks: Token[],
  hit: VerbHit,
  at: { k: number; after: number; cueStart: number },
  d: Draft,
  prevQuote: [number, number] | null,
  appositive: boolean,
): Draft | null | undefined {
  const s = view.sentences[si] as Sentence;
  const { text } = view;
  const verb = toks[hit.index] as Token;
  const { k, after, cueStart } = at;
  const left = toks[k];
  // the speaker right after the verb, read at most once
  let sourceAfter: SourceSpan | null | undefined;
  // ("…, due to launch in January, will add a line": a modal's verb has its subject before it)
  const commaLeft =
    left && !left.word && /[,”"’']/.test(left.text) && !MODAL.test(text.slice(cueStart, verb.start));
  if (commaLeft && !hit.participle) {
    sourceAfter = subjectAfter(text, toks.slice(after, after + 16));
    const src = sourceAfter;
    // "…, the meeting deteriorated from there, said one GOP source.": a source that closes the clause
    // outweighs an appositive reading of the words before the comma
    const closing =
      src &&
      !src.pronoun &&
      !WEAK_VERBS.has(hit.base) &&
      !HEARER_VERBS.has(hit.base) &&
      !/^(?:of|on|in|at|to|for|from|with|and)\b/i.test(text.slice(src.start, src.end)) &&
      !placeRunsIntoClause(text.slice(src.start, src.end)) &&
      endsClauseAfterSource(text, src.end, s);
    if (closing && appositive && !TIME_WORDS.has(text.slice(src.start, src.end).toLowerCase())) {
      const content = contentBefore(view, s, (left as Token).end, floor);
      if (content) {
        setMention(d, src);
        [d.contentStart, d.contentEnd] = content;
        d.rules.push("en.inverted:closing-source");
        return d;
      }
    }
  }
  if (((commaLeft && !appositive) || prevQuote) && !hit.participle) {
    if (sourceAfter === undefined) sourceAfter = subjectAfter(text, toks.slice(after, after + 16));
    const src = sourceAfter;
    if (src && endsClauseAfterSource(text, src.end, s)) {
      const content = prevQuote ?? contentBefore(view, s, (left as Token).end, floor);
      if (!content) return null;
      setMention(d, src);
      const continued = extendContinuation(view, s, content, src.end);
      [d.contentStart, d.contentEnd] = [continued[0], followingQuote(view, si, continued[1])];
      d.rules.push("en.inverted:verb-subject");
      return d;
    }
  }
  return undefined;
}
