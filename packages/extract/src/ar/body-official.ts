// «وحاولت الصحيفة التواصل مع مديرية الصحة، وقال مسؤول فيها إن …», «…، غير أن متحدثا باسمها اعتذر …»: an
// unnamed official of a body the paragraph named just before, told by a pronoun, is named with that body.
import { withoutHarakat } from "../text/chars.ts";
import { tokensBackward } from "../text/tokens.ts";
import { foldWord, isOrgHead, PERSON_TITLES } from "./lexicon.ts";
import { readSubject, type SpanPair } from "./subject.ts";

/** «فيها», «باسمه»: the pronoun that stands for the body, after the official's title. */
const OF_BODY = /^(?:\u064B?ا\u064B?)?[\s\u00A0]+(في|باسم)(ها|ه)(?![\p{L}\p{M}])/u;
/** Who speaks for a body without a name: «مسؤول», «مصدر», «متحدث», «موظف». Folded. */
const OFFICIALS = new Set(["مسوول", "مسووله", "مسوولون", "مصدر", "مصادر", "متحدث", "متحدثه", "ناطق", "موظف"]);

/**
 * The official's name with the body the pronoun stands for: «مسؤول في المندوبية الجهوية للصيد», or null when
 * the words are no such title or the paragraph names no body of the pronoun's gender before them.
 */
export function officialOfBody(text: string, official: SpanPair): string | null {
  const words = text.slice(official.start, official.end).split(/[\s\u00A0]+/u);
  const head = (words[0] ?? "").replace(/\u064B?ا\u064B?$/u, "");
  // «وقال المتحدث باسمها إن …»: the definite title takes the pronoun into the speaker's words
  const own = words.length === 2 && /^ال/u.test(head) ? OF_BODY.exec(` ${words[1]}`) : null;
  if ((words.length !== 1 && !own) || !OFFICIALS.has(foldWord(head)) || !PERSON_TITLES.has(foldWord(head)))
    return null;
  const of = own ?? OF_BODY.exec(text.slice(official.end, official.end + 12));
  if (!of) return null;
  const feminine = of[2] === "ها";
  // (a definite title points back past its own paragraph: «وقالت الوزارة …» ¶ «وقال المتحدث باسمها …»)
  const here = text.lastIndexOf("\n", official.start) + 1;
  const paraStart = own && here > 1 ? text.lastIndexOf("\n", here - 2) + 1 : here;
  const back = tokensBackward(text, Math.max(paraStart, official.start - 400), official.start, 60);
  for (const [k, found] of back.entries()) {
    if (!found.word) continue;
    // «وزارة الداخلية»: a body head in construct before the word found is where the body's name starts
    const before = back[k + 1];
    const t =
      before?.word && !/^(?:[وف]?ال)/u.test(before.text) && isOrgHead(foldWord(before.text)) ? before : found;
    // «بوزارة», «مع المديرية», «من الهيئة»: the body's word without its preposition (not «للـ»)
    // («وزارة» keeps its و: a joined particle only when the rest is a body's word)
    const joined = /^[وف]?ب?(?=\p{L}{3})/u.exec(t.text)?.[0].length ?? 0;
    const lead = isOrgHead(foldWord(t.text)) && !isOrgHead(foldWord(t.text.slice(joined))) ? 0 : joined;
    const word = t.text.slice(lead);
    const f = foldWord(word);
    if (!isOrgHead(f) || /(?:ة|ات)$/u.test(withoutHarakat(word)) !== feminine) continue;
    // (for «المتحدث باسمها», not a body inside what someone said: «قالت الوزارة إن التحقيقات …»)
    if (own && inReportedWords(text, t.start)) continue;
    const limit = text.slice(t.start, official.start).search(/[،,.:؛]/u);
    const body = readSubject(text, t.start + lead, limit < 0 ? official.start : t.start + limit, new Set());
    return body ? `${head} ${of[1]} ${text.slice(body.start, body.end)}` : null;
  }
  return null;
}

/** The word at `at` follows a complementizer of its sentence: it is inside reported words. */
function inReportedWords(text: string, at: number): boolean {
  const from = Math.max(text.lastIndexOf(".", at), text.lastIndexOf("\n", at)) + 1;
  return /(?:^|[\s\u00A0])(?:إن|أن|بأن)[\s\u00A0]/u.test(text.slice(from, at));
}
