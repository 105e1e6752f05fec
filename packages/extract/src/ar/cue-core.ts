import type { Sentence } from "../text/segment.ts";
import {
  FORM_LEMMA,
  foldArabicWord,
  NEEDS_OBJECT,
  PARTICIPLE_FORMS,
  PASSIVE_FORMS,
  VERB_FORMS,
} from "./cues.ts";
import type { Word } from "./sentence-words.ts";

/** A verb form whose lemma reports only with an object («حمّل … المسؤولية», «وعد … بـ») that does not follow. */
function lacksObject(text: string, s: Sentence, core: string, end: number): boolean {
  const lemma = FORM_LEMMA.get(core);
  const needs = lemma ? NEEDS_OBJECT.get(lemma) : undefined;
  return !!needs && !needs.test(text.slice(end, Math.min(s.end, end + 200)));
}

/** «أرجع», «عزا»: verbs that ascribe their object to a cause with «إلى». Folded lemmas. */
const ASCRIBING = new Set(["ارجع", "عزا"]);
/**
 * «وهو ما أرجعته الشركة إلى …», «ما عزاه الوزير إلى …»: after «ما», an ascribing verb whose object is its
 * pronoun (the writer's figure before it); the form without the pronoun, or null.
 */
function pronounObjectStem(folded: string): string | null {
  const stem = folded.replace(/(?:ه|ها)$/u, "");
  return stem !== folded && VERB_FORMS.has(stem) && ASCRIBING.has(FORM_LEMMA.get(stem) ?? "") ? stem : null;
}

/**
 * «ووصفته الوزارة في بيان بأنه "…"», «ووصفها المدرب بأنها …»: «وصف» with the one described as its pronoun,
 * before «بأنه/بأنها»; the form without the pronoun, or null.
 */
function describedAsStem(folded: string, after: string): string | null {
  const stem = folded.replace(/(?:ه|ها|هم)$/u, "");
  if (stem === folded || !VERB_FORMS.has(stem) || FORM_LEMMA.get(stem) !== foldArabicWord("وصف")) return null;
  return /^[^.،,:؛]*?[\s\u00A0]بأن(?:ه|ها|هم)?[\s\u00A0]/u.test(after) ? stem : null;
}

/** «قالها», «قالتها», «يقولها»: a form of «قال» with «ها» (the words quoted) as its object; the bare form or null. */
function saidItStem(folded: string): string | null {
  const stem = folded.replace(/ها$/u, "");
  return stem !== folded && VERB_FORMS.has(stem) && FORM_LEMMA.get(stem) === foldArabicWord("قال")
    ? stem
    : null;
}
/** A closing quotation mark and a comma right before `at`. */
export const quoteThenComma = (text: string, from: number, at: number): boolean =>
  commaWithin(text, Math.max(from, at - 6), at) &&
  /[”"»][\s\u00A0]*[،,][\s\u00A0]*$/u.test(text.slice(Math.max(from, at - 6), at));
/** A comma («،» or ",") in text[from, at): the test quoteThenComma's regex cannot pass without (read per word). */
function commaWithin(text: string, from: number, at: number): boolean {
  for (let k = from; k < at; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x060c || c === 0x2c) return true;
  }
  return false;
}
/** «وهو», «وهي», «وهذا»: the pronoun that takes up the writer's figure before «ما». Folded. */
const FIGURE_PRONOUNS = new Set(["وهو", "وهي", "هو", "هي", "وهذا", "هذا", "وذلك"].map(foldArabicWord));
/**
 * «…، وهو ما أرجعته الشركة إلى …», «…، ما عزاه الوزير إلى …»: «ما» (word i-1) takes up the figure before it;
 * not «وأعاد الموظف ما أرجعه المدير إلى الخزينة», where «أرجع» returns a thing.
 */
function writersFigureThenMa(text: string, words: Word[], i: number): boolean {
  const ma = words[i - 1];
  if (ma?.folded !== "ما") return false;
  const before = words[i - 2];
  return !before || FIGURE_PRONOUNS.has(before.folded) || /[،,]/u.test(text.slice(before.end, ma.start));
}

/** The folded verb, participle and passive forms the cue lists know, in one set (a lookup per word). */
const KNOWN_FORMS = new Set([...VERB_FORMS, ...PARTICIPLE_FORMS, ...PASSIVE_FORMS]);
/** A folded verb, participle or passive form the cue lists know. */
const known = (f: string): boolean => KNOWN_FORMS.has(f);
/** «و» or «ف» opens the folded word. */
const andOrSo = (f: string): boolean => f.charCodeAt(0) === 0x648 || f.charCodeAt(0) === 0x641;

/**
 * The form a word is looked up as: without a «و/ف» the word does not keep («وعدّ»), with «ها» of the quoted
 * words («قالها») or a pronoun object («أرجعته», «وصفته … بأنه») taken off.
 */
export function coreOf(
  text: string,
  s: Sentence,
  words: Word[],
  w: Word,
  i: number,
): { core: string; prefixed: boolean; pronounObject: boolean } {
  let core = w.folded;
  let prefixed = false;
  // («وعدّ X أن»: «و» + «عدّ» when «وعد», promised, has no object of its own)
  // (whether core is known, kept as core changes: a stem it changes to is known)
  let knownCore = known(core);
  if (andOrSo(core) && known(core.slice(1)) && (!knownCore || lacksObject(text, s, core, w.end))) {
    core = core.slice(1);
    prefixed = true;
    knownCore = true;
  }
  // «"لن نتراجع"، قالها الرئيس»: «قال» with the quotation as its pronoun object, right after the quotation
  const saidIt = !knownCore && quoteThenComma(text, s.start, w.start) ? saidItStem(core) : null;
  if (saidIt) {
    core = saidIt;
    knownCore = true;
  }
  let objectless: string | null = null;
  if (!knownCore) {
    // («ووصفته الوزارة بأنه …»: the conjunction, the verb and its pronoun)
    const after = text.slice(w.end, Math.min(s.end, w.end + 80));
    const describedUnprefixed = andOrSo(core) ? describedAsStem(core.slice(1), after) : null;
    if (describedUnprefixed) prefixed = true;
    objectless = writersFigureThenMa(text, words, i)
      ? pronounObjectStem(core)
      : (describedUnprefixed ?? describedAsStem(core, after));
  }
  const pronounObject = !!objectless;
  if (objectless) core = objectless;
  return { core, prefixed, pronounObject };
}
