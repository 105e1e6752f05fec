import type { Token } from "../text/tokens.ts";
import { lower } from "./verbs.ts";

/** Verbs whose infinitive tells a plan or a request made, not words: "plans to build", "has asked to meet". */
const PLAN_VERBS = new Set(["plan", "intend", "ask"]);

/**
 * "Acme plans to build 14 flats on the site", "The Trust has asked to meet the Minister": a plan or a request the
 * writer reports, no one's words (not "plans that …", nor "asked the Minister to …", a hearer first).
 */
export const planInfinitive = (base: string, toks: Token[], after: number): boolean =>
  PLAN_VERBS.has(base) &&
  !!toks[after]?.word &&
  lower(toks[after] as Token) === "to" &&
  toks[after + 1]?.word === true &&
  /^\p{Ll}/u.test((toks[after + 1] as Token).text);
