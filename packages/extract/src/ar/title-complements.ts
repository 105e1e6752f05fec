// What may follow a title's phrase and still be the speaker's: the court or post «لدى» ties it to («وكيل
// الجمهورية لدى محكمة …»), and whom a defence team defends («هيئة الدفاع عن باقي المتهمين»).
import { withoutHarakat } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { bare, hasAl } from "./phrase.ts";

/** The word after «لدى» names a post or a court, not an occasion with its pronoun («لدى وصوله», «لدى مخاطبته»). */
export const namesPost = (word: string): boolean => !/(?:ه|ها|هم|هما)$/u.test(word);
/** «لدى محكمة …», «لدى الأمم المتحدة» (not an occasion: «لدى وصوله», «لدى مخاطبته»). */
export const tiedToPost = (t: Token | undefined, next: Token | undefined): boolean =>
  !!t?.word && bare(t) === "لدى" && !!next?.word && namesPost(bare(next));

/** «باقي», «بقية», «كل», «جميع»: the rest or all of those defended. */
const REST_OR_ALL = /^(?:باقي|بقية|كل|جميع)$/u;
const bareText = (t: Token | undefined): string => (t ? bare(t) : "");

/**
 * After a title ending in «الدفاع» at toks[i - 1], «عن» and the definite words of whom it defends belong to
 * the speaker («وطالبت هيئة الدفاع عن باقي المتهمين بـ…»); returns how many tokens they span (0 if none).
 */
export function defendedEnd(toks: Token[], i: number): number {
  if (bareText(toks[i - 1]) !== "الدفاع" || bareText(toks[i]) !== "عن") return 0;
  let j = i + 1;
  if (REST_OR_ALL.test(bareText(toks[j]))) j++;
  const from = j;
  while (j < from + 3 && toks[j]?.word && hasAl(toks[j] as Token)) j++;
  return j > from ? j - i : 0;
}

/** «محامي», «المحامية», «محام»: a lawyer, whose bar may follow as a ب-phrase. */
const LAWYER = /^(?:ال)?(?:محامي|محامية|محام)$/u;
/** «بالنقض», «بالاستئناف»: the highest court a lawyer may plead before (Egyptian usage). */
const LAWYERS_COURT = /^(?:بالنقض|بالاستئناف)$/u;

/** «المحامي بالنقض X»: the court a lawyer pleads before belongs to the title, not the verb («بيّن ب…»). */
export const lawyersCourtEnd = (toks: Token[], i: number): number => lawyersCourtWords(toks.map(bareText), i);
/** The same over a mention's words (ws[0] the title). */
export const lawyersCourtWords = (ws: string[], i: number): number =>
  i === 1 && LAWYER.test(withoutHarakat(ws[0] ?? "")) && LAWYERS_COURT.test(withoutHarakat(ws[1] ?? ""))
    ? 1
    : 0;
