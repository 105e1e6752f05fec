import type { ArticleView, Draft } from "../draft.ts";
import type { Sentence } from "../text/segment.ts";
import type { Token } from "../text/tokens.ts";
import type { ObjectOnlyClaims } from "./relayed-or-nested.ts";
import type { VerbHit } from "./verbs.ts";
import type { Walks } from "./walks.ts";

/** What verbClaim knows about one reporting verb once its cue is read; its steps share it. */
export interface VerbCall {
  view: ArticleView;
  si: number;
  floor: number;
  toks: Token[];
  hit: VerbHit;
  walks: Walks;
  stops: number[];
  out: Draft[];
  marks: ObjectOnlyClaims;
  s: Sentence;
  text: string;
  verb: Token;
  /** the token before the cue (-1 at the start of the sentence) */
  k: number;
  left: Token | undefined;
  cueStart: number;
  cueEnd: number;
  /** the first token after the cue */
  after: number;
  d: Draft;
}

/** The start of a claim's content after its verb: the position, and whether a "that" opened it. */
export interface ContentStart {
  pos: number;
  that: boolean;
}
