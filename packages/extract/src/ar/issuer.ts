// Who issued a document the mention names («بيان صادر عن مديرية الأمن»), and memos that are not participles.
import type { Token } from "../text/tokens.ts";
import { foldArabicWord, PARTICIPLE_FORMS } from "./cues.ts";
import { foldWord, ORG_TITLES, RELATIVE_VERB, SOURCE_NOUNS } from "./lexicon.ts";
import { bare, titleHead } from "./phrase.ts";
import type { SpanPair } from "./subject.ts";

/** «منظمة», «وزارة», «الأمم»: the head of a body's name (folded lookup). */
const isBodyWord = (w: string): boolean => ORG_TITLES.has(titleHead(w));

const COMMA_TOKEN = /^[،,]$/u;
const EMPTY = { text: "", start: 0, end: 0, word: false } as Token;

/** «الذي», «التي»: the relative pronoun opening a clause on a document. */
const WHICH = /^(?:الذي|التي|الذى)$/u;

/**
 * «بيان صادر عن رئاسة الحكومة», «تقرير صادر عن البنك الدولي», «التقرير الذي أصدرته منظمة العفو»: after a
 * document «صادر عن» or a clause of issuing, the body that issued it, read as a subject of its own
 * (`read`). Returns the tokens it adds (0 if none).
 */
export function issuerEnd(
  text: string,
  toks: Token[],
  end: number,
  limit: number,
  known: Set<string>,
  read: (text: string, from: number, limit: number, known: Set<string>) => SpanPair | null,
): number {
  if (!SOURCE_NOUNS.has(foldWord((toks[0] as Token).text))) return 0;
  const issued = toks[end - 1];
  // «وأشار التقرير، الذي أعدته منظمة …، إلى أن …»: the clause of issuing set off by commas
  const commaAside =
    end === 1 && COMMA_TOKEN.test(toks[end]?.text ?? "") && WHICH.test(bare(toks[end + 1] ?? EMPTY));
  const at = commaAside ? end + 1 : end;
  const next = toks[at];
  let by: Token | undefined;
  if (issued?.word && /^(?:ال)?صادر(?:ة)?$/u.test(bare(issued)) && next?.word && bare(next) === "عن")
    by = next;
  else {
    // («دراسة أعدتها جامعة …»: an indefinite document takes the clause without «التي»)
    const verb = next?.word && WHICH.test(bare(next)) ? toks[at + 1] : next;
    // (a body issues it: «دراسة أجراها باحثون في الجامعة» stays the study of unnamed researchers)
    const body = toks[toks.indexOf(verb as Token) + 1];
    if (verb?.word && RELATIVE_VERB.test(foldArabicWord(verb.text)) && body?.word && isBodyWord(body.text))
      by = verb;
  }
  if (!by) return 0;
  const body = read(text, by.end, limit, known);
  const last = body ? toks.findIndex((t) => t.end === body.end) : -1;
  return last > end ? last + 1 - end : 0;
}

/** The words after a document noun that name its issuer: past «صادر عن» («بيان صادر عن X»). */
export function issuerWords(ws: string[]): string[] {
  // «التقرير السنوي للبنك الدولي»: the document's own adjectives come first
  let k = 1;
  while (k < ws.length - 1 && /^ال\p{L}{2,}(?:ي|ية)$/u.test(ws[k] as string)) k++;
  const second = ws[k] as string;
  if (/^(?:ال)?صادر(?:ة)?$/u.test(second) && ws[k + 1] === "عن" && ws.length > k + 2) return ws.slice(k + 2);
  // «التقرير الذي أصدرته منظمة …», «دراسة أعدتها جامعة …»: the subject of the clause of issuing
  const verb = WHICH.test(second) ? k + 1 : k;
  if (RELATIVE_VERB.test(foldArabicWord(ws[verb] ?? "")) && isBodyWord(ws[verb + 1] ?? ""))
    return ws.slice(verb + 1);
  // «للبنك الدولي», «لمنظمة الصحة»: the body in a ل-genitive after the adjectives
  if (k > 1 && /^لل\p{L}{2,}/u.test(second)) return [`ال${second.slice(2)}`, ...ws.slice(k + 1)];
  if (k > 1 && /^ل(?!ل)\p{L}{3,}/u.test(second)) return [second.slice(1), ...ws.slice(k + 1)];
  return ws.slice(1);
}

/** «مذكرة داخلية», «مذكرات الوزير»: a memo, not the participle «مذكّرةً بأن …» (which takes «ب»). Folded words. */
const isMemoNoun = (folded: string, next: string | undefined): boolean =>
  /^[وف]?(?:ال)?مذكر(?:ه|ات)$/u.test(folded) && !/^ب/u.test(next ?? "");

/** A participle form («مشيرا», «مذكّرةً بأن …»), not a memo noun spelled like one. Folded word and next word. */
export const isParticiple = (folded: string, next: string | undefined): boolean =>
  PARTICIPLE_FORMS.has(folded) && !isMemoNoun(folded, next);

/** «التقرير، الذي أعدته منظمة الصحة العالمية»: a document noun and its clause of issuing set off by a comma,
 * read as one phrase («التقرير الذي أعدته …») so the body speaks for it (null when the mention is not so). */
export function documentWithIssuingAside(mention: string): string | null {
  const m = /^(\S+)[\s\u00A0]*[،,][\s\u00A0]*((?:الذي|التي)[\s\u00A0]+\S+[\s\u00A0]+(\S+)[^،,]*)$/u.exec(
    mention,
  );
  if (!m?.[1] || !m[2] || !SOURCE_NOUNS.has(foldWord(m[1])) || !isBodyWord(m[3] ?? "")) return null;
  return `${m[1]} ${m[2]}`;
}
