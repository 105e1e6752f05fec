import type { Token } from "../text/tokens.ts";
import { WEAK_VERBS } from "./lexicon.ts";
import type { VerbHit } from "./verbs.ts";

/** Verbs of expecting and planning, which go on the reported subject's clause rather than report speech. */
const PLANNING = new Set(["expect", "plan", "intend", "hope", "aim", "want", "seek", "anticipate"]);
/**
 * Verbs of coming to know ("said the vendors were not consulted and learned of it from a letter"): what the
 * reported clause's subject found out, not the speaker's next statement.
 */
const LEARNING = new Set(["learn", "discover", "realize", "realise"]);
/** A finite verb or auxiliary of a reported clause (its backshifted tense). */
const FINITE = /^(?:was|were|had|did|would|could|is|are|has|have|does)$/;

/**
 * "said the company had received 40 buses and expected 20 more by March": a verb of expecting or planning
 * after "and" (no comma), with a plain object, shares the subject of the reported clause before it ("had
 * received"), so the words run on. Not "… and expected that …", which reports on its own.
 */
export function continuesReportedClause(toks: Token[], hits: VerbHit[], h: VerbHit): boolean {
  if (!(PLANNING.has(h.base) || LEARNING.has(h.base)) || h.form === h.base) return false;
  // ("… and only learned of it …": an adverb in -ly may stand between "and" and a verb of learning)
  const and =
    LEARNING.has(h.base) && /^[a-z]{2,}ly$/.test(toks[h.index - 1]?.text ?? "") ? h.index - 2 : h.index - 1;
  if (toks[and]?.text !== "and" || toks[and - 1]?.text === ",") return false;
  const next = toks[h.index + 1];
  if (!next || /^(?:that|[“”":,])$/.test(next.text)) return false;
  const cue = hits.findLast((o) => o.index < and && !o.participle);
  if (!cue) return false;
  // (one reported clause with its own finite verb between: no comma, semicolon, quote or other "and"; the
  // "that" opening it may come after the occasion, "said in a Monday statement that …"; "had found the leak and
  // expected …": a weak verb with its auxiliary is the clause's own verb, not the cue)
  let finite = WEAK_VERBS.has(cue.base) && FINITE.test(toks[cue.index - 1]?.text ?? "");
  let opened = false;
  for (let k = cue.index + 2; k < and; k++) {
    const t = toks[k] as Token;
    if (t.text === "that" && !finite && !opened) {
      opened = true;
      continue;
    }
    if (/^(?:[,;:“”"]|and|but|that)$/.test(t.text)) return false;
    if (t.word && FINITE.test(t.text)) finite = true;
  }
  return finite;
}

const BE = /^(?:be|been|being|is|are|was|were)$/;
/** What may follow a participle that takes no object: an adverb, a preposition of time or place, the end. */
const NO_OBJECT_AFTER =
  /^(?:again|back|up|down|off|out|later|soon|immediately|automatically|by|at|in|into|to|from|within|when|where|whenever|if|once|until|unless|before|after|as|every|each|[.,;])$/;

/**
 * "said the price would be reviewed “every month” and raised again as soon as …": a participle after "and"
 * with no object of its own shares the passive of the reported clause before it ("would be reviewed"), so the
 * words run on; "… and raised concerns about …" (an object) is the speaker's own next act.
 */
export function continuesPassive(toks: Token[], hits: VerbHit[], h: VerbHit): boolean {
  if (!h.form.endsWith("ed") || h.form === h.base) return false;
  if (toks[h.index - 1]?.text !== "and" || toks[h.index - 2]?.text === ",") return false;
  if (!NO_OBJECT_AFTER.test(toks[h.index + 1]?.text ?? ".")) return false;
  const cue = hits.findLast((o) => o.index < h.index - 1 && !o.participle);
  if (!cue) return false;
  for (let k = h.index - 2; k > cue.index + 1; k--) {
    const t = toks[k] as Token;
    if (/^(?:[,;:]|and|but)$/.test(t.text)) return false;
    if (/^[a-z]+(?:ed|en)$/.test(t.text) && BE.test(toks[k - 1]?.text ?? "")) return true;
  }
  return false;
}
