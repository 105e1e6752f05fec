/** Reports whose makers go unnamed: "peacekeepers have been accused of …", "they were criticized for …". */
import { type ArticleView, type Draft, trimSpan } from "../draft.ts";
import type { Sentence } from "../text/segment.ts";
import type { Token } from "../text/tokens.ts";
import { untilComma, writerTakesOver } from "./content.ts";
import { lower } from "./verbs.ts";

/** The words of a passive before its participle: "have sometimes been", "was also", "were often". */
const PASSIVE_RUN =
  /^(?:is|are|was|were|be|been|being|has|have|had|will|would|could|may|might|also|often|sometimes|repeatedly|widely|not|never|already|recently|frequently|publicly|harshly|long)$/i;

const CLAUSE_MARK = /^[,;:—–“”"]$/;
/** A reporting verb before the passive's subject: "said the industry …", "told MPs the plan …". */
const REPORTED_BEFORE =
  /\b(?:said|says|told|tells|added|adds|argued|argues|claimed|claims|insisted|insists|warned|warns|noted|notes|stated|explained|believes|believed)\b/;
/** A speaker and verb closing the sentence after the clause ("…, officials said."). */
const SAID_AFTER = /^[,”"’']*[\s\u00A0]+[^,.;]{0,60}\b(?:said|says|say|told|tells|added|adds|according)\b/;

/** The claim of a passive report: its whole clause from the subject, with no speaker. */
export function passiveReportDraft(
  view: ArticleView,
  s: Sentence,
  toks: Token[],
  verbIndex: number,
  d: Draft,
): Draft | null {
  let k = verbIndex - 1;
  while (k >= 0 && toks[k]?.word && PASSIVE_RUN.test((toks[k] as Token).text)) k--;
  // "the chance to be considered a …": an infinitive, not a report
  if (k === verbIndex - 1 || k < 0 || lower(toks[k] as Token) === "to") return null;
  // the subject: back to the sentence start or the comma before it, a few words at most
  let from = k;
  while (from > 0 && !CLAUSE_MARK.test((toks[from - 1] as Token).text) && k - from <= 12) from--;
  if (from > 0 && !CLAUSE_MARK.test((toks[from - 1] as Token).text)) return null;
  const subject = { start: (toks[from] as Token).start };
  // "X said the industry was being blamed for …": the passive lies in X's reported words, X's claim
  if (REPORTED_BEFORE.test(view.text.slice(subject.start, (toks[k] as Token).start))) return null;
  // the clause ends at the first comma after the verb: ", killing …", ", with claims of …" are the writer's
  const verbEnd = (toks[verbIndex] as Token).end;
  const rest = untilComma(view, [verbEnd, writerTakesOver(view, verbEnd, s.end)]);
  const span = rest ? trimSpan(view.text, subject.start, rest[1]) : null;
  // "was accused of lying by the opposition": the one who said it is named, which this reading leaves out
  if (!span || / by /.test(view.text.slice(verbEnd, span[1]))) return null;
  // "…, officials said.": the clause is someone's statement; that claim reads it
  if (SAID_AFTER.test(view.text.slice(span[1], Math.min(s.end, span[1] + 80)))) return null;
  d.cueStart = (toks[k + 1] as Token).start;
  [d.contentStart, d.contentEnd] = span;
  d.rules.push("en.passive-report");
  return d;
}
