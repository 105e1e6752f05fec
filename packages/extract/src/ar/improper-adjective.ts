// «الشركة الجهوية متعددة الخدمات», «اللجنة الوزارية متعددة القطاعات»: an adjective in construct with a definite
// noun (an improper annexation) describes the definite head before it, though it has no article of its own.
import type { Token } from "../text/tokens.ts";
import { bare, hasAl } from "./phrase.ts";

const IMPROPER = /^(?:متعدد|بعيد|قصير|متوسط|طويل|ثنائي|ثلاثي|رباعي|خماسي|سداسي|عالي)ة?$/u;

/** The tokens (2) of such an adjective at `i` and its definite genitive, agreeing with `head` in gender; else 0. */
export function improperAdjectiveAt(head: Token, toks: Token[], i: number): number {
  const adjective = toks[i];
  const genitive = toks[i + 1];
  if (!adjective?.word || !genitive?.word || !hasAl(genitive)) return 0;
  const a = bare(adjective);
  if (!IMPROPER.test(a)) return 0;
  return /ة$/u.test(bare(head)) === /ة$/u.test(a) ? 2 : 0;
}
