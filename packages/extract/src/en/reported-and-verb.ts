import type { Token } from "../text/tokens.ts";
import type { VerbHit } from "./verbs.ts";

/** Verbs of expecting and planning, which go on the reported subject's clause rather than report speech. */
const PLANNING = new Set(["expect", "plan", "intend", "hope", "aim", "want", "seek", "anticipate"]);
/** A finite verb or auxiliary of a reported clause (its backshifted tense). */
const FINITE = /^(?:was|were|had|did|would|could|is|are|has|have|does)$/;

/**
 * "said the company had received 40 buses and expected 20 more by March": a verb of expecting or planning
 * after "and" (no comma), with a plain object, shares the subject of the reported clause before it ("had
 * received"), so the words run on. Not "… and expected that …", which reports on its own.
 */
export function continuesReportedClause(toks: Token[], hits: VerbHit[], h: VerbHit): boolean {
  if (!PLANNING.has(h.base) || h.form === h.base) return false;
  if (toks[h.index - 1]?.text !== "and" || toks[h.index - 2]?.text === ",") return false;
  const next = toks[h.index + 1];
  if (!next || /^(?:that|[“”":,])$/.test(next.text)) return false;
  const cue = hits.findLast((o) => o.index < h.index - 1 && !o.participle);
  if (!cue) return false;
  // (one reported clause with its own finite verb between: no comma, semicolon, quote or other "and")
  let finite = false;
  for (let k = cue.index + 2; k < h.index - 1; k++) {
    const t = toks[k] as Token;
    if (/^(?:[,;:“”"]|and|but|that)$/.test(t.text)) return false;
    if (t.word && FINITE.test(t.text)) finite = true;
  }
  return finite;
}
