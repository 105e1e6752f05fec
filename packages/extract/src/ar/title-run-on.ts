// «جامعة الملك سعود», «لوكالة حماية البيئة»: bodies' names inside a title, read on past a bare word.

import type { Token } from "../text/tokens.ts";
import { lamJoined } from "./brackets.ts";
import { BA_PARTICIPLES, FUNCTION_WORDS, foldWord, isOrgHead, ORG_TITLES } from "./lexicon.ts";
import { REGNAL } from "./name-end.ts";
import { bare, hasAl, isComplementizer } from "./phrase.ts";

export const ROYAL = /^ال(?:ملك|أمير|امير|شيخ|سلطان|إمام|امام)$/u;
/** «كلية ابن رشد», «مستشفى ابن الهيثم», «جامعة أبي بكر»: a body named after a person by «ابن/أبو». */
const NAMESAKE = /^(?:ابن|إبن|أبو|ابو|أبي|ابي)$/u;

/**
 * At `i` a royal title right after a bare body head («جامعة», «بجامعة», «لمستشفى»): the title and the
 * bare given name after it (with «عبد» its second word) are the body's name, not a title and its holder.
 * Returns the tokens they span (0 if none).
 */
/** «مهرجان الشيخ زايد», «جائزة الملك فيصل»: events and prizes named after a ruler. Folded. */
const EVENTS = new Set(
  ["مهرجان", "معرض", "مؤتمر", "منتدى", "ملتقى", "بطولة", "مسابقة", "جائزة"].map(foldWord),
);

export function royalNameInBody(text: string, toks: Token[], i: number): number {
  const [prev, t, next] = [toks[i - 1], toks[i], toks[i + 1]];
  if (!prev?.word || !t?.word || !next?.word || hasAl(prev)) return 0;
  const namesake = NAMESAKE.test(bare(t));
  if (!namesake && !ROYAL.test(bare(t))) return 0;
  const head = foldWord(bare(prev).replace(/^[بل](?!ال)/u, ""));
  if (!isOrgHead(head) && !isOrgHead(foldWord(bare(prev))) && !EVENTS.has(head)) return 0;
  if (hasAl(next) && !namesake) return 0;
  if (FUNCTION_WORDS.has(foldWord(next.text)) || isComplementizer(text, next)) return 0;
  const span = bare(next) === "عبد" && toks[i + 2]?.word ? 3 : 2;
  // «جامعة الملك عبدالله الثاني»: the king's regnal number is the body's name too
  const regnal = toks[i + span];
  return regnal?.word && REGNAL.test(bare(regnal)) ? span + 1 : span;
}

/** The same in a mention's words: at `i` «الملك» after a bare body head, with the given name after it. */
export function royalNameWords(ws: string[], i: number): number {
  const [prev, w, next] = [ws[i - 1], ws[i], ws[i + 1]];
  if (!prev || !w || !next || /^ال/u.test(prev)) return 0;
  if (!NAMESAKE.test(w) && (!ROYAL.test(w) || /^ال/u.test(next))) return 0;
  const head = foldWord(prev.replace(/^[بل](?!ال)/u, ""));
  if (!isOrgHead(head) && !isOrgHead(foldWord(prev))) return 0;
  if (FUNCTION_WORDS.has(foldWord(next))) return 0;
  const span = next === "عبد" && ws[i + 2] ? 3 : 2;
  return REGNAL.test(ws[i + span] ?? "") ? span + 1 : span;
}

/**
 * Words a mention's title phrase runs on with at `i` (0 if none): «جامعة الملك سعود» (a body named after a
 * king), «لوكالة حماية البيئة», «لوكالة غوث وتشغيل اللاجئين» (a ل-body's bare genitives before a definite
 * noun), «المعنية بحقوق الإنسان» (a participle's indefinite ب-word and its definite genitive).
 */
export function titleRunOn(ws: string[], i: number): number {
  const w = ws[i] ?? "";
  const royal = royalNameWords(ws, i);
  if (royal) return royal;
  if (/^ل(?!ل)/u.test(w) && ORG_TITLES.has(foldWord(w.slice(1)))) {
    const joined = lamJoined(ws, i);
    if (joined) return 1 + joined;
  }
  const governed = i > 0 && BA_PARTICIPLES.has(foldWord(ws[i - 1] as string));
  return governed && /^ب(?!ال)/u.test(w) && /^ال/u.test(ws[i + 1] ?? "") ? 2 : 0;
}
