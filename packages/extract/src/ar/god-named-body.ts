// «عضو المكتب السياسي لأنصار الله», «القيادي في جند الله»: a body whose name ends with «الله».
import type { Token } from "../text/tokens.ts";
import { bare } from "./phrase.ts";

/** «لأنصار الله» at `i`: a ل-genitive of a bare word and «الله», a body's whole name (2 tokens; not «لعبد الله»), else 0. */
export const lamGodNamedBody = (toks: Token[], i: number): number => {
  const [t, next] = [toks[i], toks[i + 1]];
  return t?.word &&
    next?.word &&
    /^ل[^ل]\p{L}{2,}$/u.test(bare(t)) &&
    bare(t) !== "لعبد" &&
    bare(next) === "الله"
    ? 2
    : 0;
};
