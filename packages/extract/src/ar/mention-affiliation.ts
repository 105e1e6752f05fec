/** «مسؤول في الهيئة …», «النائب عن كتلة "…"»: the institution a title's link names, in one part of an Arabic mention. */
// (the twin of affiliation.ts, which reads the same institution on a sentence's tokens while the subject is found;
// this one reads the words of a mention already cut out, with no text around them: a change to one may be due in both)

import { TWO_WORD_PLACE } from "./construct-body.ts";
import { definiteTownWord } from "./definite-town.ts";
import {
  DHI,
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  ORG_TITLES,
  PLACE_NOUNS,
  STATEMENT_NOUNS,
} from "./lexicon.ts";
import { unquoted } from "./mention-words.ts";
import { lamGenitive } from "./name-then-title.ts";
import { titleHead } from "./phrase.ts";
import { royalNameWords } from "./title-run-on.ts";

/** The mention's institution after the title's link at `i` («في», «عن», …): the index past it (`i` if none). */
export function affiliationEnd(ws: string[], i: number): number {
  const h = unquoted(ws[i + 1] ?? "");
  if (!h || STATEMENT_NOUNS.has(foldWord(h)) || FUNCTION_WORDS.has(foldWord(h))) return i;
  i += 2;
  let bareRun = hasArticle(h) ? 0 : 1;
  let quoted = /^["“«]/u.test(ws[i - 1] ?? "") && !/["”»]$/u.test(ws[i - 1] ?? "");
  while (i < ws.length) {
    const raw = ws[i] as string;
    const w = unquoted(raw);
    if (quoted) {
      i++;
      if (/["”»]$/u.test(raw)) quoted = false;
      bareRun = 0;
      continue;
    }
    if (/^["“«]/u.test(raw)) {
      quoted = !/["”»]$/u.test(raw);
      i++;
      bareRun = 0;
      continue;
    }
    // «عن منطقة بعلبك - الهرمل»: a spaced dash joins the place's two parts
    if (/^[-–—]$/u.test(raw) && i + 1 < ws.length) {
      i += 2;
      bareRun = 0;
      continue;
    }
    // «النائب عن محافظة ذي قار علي …»: «ذي» and its word name the place
    if (DHI.test(w) && i + 1 < ws.length) {
      i += 2;
      bareRun = 0;
      continue;
    }
    // «النائب عن ولاية عين صالح أحمد …»: a place noun's name of two words («عين», «باب», «سيدي» …)
    // (an electoral «دائرة» too)
    const placeNoun = PLACE_NOUNS.has(foldWord(h)) || /^دائر[ةه]$/u.test(h);
    if (bareRun === 1 && placeNoun && TWO_WORD_PLACE.test(w) && ws.length - i >= 4) {
      i += 2;
      bareRun = 0;
      continue;
    }
    if (FUNCTION_WORDS.has(foldWord(w))) break;
    // «الأستاذ في جامعة الملك سعود خالد …»: a body named after a king keeps the king's name
    const royal = royalNameWords(ws, i);
    if (royal) {
      i += royal;
      bareRun = 0;
    } else if (hasArticle(w)) {
      i++;
      bareRun = 0;
    } else if (lamGenitive(w, ws[i + 1])) i += 2;
    // «مصدر من الشركة الوطنية لعجين الحلفاء والورق»: after a definite body, a last ل-genitive with only
    // definite words after it is the body's
    else if (lamTail(ws, i)) i = ws.length;
    // «مصادر في النيابة العامة بإسطنبول»: a last ب-word is the town of the workplace, not a name
    // (so is a last ب-place noun and the place's name: «بمحافظة تعز», «بساحل حضرموت»)
    else if (i === ws.length - 1 && /^ب\p{L}{3,}$/u.test(w)) i++;
    else if (i === ws.length - 2 && /^ب/u.test(w) && PLACE_NOUNS.has(foldWord(w.slice(1)))) i += 2;
    // «مصدر في لجنة الحكام باتحاد الكرة»: the larger body the workplace belongs to
    else if (/^ب\p{L}{3,}$/u.test(w) && ORG_TITLES.has(titleHead(w.slice(1))) && hasArticle(ws[i + 1] ?? ""))
      i += 2;
    // «التاجر في سوق المحاصيل بالقضارف آدم زكريا»: a town with the article before a last name of 2–4 words
    else if (definiteTownWord(w) && ws.length - i >= 3 && ws.length - i <= 5) {
      i++;
      bareRun = 0;
    } else if (bareRun === 1) {
      i++;
      bareRun = 2;
    } else if (bareRun === 2 && i === ws.length - 1) {
      // «مصدر في مديرية أمن سبها»: a last bare word closes a chain of genitives (no one-word name)
      i++;
    } else break;
  }
  return i;
}

/** ws[i] is «لـ» and a bare word after a definite one, and every word after it has the article. */
const lamTail = (ws: string[], i: number): boolean =>
  /^ل[^ل]\p{L}{2,}$/u.test(ws[i] ?? "") &&
  hasArticle(ws[i - 1] ?? "") &&
  i + 1 < ws.length &&
  ws.slice(i + 1).every((w) => hasArticle(w) || /^وال\p{L}{2,}$/u.test(w));
