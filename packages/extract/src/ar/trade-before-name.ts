// «وقال الكسال محمد العلوي …», «يقول الحلاق سعيد …»: a tradesman's word of the form فعّال (no title known to
// the lexicon: Darija and dialect trades) before a person's name describes them; «الأمين ولد أحمد»: a given name
// that is also a title word, before the Mauritanian «ولد/بنت», is the name's first word.
import type { MentionParse } from "../speakers.ts";
import { withoutHarakat } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { foldWord, GIVEN_NAME_TITLES, isOrgHead, PERSON_TITLES } from "./lexicon.ts";
import { isNameAli, nameLike, titleHead } from "./phrase.ts";
import { pureName } from "./pure-name.ts";

/** «الكسال», «الحلاق», «البقال», «الخباز»: the article and a trade noun of the pattern فعّال. */
const TRADE_NOUN = /^ال[^\sاأإآوي]{2}ا[^\sاأإآوي]$/u;
/** «ولد», «ولد», «بنت»: the Mauritanian «son of», «daughter of» inside a name. */
const NASAB = /^(?:ولد|بنت|ول)$/u;

/** A mention read as a trade noun and the name after it, or a name opening with a titled given name. */
export function tradeOrNasabParse(ws: string[]): MentionParse | null {
  const first = withoutHarakat(ws[0] ?? "");
  if (ws.length >= 3 && NASAB.test(ws[1] ?? "") && GIVEN_NAME_TITLES.has(foldWord(first.replace(/^ال/u, ""))))
    return { name: ws.join(" "), title: null, kind: "person", pronoun: false };
  if (ws.length < 3 || !TRADE_NOUN.test(first) || /^ال/u.test(ws[1] ?? "")) return null;
  const head = titleHead(first);
  if (PERSON_TITLES.has(head) || isOrgHead(head) || !pureName(ws.slice(1).join(" "))) return null;
  return { name: ws.slice(1).join(" "), title: ws[0] as string, kind: "person", pronoun: false };
}

/** «البحار علي حسن …»: a trade noun (فعّال) at toks[0], then the name Ali and more of the name (not «على»). */
export const tradeThenAli = (text: string, toks: Token[], i: number): boolean =>
  i === 1 &&
  TRADE_NOUN.test(withoutHarakat((toks[0] as Token).text)) &&
  isNameAli(toks[1] as Token) &&
  !!toks[2] &&
  nameLike(text, toks[2]) &&
  // («أكد الخباز علي ضرورة …»: a noun in ة after it is the object of «على»)
  !/ة$/u.test(withoutHarakat(toks[2].text));
