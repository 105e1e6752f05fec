import { type ArticleView, type Draft, newDraft, trimSpan } from "../draft.ts";
import { foldForCompare } from "../text/chars.ts";
import { quoteAt } from "../text/quotes.ts";
import type { Sentence } from "../text/segment.ts";
import { type Token, tokensForward } from "../text/tokens.ts";
import {
  AR_NOMINAL_CUE,
  CUE_PARTICLES,
  FORM_GENDER,
  foldArabicWord,
  PARTICIPLE_FORMS,
  VERB_FORMS,
  VERB_LEADS,
} from "./cues.ts";
import {
  ADJUNCT_STARTS,
  AFTER_QUOTE_BREAKERS,
  CONTENT_BREAKERS,
  foldWord,
  OWN_WORDS_MARKER,
  SCENE_SENTENCE,
} from "./lexicon.ts";
import { isComplementizer, readPluperfectSubject, readSubject, type SpanPair } from "./subject.ts";

interface Cue {
  kind: "verb" | "participle" | "nominal";
  start: number;
  /** End of the cue words (verb and particle). */
  end: number;
  /** Start of the verb itself (after و/ف/كما). */
  verbStart: number;
  gender?: "m" | "f" | null;
}

const RELAYED =
  /^[\s\u00A0،,]*عن[\s\u00A0]+(?<who>[^،,.:«“"]{2,80}?)[\s\u00A0]+(?:قوله|قولها|قولهم|تأكيده|تأكيدها|تصريحه|تصريحها)[\s\u00A0]*(?:(?:إن|إنه|إنها|إنهم|أن|بأن)(?=[\s\u00A0«“"])|:)?[\s\u00A0]*/u;

/** Particles a reporting verb takes before its content: «حذّر من أن», «أشار إلى أن». */
const PARTICLES = new Set(["الي", "علي", "عن", "من", "ب"]);
const OPEN_QUOTE = /["“«„‘']/;
const COMMAS = new Set(["،", ",", "؛", ";"]);

const WORD = /[\p{L}\p{M}]+/gu;
const onlySpaces = (text: string, from: number, to: number): boolean =>
  /^[\s\u00A0\u200E\u200F]*$/.test(text.slice(from, to));

/** Reporting verbs, participles and nominal cues of a sentence, found by word lookup. */
function cuesIn(text: string, s: Sentence): Cue[] {
  const slice = text.slice(s.start, s.end);
  const words: { start: number; end: number; folded: string }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    words.push({
      start: s.start + m.index,
      end: s.start + m.index + m[0].length,
      folded: foldArabicWord(m[0]),
    });
  }
  const cues: Cue[] = [];
  words.forEach((w, i) => {
    let core = w.folded;
    let prefixed = false;
    const known = (f: string): boolean => VERB_FORMS.has(f) || PARTICIPLE_FORMS.has(f);
    if (!known(core) && /^[وف]/.test(core) && known(core.slice(1))) {
      core = core.slice(1);
      prefixed = true;
    }
    const kind: Cue["kind"] | null = VERB_FORMS.has(core)
      ? "verb"
      : PARTICIPLE_FORMS.has(core)
        ? "participle"
        : null;
    if (!kind) return;
    // the verb itself starts after its one-letter prefix (and any mark on it)
    let verbStart = w.start;
    if (prefixed) {
      verbStart++;
      while (verbStart < w.end && /[\u064B-\u065F\u0670\u0640]/.test(text[verbStart] as string)) verbStart++;
    }
    let start = w.start;
    const prev = words[i - 1];
    if (kind === "verb" && prev && VERB_LEADS.has(prev.folded) && onlySpaces(text, prev.end, w.start))
      start = prev.start;
    let end = w.end;
    const next = words[i + 1];
    if (next && CUE_PARTICLES.has(next.folded) && onlySpaces(text, w.end, next.start)) end = next.end;
    cues.push({ kind, start, end, verbStart, gender: FORM_GENDER.get(core) ?? null });
  });
  AR_NOMINAL_CUE.lastIndex = 0;
  for (let m = AR_NOMINAL_CUE.exec(slice); m; m = AR_NOMINAL_CUE.exec(slice)) {
    const start = s.start + m.index;
    cues.push({ kind: "nominal", start, end: start + m[0].length, verbStart: start, gender: null });
  }
  cues.sort((a, b) => a.start - b.start);
  return cues;
}

/** The subject standing before a verb at the start of its clause, ending right before the verb. */
function frontedSubject(text: string, s: Sentence, cue: Cue, knownNames: Set<string>): SpanPair | null {
  let k = cue.start - 1;
  while (k > s.start && !/[،,:؛;.!؟\-—–]/.test(text[k - 1] as string)) k--;
  if (cue.start - k > 120) return null;
  while (k < cue.start && /[\s\u00A0\u200E\u200F]/.test(text[k] as string)) k++;
  const subject = readSubject(text, k, cue.start, knownNames);
  if (!subject || !/^[\s\u00A0]*$/.test(text.slice(subject.end, cue.start))) return null;
  return subject;
}

/** A verb starts a clause: after punctuation or the sentence start, or carries و/ف/كما/قد. */
function clauseInitial(text: string, s: Sentence, cue: Cue): boolean {
  if (cue.verbStart > cue.start) return true;
  let k = cue.start - 1;
  while (k >= s.start && /[\s\u00A0\u200E\u200F]/.test(text[k] as string)) k--;
  return k < s.start || /[،,:؛;.!؟("«“\-—–]/.test(text[k] as string);
}

const adjunctGap = (gap: Token[]): boolean => {
  const first = gap[0];
  if (!first) return true;
  if (!first.word) return first.text === "،" || first.text === ",";
  const f = foldWord(first.text);
  return ADJUNCT_STARTS.has(f) || PARTICLES.has(foldForCompare(first.text)) || /^ل/u.test(first.text);
};

/** Where the reported content begins after the cue and subject, and whether it opens with إن/أن or «:». */
function contentStart(view: ArticleView, from: number, limit: number): { start: number; clausal: boolean } {
  const { text } = view;
  const toks = tokensForward(text, from, limit, 12);
  for (let i = 0; i < Math.min(toks.length, 10); i++) {
    const t = toks[i] as Token;
    if (t.text === "." || t.text === "؟") break;
    if (OPEN_QUOTE.test(t.text) && i === 0) return { start: t.start, clausal: true };
    const complementizer = isComplementizer(text, t);
    if ((complementizer || t.text === ":") && adjunctGap(toks.slice(0, i))) {
      return { start: t.end, clausal: true };
    }
    if (t.word && i > 0 && !adjunctGap(toks.slice(0, i))) break;
  }
  // skip short parentheticals after the subject: «، الثلاثاء،»
  let p = from;
  for (let round = 0; round < 2; round++) {
    const seg = tokensForward(text, p, limit, 13);
    if (!seg[0] || !COMMAS.has(seg[0].text)) break;
    const close = seg.findIndex((t, i) => i > 0 && COMMAS.has(t.text));
    if (close < 0 || close > 10 || !adjunctGap(seg.slice(1, close))) break;
    p = (seg[close] as Token).end;
  }
  // «حذر من كارثة», «أعلنت في 3 أكتوبر عن حزمة»: a particle (after a short adjunct) opens the object
  const ahead = tokensForward(text, p, limit, 8);
  const particle = ahead.findIndex(
    (t, i) => PARTICLES.has(foldForCompare(t.text)) && (i === 0 || adjunctGap(ahead.slice(0, i))),
  );
  if (particle >= 0 && particle < 7 && ahead[particle + 1]?.word) p = (ahead[particle] as Token).end;
  return { start: p, clausal: false };
}

/** The quotation ending (with a comma) right before a cue whose clause ends after the speaker. */
function quoteClosingBefore(
  view: ArticleView,
  s: Sentence,
  cueStart: number,
  afterSubject: number,
): [number, number] | null {
  const { text, quotes } = view;
  if (!/^[\s\u00A0]*[.!؟?]?[\s\u00A0]*$/.test(text.slice(afterSubject, s.end))) return null;
  const before = text.slice(Math.max(0, cueStart - 4), cueStart);
  const m = /[”"»’][\s\u00A0]*[،,][\s\u00A0]*$/.exec(before);
  if (!m) return null;
  const q = quoteAt(quotes, cueStart - 4 + m.index);
  return q ? [q.start, q.end] : null;
}

/** Where the content stops: the next participle cue, the writer's own words after a comma, a quote's end. */
function contentEnd(
  view: ArticleView,
  s: Sentence,
  start: number,
  clausal: boolean,
  stops: number[],
): number {
  const { text, quotes } = view;
  let limit = s.end;
  for (const stop of stops) if (stop > start && stop < limit && !quoteAt(quotes, stop)) limit = stop;
  const startsQuoted = quoteAt(quotes, start);
  if (startsQuoted && startsQuoted.start === start) {
    const after = text.slice(startsQuoted.end, startsQuoted.end + 3);
    if (startsQuoted.end >= limit || /^\s*[،,.؛;]/.test(after) || startsQuoted.end >= s.end)
      return startsQuoted.end;
  }
  for (let i = start; i < limit; i++) {
    const q = quoteAt(quotes, i);
    if (q && q.start === i) {
      if (q.end > limit && q.closed) limit = q.end;
      i = q.end - 1;
      const next = /^[\s\u00A0]+([\p{L}\p{M}]+)/u.exec(text.slice(q.end, q.end + 20));
      if (next && AFTER_QUOTE_BREAKERS.has(foldWord(next[1] as string))) return q.end;
      continue;
    }
    const ch = text[i] as string;
    if (!COMMAS.has(ch)) continue;
    if (!clausal) return i;
    const following = foldForCompare(text.slice(i + 1, i + 24));
    if (CONTENT_BREAKERS.some((b) => following.startsWith(b))) return i;
  }
  return limit;
}

/** Claims of one Arabic article in text order, before speakers and dates are resolved. */
export function arabicDrafts(view: ArticleView): Draft[] {
  const { text, sentences } = view;
  const drafts: Draft[] = [];
  const knownNames = new Set<string>();
  for (const s of sentences) {
    const head = foldForCompare(text.slice(s.start, Math.min(s.end, s.start + 40)));
    const scene = SCENE_SENTENCE.test(head);
    // SVO order («الرئيس الفلسطيني محمود عباس قال إن …»): the subject opens the clause before the verb
    const fronted = new Map<Cue, SpanPair>();
    const cues = cuesIn(text, s).filter((c) => {
      if (c.kind !== "verb" || clauseInitial(text, s, c)) return true;
      const subject = frontedSubject(text, s, c, knownNames);
      if (subject) fronted.set(c, subject);
      return subject !== null;
    });
    const stops = cues.filter((c) => c.kind !== "nominal").map((c) => c.start);
    const sentenceDrafts: Draft[] = [];
    for (const cue of cues) {
      if (cue.kind === "nominal") continue;
      const d = newDraft({ cueStart: cue.verbStart, cueEnd: cue.end, frameStart: s.start });
      d.gender = cue.gender ?? null;
      let after = cue.end;
      if (cue.kind === "verb") {
        const pre = fronted.get(cue) ?? null;
        const plu = pre ? null : readPluperfectSubject(text, s.start, cue.start);
        const subject = pre ?? plu ?? readSubject(text, cue.end, s.end, knownNames);
        if (plu) {
          d.backgrounded = true;
          d.rules.push("ar.pluperfect");
        }
        if (pre) d.rules.push("ar.subject-before-verb");
        if (subject) {
          d.mentionStart = subject.start;
          d.mentionEnd = subject.end;
          if (!plu && !pre) after = subject.end;
          for (const w of text.slice(subject.start, subject.end).split(/\s+/)) {
            const f = foldWord(w);
            if (f.length > 1) knownNames.add(f);
          }
          d.rules.push("ar.verb+subject");
        } else {
          d.inherits = true;
          d.rules.push("ar.verb,implicit-subject");
        }
      } else {
        d.inherits = true;
        d.rules.push("ar.participle");
      }
      // «ونقلت وكالة رويترز عن مسؤول إسرائيلي قوله إن …»: the speaker is the one quoted, not the agency
      const relayed =
        cue.kind === "verb" ? RELAYED.exec(text.slice(after, Math.min(s.end, after + 160))) : null;
      if (relayed?.groups?.who) {
        const whoStart = after + relayed[0].indexOf(relayed.groups.who, relayed[0].indexOf("عن") + 2);
        d.mentionStart = whoStart;
        d.mentionEnd = whoStart + relayed.groups.who.length;
        d.inherits = false;
        d.rules.push("ar.relayed");
        after += relayed[0].length;
      }
      const { start, clausal } = relayed ? { start: after, clausal: true } : contentStart(view, after, s.end);
      // «“لن نتراجع”، قال الوزير.»: the speaker closes the sentence, the quotation before it is the content
      const quotedBefore =
        cue.kind === "verb" && d.mentionStart >= 0 ? quoteClosingBefore(view, s, cue.start, start) : null;
      const end = quotedBefore ? quotedBefore[1] : contentEnd(view, s, start, clausal, stops);
      const span = quotedBefore ?? trimSpan(text, start, end);
      if (quotedBefore) d.rules.push("ar.quote-then-speaker");
      if (!span || span[1] - span[0] < 3) continue;
      d.contentStart = span[0];
      d.contentEnd = span[1];
      d.frameEnd = Math.max(d.cueEnd, span[0]);
      if (!d.inherits && d.mentionEnd > d.frameEnd) d.frameEnd = d.mentionEnd;
      if (!quotedBefore) d.rules.push(clausal ? "ar.content:clause" : "ar.content:object");
      sentenceDrafts.push(d);
    }
    if (!sentenceDrafts.length && !scene) {
      const nominal = cues.find((c) => c.kind === "nominal");
      const d = nominal && nominalDraft(view, s, nominal);
      if (d) sentenceDrafts.push(d);
    }
    drafts.push(...sentenceDrafts);
  }
  return drafts;
}

/** «وبحسب المصدر، …» or «…، وفق المصدر»: the source follows the cue, the content is the rest. */
function nominalDraft(view: ArticleView, s: Sentence, cue: Cue): Draft | null {
  const { text } = view;
  const afterCue = foldForCompare(text.slice(cue.end, cue.end + 16));
  if (OWN_WORDS_MARKER.test(afterCue)) return null;
  const toks = tokensForward(text, cue.end, s.end, 10);
  const comma = toks.findIndex((t) => COMMAS.has(t.text));
  const sourceEnd =
    comma > 0 ? (toks[comma - 1] as Token).end : (toks[Math.min(toks.length, 6) - 1]?.end ?? cue.end);
  const source = trimSpan(text, cue.end, sourceEnd);
  if (!source) return null;
  const d = newDraft({
    cueStart: cue.verbStart,
    cueEnd: cue.end,
    mentionStart: source[0],
    mentionEnd: source[1],
  });
  const before = trimSpan(text, s.start, cue.start);
  let content: [number, number] | null;
  if (before && before[1] - before[0] > 15) content = before;
  else if (comma > 0) content = trimSpan(text, (toks[comma] as Token).end, s.end);
  else return null;
  if (!content) return null;
  // «وبحسب الصحيفة، فإن الجيش …»: the complementizer is not part of the content
  const lead = /^(?:ف?[إأا]ن(?:ه|ها|هم)?)[\s\u00A0]+/u.exec(text.slice(content[0], content[0] + 8));
  if (lead) content = trimSpan(text, content[0] + lead[0].length, content[1]);
  if (!content) return null;
  [d.contentStart, d.contentEnd] = content;
  d.frameStart = s.start;
  d.frameEnd = s.end;
  d.rules.push("ar.nominal");
  return d;
}
