import type { Draft } from "../draft.ts";
import type { Token } from "../text/tokens.ts";
import type { VerbHit } from "./verbs.ts";

/** Present-tense cues whose reported clause keeps its own (past) tense: "Police say he posed …". */
const PRESENT_CUE =
  /^(?:say|says|argue|argues|claim|claims|insist|insists|contend|contends|maintain|maintains|allege|alleges)$/i;

/**
 * "Police say he posed a deadly threat and refused to drop the gun": a past-tense verb joined by "and" to a
 * present-tense report goes on with the reported clause (its subject is the clause's "he"), not with the
 * speaker, who would keep the present tense ("… and call for calm"). True for such a hit h when the hit
 * before it in the sentence is that present-tense cue and no other "and", "but" or ";" comes between.
 */
export function continuesPresentReport(toks: Token[], hits: VerbHit[], h: VerbHit): boolean {
  if (!h.form.endsWith("ed") || h.form === h.base || !/^and$/i.test(toks[h.index - 1]?.text ?? ""))
    return false;
  let prev: VerbHit | undefined;
  for (const o of hits) if (o.index < h.index && (!prev || o.index > prev.index)) prev = o;
  if (!prev || prev.participle || !PRESENT_CUE.test(prev.form) || h.index - prev.index < 4) return false;
  if (toks[prev.index + 1]?.text === "to" || toks[prev.index + 1]?.text === ",") return false;
  for (let i = prev.index + 1; i < h.index - 1; i++) {
    const t = (toks[i] as Token).text;
    if (/^(?:and|but|;|:|“|”|")$/i.test(t)) return false;
  }
  return true;
}

/** The claim of the present-tense report that such a past-tense verb continues (the last one made). */
export const reportContinued = (out: Draft[], verbStart: number): boolean => {
  const last = out[out.length - 1];
  return !!last && last.contentStart < verbStart && verbStart < last.contentEnd;
};
