// Speakers a sentence names before a verb that has no subject of its own: the one asked in «وبسؤال المتهم
// عن …، أجاب بأنه …», and a described person a relative clause without a pronoun («صفة») goes on with
// («…، بينهم سيدة تدعى «هـ. م»، 44 عامًا، قالت إنها …»).
import type { ArticleView } from "../draft.ts";
import { WHITE_SPACE as SP, seatless } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import type { Cue } from "./cue-finder.ts";
import { FUNCTION_WORDS, foldWord, PERSON_TITLES } from "./lexicon.ts";
import { actingSubject, openingSubject } from "./owner.ts";
import { titleHead } from "./phrase.ts";
import { readSubject, type SpanPair } from "./subject.ts";

/** «وبسؤال المتهم في التحقيقات عن …،», «وعند سؤال الوزير حول …،»: the question, then the answer's verb. */
const ASKED = new RegExp(
  `^${SP}*و?(?:ب|عند${SP}+|لدى${SP}+)سؤال${SP}+([^،,.:«»"]{2,140}?)${SP}*[،,]${SP}*$`,
  "u",
);
/** «وسألت "الديار" مصدرا وزاريا عن …، فأجاب: …», «وسألنا مدير المدرسة عن …، فقال …»: the outlet asks. */
const OUTLET_ASKED = new RegExp(
  `^${SP}*و?سأل(?:نا|ت${SP}*["«“][^"»”]{1,30}["»”])${SP}+([^،,.:«»"]{2,140}?)${SP}*[،,]?${SP}*ف?$`,
  "u",
);
/** Where the one asked ends: the occasion or the topic of the question. */
const ASKED_END = seatless(new RegExp(`${SP}+(?:في|عن|عما|عمّا|حول|بشأن|خلال|أمام)(?=${SP}|$)`, "u"));

/** «وبسؤال المتهم … عن مصير الأموال، أجاب بأنه …»: the one asked is who answers (no mention of its own). */
export function askedOne(text: string, s: Sentence, cue: Cue): SpanPair | null {
  const before = text.slice(s.start, cue.start);
  const byNoun = ASKED.exec(before);
  const m = byNoun ?? OUTLET_ASKED.exec(before);
  if (!m?.[1]) return null;
  const asked = m[1].split(ASKED_END)[0] as string;
  // (after the outlet's verb, only with the topic asked about: the words before it are the one asked)
  if (!byNoun && asked === m[1]) return null;
  const words = asked.split(/[\s\u00A0]+/u).filter(Boolean);
  if (!words.length || words.length > 4 || FUNCTION_WORDS.has(foldWord(words[0] as string))) return null;
  const start = s.start + m[0].indexOf(m[1]);
  return { start, end: start + asked.length };
}

/**
 * «…، بينهم سيدة تدعى «هـ. م»، 44 عامًا، قالت في التحقيقات إنها …»: a verb without «و» right after a person
 * the text names with «تدعى/يدعى» (and an age) describes that person; the description is its subject.
 */
const CALLED_BEFORE = new RegExp(
  `(?:^|${SP}|[،,])(\\p{L}{2,}${SP}+(?:يدعى|تدعى|يُدعى|تُدعى)${SP}+(?:«[^»]{1,24}»|"[^"]{1,24}"|\\p{L}+(?:${SP}+\\p{L}+){0,2}))` +
    `(?:${SP}*[،,]${SP}*\\d{1,3}${SP}*(?:عام|سن)[\\p{L}\\p{M}]*)?${SP}*[،,]${SP}*$`,
  "u",
);

export function calledBefore(text: string, s: Sentence, cue: Cue): SpanPair | null {
  if (cue.verbStart !== cue.start) return null;
  const before = text.slice(s.start, cue.start);
  const m = CALLED_BEFORE.exec(before);
  if (!m?.[1] || FUNCTION_WORDS.has(foldWord(m[1].split(/[\s\u00A0]+/u)[0] as string))) return null;
  const start = s.start + (m.index ?? 0) + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/**
 * «وتقدمت النائبة …، منى عبد الرحيم، بطلب إحاطة …. وقالت في الطلب إن …»: a feminine verb opening a sentence
 * without a subject goes on with the woman the sentence before opened with, though her verb reported nothing
 * (the speaker quoted last may be a man). Null unless that subject has a feminine title. «وقف المزارع X أمام
 * شاحنته …. يقول إنه …»: a masculine verb with no «و» goes on so with a man's title.
 */
export function previousOpeningSubject(
  view: ArticleView,
  s: Sentence,
  cue: Cue,
  knownNames: Set<string>,
): SpanPair | null {
  const female = cue.gender === "f";
  // (a masculine verb only without «و»: «وقال» goes on with the speaker quoted last)
  const bare = cue.gender === "m" && cue.verbStart === cue.start;
  if ((!female && !bare) || /\S/u.test(view.text.slice(s.start, cue.start))) return null;
  const k = view.sentences.indexOf(s);
  const prev = view.sentences[k - 1];
  if (!prev || prev.para !== s.para) return null;
  const end: Cue = { ...cue, start: prev.end, end: prev.end, verbStart: prev.end };
  const span = openingSubject(view.text, prev, end, knownNames);
  const first = span ? (view.text.slice(span.start, span.end).split(/[\s\u00A0]+/u)[0] ?? "") : "";
  return span && /ة$/u.test(first) === female && PERSON_TITLES.has(titleHead(first)) ? span : null;
}

/** «، غير أن مسؤولا فيها …،», «، لكن المتحدث باسمها …،»: the last contrast clause before the participle. */
const CONTRAST_CLAUSE = new RegExp(
  `[،,]${SP}*(?:غير${SP}+أن|إلا${SP}+أن|بيد${SP}+أن|و?لكن)\u0651?${SP}+(?=[^،,.:«»"]+[،,]${SP}*$)`,
  "u",
);

/**
 * «حاولت الصحيفة الاتصال بالوزارة، غير أن مسؤولا فيها اعتذر عن التعليق، مكتفيا بالقول إن …»: a participle
 * after a contrast clause that has a subject of its own goes on with that subject, not the sentence's
 * opening one. Null when the clause names no person or body.
 */
export function contrastSubject(
  text: string,
  s: Sentence,
  cue: Cue,
  knownNames: Set<string>,
  after: number,
): SpanPair | null {
  const before = text.slice(s.start, cue.start);
  const m = CONTRAST_CLAUSE.exec(before);
  if (!m || s.start + m.index < after) return null;
  const from = s.start + m.index + m[0].length;
  const comma = s.start + before.search(/[،,][\s\u00A0]*$/u);
  const span = actingSubject(text, readSubject(text, from, comma, knownNames), knownNames);
  // «أن مسؤولا»: the accusative's alif (and tanween) is no part of the title
  const accusative = span && /(?<=\p{L}{3})\u064B?ا\u064B?$/u.exec(text.slice(span.start, span.end));
  if (
    span &&
    accusative &&
    PERSON_TITLES.has(titleHead(text.slice(span.start, span.start + accusative.index)))
  )
    return { start: span.start, end: span.start + accusative.index };
  return span;
}
