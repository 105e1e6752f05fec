// «وقال الوزير X على هامش المؤتمر إن …», «كتبت الناشطة X على حسابها أن …»: «على» opening an adjunct.
import { withoutHarakat } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";

/** «هامش», «حسابه», «منصة», «صفحتها», «لسان»: what «على» says the words were said on or beside. */
const ON_WHAT =
  /^(?:هامش|حساب|حسابات|صفحة|صفحت|منصة|منصت|موقع|قناة|قنات|شاشة|شاشت|لسان|خلفية)(?:ه|ها|هم|هما)?$/u;
const plain = (t: Token | undefined): string => withoutHarakat(t?.text ?? "");

/** «على هامش …», «على حسابه», «على منصة إكس» at `i`: where or on what occasion, never more of a name. */
export const onAdjunct = (toks: Token[], i: number): boolean =>
  plain(toks[i]) === "على" && !!toks[i + 1]?.word && ON_WHAT.test(plain(toks[i + 1]));
