import type { Sentence } from "../text/segment.ts";
import { aliNamesSpeaker } from "./ali.ts";
import { coreOf } from "./cue-core.ts";
import type { Cue } from "./cue-finder.ts";
import { noStatementHere, otherWordHere } from "./cue-other-sense.ts";
import {
  CUE_PARTICLES,
  FORM_GENDER,
  FORM_LEMMA,
  FORM_PARTICLES,
  PASSIVE_FORMS,
  SAYING_ONLY_PARTICIPLES,
  VERB_FORMS,
  VERB_LEADS,
} from "./cues.ts";
import { isParticiple } from "./issuer.ts";
import { onlySpaces, type Word } from "./sentence-words.ts";

/**
 * «وقال وزير المالية الإيطالي لوكا فيري إن …»: a word that reads as ف and an imperfect verb («فيري» ~
 * «فيرى») while the subject of an earlier reporting verb is still open (no punctuation, complementizer or
 * quotation since it) is a word of that subject's name: a verb after its own subject never takes ف and
 * the imperfect («قال الوزير فيرى» is not Arabic; «أما الوزير فيرى أن» has no reporting verb before it).
 */
function nameInOpenSubject(text: string, at: number, folded: string, earlier: readonly Cue[]): boolean {
  if (!/^ف[يت]/u.test(folded)) return false;
  const verb = earlier.findLast((c) => c.kind === "verb");
  if (!verb) return false;
  const between = text.slice(verb.end, at);
  return (
    /[\p{L}\p{M}]/u.test(between) &&
    !/[،,:؛;.!؟"“”«»()\-—–]/u.test(between) &&
    !/(?<![\p{L}\p{M}])(?:إن|أن|ان|بأن|بان)(?![\p{L}\p{M}])/u.test(between)
  );
}

/** Word i of a sentence as a reporting verb or participle: its cue is pushed onto `cues` (the cues before it). */
export function readWordCue(text: string, s: Sentence, words: Word[], cues: Cue[], w: Word, i: number): void {
  const { core, prefixed, pronounObject } = coreOf(text, s, words, w, i);
  const passive = PASSIVE_FORMS.has(core);
  const next = words[i + 1];
  // «مذكرة بأن …» reminds; «مذكرة داخلية», «مذكرات الوزير» are memos
  const kind: Cue["kind"] | null =
    VERB_FORMS.has(core) || passive ? "verb" : isParticiple(core, next?.folded) ? "participle" : null;
  if (!kind) return;
  // the verb itself starts after its one-letter prefix (and any mark on it)
  let verbStart = w.start;
  if (prefixed) {
    verbStart++;
    while (verbStart < w.end && /[\u064B-\u065F\u0670\u0640]/.test(text[verbStart] as string)) verbStart++;
  }
  let start = w.start;
  const prev = words[i - 1];
  // a circumstantial participle follows a comma, و or the verb it goes with («، مشيرا إلى»); after a
  // noun it is a predicate («الحكومة مطالبة بتسريع …»)
  const afterVerb =
    prev !== undefined &&
    (VERB_FORMS.has(prev.folded) || (/^[وف]/u.test(prev.folded) && VERB_FORMS.has(prev.folded.slice(1))));
  // «فردّ الوزير قائلا: …»: قائلا is never a predicate, it goes with the verb across its subject
  const saying = /^قايل(?:ا|ه|ين|تين)$/u.test(core);
  // «ملوحة شط العرب تعود»: a feminine form opening the sentence is a noun; no clause before it has a speaker
  if (kind === "participle" && !prefixed && !prev && /ه$/u.test(core)) return;
  if (kind === "participle" && !prefixed && prev && !afterVerb && !saying) {
    let k = w.start - 1;
    while (k > s.start && /[\s\u00A0\u200E\u200F]/.test(text[k] as string)) k--;
    if (k > s.start && !/[،,:؛;.!؟"”»)\-—–]/.test(text[k] as string)) return;
  }
  if (kind === "verb" && prev && VERB_LEADS.has(prev.folded) && onlySpaces(text, prev.end, w.start))
    start = prev.start;
  // «وقال طالب يدرس …»: right after a reporting verb its subject follows, not a second verb («طالب» is a
  // student there, not «demanded»)
  if (kind === "verb" && !prefixed && prev && afterVerb && onlySpaces(text, prev.end, w.start)) return;
  if (kind === "verb" && prefixed && nameInOpenSubject(text, w.start, w.folded, cues)) return;
  const r = { w, prev, next, core, kind, prefixed, start };
  if (otherWordHere(text, s, r)) return;
  if (SAYING_ONLY_PARTICIPLES.has(core)) {
    if (next?.folded !== "بالقول" || !onlySpaces(text, w.end, next.start)) return;
    cues.push({ kind, start, end: next.end, verbStart: next.start, gender: FORM_GENDER.get(core) ?? null });
    return;
  }
  if (noStatementHere(text, s, r)) return;
  const lemma = FORM_LEMMA.get(core) ?? null;
  let end = w.end;
  const takes = FORM_PARTICLES.get(core);

  if (
    next &&
    CUE_PARTICLES.has(next.folded) &&
    (!takes || takes.has(next.folded)) &&
    onlySpaces(text, w.end, next.start) &&
    !aliNamesSpeaker(text, next.start, s.end, true)
  )
    end = next.end;
  cues.push({
    kind,
    start,
    end,
    verbStart,
    gender: FORM_GENDER.get(core) ?? null,
    lemma,
    passive,
    ...(pronounObject ? { pronounObject } : {}),
  });
}
