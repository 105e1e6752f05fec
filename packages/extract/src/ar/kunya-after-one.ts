// «وقال أحد سائقي السرافيس أبو سامر إن …»: one of a group, then his kunya with no comma between.
import type { Token } from "../text/tokens.ts";
import { bare, isComplementizer, nameLike } from "./phrase.ts";

const KUNYA = /^(?:أبو|ابو|أم|ام)$/u;

/** Tokens a kunya and its name add at `end` when the complementizer follows them (0 if none). */
export function kunyaAfterOneOf(text: string, toks: Token[], end: number): number {
  const k = toks[end];
  const n = toks[end + 1];
  const after = toks[end + 2];
  if (!k?.word || !KUNYA.test(bare(k)) || !n?.word || !nameLike(text, n) || !after) return 0;
  return isComplementizer(text, after) ? 2 : 0;
}

/** «أحد سائقي السرافيس أبو سامر» → «أبو سامر»: the kunya that closes a «one of» mention (null if none). */
export function kunyaOfOneOf(mention: string): string | null {
  const ws = mention.split(/[\s\u00A0]+/u).filter(Boolean);
  const k = ws.length - 2;
  if (k < 2 || !/^(?:أحد|إحدى|احد|احدى)$/u.test(ws[0] as string) || !KUNYA.test(ws[k] as string)) return null;
  return ws.slice(k).join(" ");
}
