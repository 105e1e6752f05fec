import type { Entity } from "./speaker-types.ts";

/** The head of an appositive that says what kind of body an initialism is ("KNAPK, the hunters' association"). */
const BODY_HEAD =
  /\b(?:association|union|federation|council|company|firm|group|organi[sz]ation|party|society|alliance|coalition|authority|agency|board|committee|commission|chamber|institute|trust|foundation|network|league|co-?operative)$/i;

/**
 * A body known by its initialism, bare ("KNAPK said in a statement") or with an appositive that names its kind
 * ("KNAPK, the fishermen and hunters’ association, wrote in a press release"): its statement speaks for it.
 */
export const initialismBody = (e: Entity): boolean =>
  /^\p{Lu}{2,}$/u.test(e.name ?? "") && e.titles.every((t) => BODY_HEAD.test(t.trim()));
