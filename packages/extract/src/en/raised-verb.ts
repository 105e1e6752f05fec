/**
 * Words before a reporting verb that belong to its cue: a raising verb ("appeared to suggest that …", "seems to
 * acknowledge …", "continues to deny …"), "go on to" ("went on to say that …", "…, going on to say that …"),
 * "was quick to point out …", "took to Twitter to deny
 * …" and "made (it) clear (that) …". The subject is the one before them.
 */
import { lowerOf as lower, type Token } from "../text/tokens.ts";
import { WEAK_VERBS } from "./lexicon.ts";
import type { VerbHit } from "./verbs.ts";

const RAISING = /^(?:appears?|appeared|appearing|seems?|seemed|seeming)$/;
const CONTINUE = /^(?:continues?|continued|continuing)$/;
/** "tried to argue that …", "sought to reassure …": an attempt at saying is still saying it. */
const TRY = /^(?:try|tries|tried|trying|attempts?|attempted|attempting|seeks?|sought|seeking)$/;
/** "continues to deny …" goes on reporting; "continue to show signs of …" is no finding. */
const goesOnReporting = (base: string): boolean => !NOT_RAISED.has(base) && base !== "show";
const GO = /^(?:go|goes|went|going|gone)$/;
/** "was quick to point out that …", "is careful to stress …": the manner of saying, the verb after it reports. */
const MANNER = /^(?:quick|careful|keen|eager|anxious|swift)$/;
const BE = /^(?:is|are|was|were|been)$/;
const TAKE = /^(?:take|takes|took|taking|taken)$/;
const MAKE = /^(?:make|makes|made|making)$/;
/** Verbs of intent, plans and mere talk: "appeared to want", "went on to plan" report no statement. */
const NOT_RAISED = new Set(
  "plan want intend refuse continue agree decline hope vow pledge promise threaten expect speak talk post serve put submit hold rule sing cry learn know understand feel realize recognize accept".split(
    " ",
  ),
);

/** "continues to deny that …": a reporting verb the raising verb before it leads to (its cue opens there). */
export const raisesReport = (toks: Token[], i: number, base: (w: string) => string | undefined): boolean => {
  const verb = toks[i + 2];
  if (!verb?.word || lower(toks[i + 1] as Token) !== "to") return false;
  const b = base(lower(verb));
  return b !== undefined && goesOnReporting(b);
};

/** Index of the cue's first word when a raising verb, "go on to" or "took to X to" leads to the verb at i; -1 otherwise. */
export function raisedVerbStart(toks: Token[], i: number, base: string): number {
  const to = toks[i - 1];
  if (!to?.word || lower(to) !== "to" || NOT_RAISED.has(base)) return -1;
  const before = toks[i - 2];
  if (!before?.word) return -1;
  if (RAISING.test(lower(before)) || (CONTINUE.test(lower(before)) && goesOnReporting(base))) return i - 2;
  if (TRY.test(lower(before)) && goesOnReporting(base)) return i - 2;
  const go = toks[i - 3];
  if (lower(before) === "on" && go?.word && GO.test(lower(go))) return i - 3;
  // (not "was quick to reject the plan": a weak verb's object is a reaction, no words reported)
  if (
    MANNER.test(lower(before)) &&
    go?.word &&
    BE.test(lower(go)) &&
    goesOnReporting(base) &&
    !WEAK_VERBS.has(base)
  )
    return i - 3;
  return tookToMedium(toks, i - 1);
}

/** "took to Twitter (on Sunday) to deny …", "took to social media to accuse …": index of "took", or -1. */
function tookToMedium(toks: Token[], to: number): number {
  for (let k = to - 2; k >= 1 && k >= to - 6; k--) {
    const t = toks[k] as Token;
    if (!t.word) return -1;
    if (lower(t) === "to" && TAKE.test(lower(toks[k - 1] as Token))) return k - 1;
  }
  return -1;
}

/** Index of "made" in "made it clear" / "made clear" before "clear" at i; -1 otherwise. */
function madeClearStart(toks: Token[], i: number): number {
  const prev = toks[i - 1];
  if (!prev?.word) return -1;
  const at = MAKE.test(lower(prev))
    ? i - 1
    : lower(prev) === "it" && MAKE.test(lower(toks[i - 2] ?? prev))
      ? i - 2
      : -1;
  // ("It was made clear that …": a passive, its maker unnamed; "to make clear that …": no subject of its own)
  const before = toks[at - 1];
  return at >= 0 && before?.word && /^(?:to|is|are|was|were|be|been|being)$/.test(lower(before)) ? -1 : at;
}

/** The hit with the words before its verb that open its cue (`raised` from raisedVerbStart), if any. */
export function withOpening(toks: Token[], hit: VerbHit, raised: number): VerbHit {
  const made = hit.form === "clear" ? madeClearStart(toks, hit.index) : -1;
  const start = raised >= 0 ? raised : made;
  if (start < 0) return hit;
  // ("…, going on to say that …": the cue is a participle when its first word is)
  const participle = hit.participle || lower(toks[start] as Token).endsWith("ing");
  return { ...hit, base: made >= 0 ? "make clear" : hit.base, participle, start };
}
