// Who issued a document the mention names: «بيان صادر عن مديرية الأمن», «بيان للنيابة العامة», «أرقام الوزارة».
import { foldWord, ORG_TITLES } from "./lexicon.ts";

/**
 * The words after a document noun that name its issuer: past «صادر عن» («بيان صادر عن X»), without the
 * «ل» of belonging («بيان للنيابة العامة», «تقرير لوزارة الصحة»: the body's own statement, report).
 */
export function issuerWords(ws: string[]): string[] {
  const second = ws[1] as string;
  if (/^(?:ال)?صادر(?:ة)?$/u.test(second) && ws[2] === "عن" && ws.length > 3) return ws.slice(3);
  const owner = /^لل\p{L}{2}/u.test(second)
    ? `ا${second.slice(1)}`
    : /^ل\p{L}{3}/u.test(second)
      ? second.slice(1)
      : null;
  if (owner && ORG_TITLES.has(foldWord(owner).replace(/^ال/u, ""))) return [owner, ...ws.slice(2)];
  return ws.slice(1);
}

/** «مذكرة داخلية», «مذكرات الوزير»: a memo, not the participle «مذكّرةً بأن …» (which takes «ب»). Folded words. */
export const isMemoNoun = (folded: string, next: string | undefined): boolean =>
  /^[وف]?(?:ال)?مذكر(?:ه|ات)$/u.test(folded) && !/^ب/u.test(next ?? "");
