import { type ArticleView, type Draft, newDraft, trimSpan } from "../draft.ts";
import { foldForCompare } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import { type Token, tokensForward } from "../text/tokens.ts";
import {
  ASIDE_OPENERS,
  COMMAS,
  clauseInitial,
  contentEnd,
  contentStart,
  nameOnly,
  OPEN_QUOTE,
  opensContent,
  quoteClosingBefore,
} from "./content.ts";
import {
  AR_NOMINAL_CUE,
  CLAUSAL_ONLY,
  CONTINUATION_VERBS,
  CUE_PARTICLES,
  FORM_GENDER,
  FORM_LEMMA,
  FORM_PARTICLES,
  foldArabicWord,
  HEARER_VERBS,
  PARTICIPLE_FORMS,
  PASSIVE_FORMS,
  VERB_FORMS,
  VERB_LEADS,
} from "./cues.ts";
import {
  ADJUNCT_STARTS,
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  ORG_TITLES,
  OWN_WORDS_MARKER,
  PERIOD_NOUNS,
  PERSON_TITLES,
  SCENE_SENTENCE,
  SOURCE_NOUNS,
  STATEMENT_NOUNS,
  TIME_WORDS,
} from "./lexicon.ts";

import { titleHead } from "./phrase.ts";
import { readPluperfectSubject, readSubject, type SpanPair } from "./subject.ts";

export interface Cue {
  kind: "verb" | "participle" | "nominal";
  start: number;
  /** End of the cue words (verb and particle). */
  end: number;
  /** Start of the verb itself (after و/ف/كما). */
  verbStart: number;
  gender?: "m" | "f" | null;
  /** The verb's lemma (folded perfect), null for participles and nominal cues. */
  lemma?: string | null;
  /** A passive form («أفيد»): the statement has no speaker. */
  passive?: boolean;
}

const RELAYED =
  /^[\s\u00A0،,]*عن[\s\u00A0]+(?<who>[^،,.:«“"]{2,80}?)[\s\u00A0]+(?<noun>قولهم|قولها|قوله|تأكيدهم|تأكيدها|تأكيده|تصريحها|تصريحه|شكواهم|شكواها|شكواه|تحذيرهم|تحذيرها|تحذيره|مطالبتهم|مطالبتها|مطالبته|نفيها|نفيه)(?![\p{L}\p{M}])(?:[\s\u00A0]+(?:أمس|اليوم|يوم|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)){0,2}[\s\u00A0]*(?:(?:إن|إنه|إنها|إنهم|أن|بأن)(?=[\s\u00A0«“"])|:|(?:من|إلى)(?=[\s\u00A0]))?[\s\u00A0]*/u;

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
    const known = (f: string): boolean =>
      VERB_FORMS.has(f) || PARTICIPLE_FORMS.has(f) || PASSIVE_FORMS.has(f);
    if (!known(core) && /^[وف]/.test(core) && known(core.slice(1))) {
      core = core.slice(1);
      prefixed = true;
    }
    const passive = PASSIVE_FORMS.has(core);
    const kind: Cue["kind"] | null =
      VERB_FORMS.has(core) || passive ? "verb" : PARTICIPLE_FORMS.has(core) ? "participle" : null;
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
    if (kind === "participle" && !prefixed && prev && !afterVerb && !saying) {
      let k = w.start - 1;
      while (k > s.start && /[\s\u00A0\u200E\u200F]/.test(text[k] as string)) k--;
      if (k > s.start && !/[،,:؛;.!؟"”»)\-—–]/.test(text[k] as string)) return;
    }
    if (kind === "verb" && prev && VERB_LEADS.has(prev.folded) && onlySpaces(text, prev.end, w.start))
      start = prev.start;
    let end = w.end;
    const next = words[i + 1];
    // «، ويدعى فؤاد،»: the apposition that names a person, not «ادّعى»
    if (
      (core === "يدعي" || core === "تدعي") &&
      /^[\s\u00A0]*[^\s\u00A0،,]+(?:[\s\u00A0]+[^\s\u00A0،,]+){0,2}[\s\u00A0]*[،,]/u.test(
        text.slice(w.end),
      ) &&
      /[،,][\s\u00A0]*$/u.test(text.slice(Math.max(s.start, w.start - 3), w.start))
    )
      return;
    // «يذكر أن …», «ويذكر أن …»: the writer's background, not a statement
    if (core === "يذكر" && next && /^[اأ]ن/u.test(next.folded)) return;
    // «قد يهدد نموها», «تهدد حياة المدنيين»: something threatens a thing, no one threatens to do it
    if (/^[يت]هدد(?:ون|ان)?$/u.test(core) && next && !/^(?:ب|ال|[اإأ]ن)/u.test(next.folded)) return;
    const takes = FORM_PARTICLES.get(core);

    if (
      next &&
      CUE_PARTICLES.has(next.folded) &&
      (!takes || takes.has(next.folded)) &&
      onlySpaces(text, w.end, next.start)
    )
      end = next.end;
    cues.push({
      kind,
      start,
      end,
      verbStart,
      gender: FORM_GENDER.get(core) ?? null,
      lemma: FORM_LEMMA.get(core) ?? null,
      passive,
    });
  });
  AR_NOMINAL_CUE.lastIndex = 0;
  for (let m = AR_NOMINAL_CUE.exec(slice); m; m = AR_NOMINAL_CUE.exec(slice)) {
    const start = s.start + m.index;
    cues.push({ kind: "nominal", start, end: start + m[0].length, verbStart: start, gender: null });
  }
  cues.sort((a, b) => a.start - b.start);
  return cues;
}

/** «وصف X بأنه …»: the described thing and its description are the content, with its «بأن». */
const DESCRIBE = foldArabicWord("وصف");
const REPLY = foldArabicWord("رد");

/** The subject of a sentence opened by «و/ف» + verb, when it is a title, an institution or a known name. */
function openingSubject(text: string, s: Sentence, cue: Cue, knownNames: Set<string>): SpanPair | null {
  let from = s.start;
  // a dateline («الدوحة - قنا:») or «كما» before the verb
  const lead =
    /^(?:[^،.:\n]{2,30}?[\s\u00A0]+[-–—][\s\u00A0]+(?:[^،.:\s]{2,12}[\s\u00A0]*:[\s\u00A0]*)?|كما[\s\u00A0]+|ثم[\s\u00A0]+)/u.exec(
      text.slice(s.start, cue.start),
    );
  if (lead) from += lead[0].length;

  // «وفي بيان صدر مساء اليوم، أشادت الهيئة …»: past an opening adjunct
  const opening = /^[وف]?(?:في|على|من|خلال|بعد|عقب)[\s\u00A0][^،,.]{1,60}[،,][\s\u00A0]*/u.exec(
    text.slice(from, cue.start),
  );
  if (opening) from += opening[0].length;
  const [verb] = tokensForward(text, from, cue.start, 1);
  if (!verb?.word || (!opening && !lead && !/^[وف]/u.test(verb.text)) || verb.text.length < 3) return null;
  // «وكان الديوان قد أعلن …، في خطوة قال إنها …»: كان and its subject
  const kana = /^[وف]?كان(?:ت)?$/u.test(foldArabicWord(verb.text));
  const rest = foldWord(verb.text.slice(1));
  if (!kana && (FUNCTION_WORDS.has(rest) || ADJUNCT_STARTS.has(rest))) return null;
  const span = readSubject(text, verb.end, cue.start, knownNames);
  if (!span) return null;
  const first = text.slice(span.start, span.end).split(/[\s\u00A0]+/)[0] ?? "";
  const head = titleHead(first);
  return PERSON_TITLES.has(head) || ORG_TITLES.has(head) || knownNames.has(foldWord(first)) ? span : null;
}

/** A definite noun that is neither a title, an institution nor a name met before («التقارير المتداولة»). */

function plainNoun(text: string, subject: SpanPair, knownNames: Set<string>): boolean {
  const first = text.slice(subject.start, subject.end).split(/[\s\u00A0]+/)[0] ?? "";
  const head = titleHead(first);
  // documents («التقارير المتداولة») are what is described, not who describes
  const document = SOURCE_NOUNS.has(foldWord(first));
  return (
    hasArticle(first) &&
    (document || (!PERSON_TITLES.has(head) && !ORG_TITLES.has(head))) &&
    !knownNames.has(foldWord(first))
  );
}

/** «لكنه أقر», «إلا أنه أكد»: a pronoun on a contrastive particle is the verb's subject. */
const PRONOUN_LEAD = /^(?:و?لكن|(?:إلا|الا|غير)[\s\u00A0]+[أا]ن)(?:ه|ها|هم|هما)$/u;
/** «وأنها تتابع …»: a second أن-clause of the content before, not a new statement. */
const COMPLEMENT_LEAD = /^[وف]?[أإا]ن(?:ه|ها|هم|هما)?(?=[\s\u00A0]|$)/u;
/** «لكن مصدرا في النقابة أفاد»: a contrastive particle before the subject. */
const CONTRAST_LEAD = /^(?:و?لكن|(?:بيد|غير|إلا)[\s\u00A0]+أن)[\s\u00A0]+/u;

/**
 * The subject standing before a verb at the start of its clause, ending right before the verb; or a
 * pronoun subject («لكنه أقر»), which leaves the speaker to the claim before.
 */
function frontedSubject(
  text: string,
  s: Sentence,
  cue: Cue,
  knownNames: Set<string>,
): { span: SpanPair | null; pronoun: boolean } {
  const none = { span: null, pronoun: false };
  let k = cue.start - 1;
  while (k > s.start && !/[،,:؛;.!؟\-—–]/.test(text[k - 1] as string)) k--;
  if (cue.start - k > 120) return none;
  while (k < cue.start && /[\s\u00A0\u200E\u200F]/.test(text[k] as string)) k++;
  const lead = text.slice(k, cue.start).trim();
  if (PRONOUN_LEAD.test(lead)) return { span: null, pronoun: true };
  if (COMPLEMENT_LEAD.test(lead)) return none;
  const contrast = CONTRAST_LEAD.exec(text.slice(k, cue.start));
  if (contrast) k += contrast[0].length;
  const subject = readSubject(text, k, cue.start, knownNames);
  if (!subject) return none;
  if (!/^[\s\u00A0]*$/.test(text.slice(subject.end, cue.start))) {
    // «لكن جمعيات أهلية تعمل في مجال الصحة النفسية اعتبرت …»: a body with its relative clause
    const rest = text.slice(subject.end, cue.start);
    const head = titleHead(text.slice(subject.start, subject.end).split(/[\s\u00A0]+/)[0] ?? "");
    const words = rest.trim().split(/[\s\u00A0]+/).length;
    if (!ORG_TITLES.has(head) && !PERSON_TITLES.has(head)) return none;
    if (words > 8 || /[،,:«»“”"()]/u.test(rest)) return none;
    return {
      span: { start: subject.start, end: cue.start - (rest.length - rest.trimEnd().length) },
      pronoun: false,
    };
  }
  return { span: subject, pronoun: false };
}

/**
 * «أما الجمعية، فقد أصدرت بيانا طالبت فيه بتأجيل …», «وأصدرت الوزارة بيانا قالت فيه إن …»: a verb inside
 * a relative clause on a statement («فيه») has the subject of the clause that issued the statement.
 */
function statementOwner(
  text: string,
  s: Sentence,
  cue: Cue,
  knownNames: Set<string>,
): { span: SpanPair; from: number } | null {
  const before = text.slice(s.start, cue.start);
  // «…، في خطوة قال إنها تهدف …»: a clause on the statement's occasion has the sentence's subject
  if (/(?:^|[\s\u00A0،,])في[\s\u00A0]+(?:خطوة|قرار|إجراء|بيان|تصريح|رسالة)[\s\u00A0]*$/u.test(before)) {
    const span = openingSubject(text, s, cue, knownNames);
    return span ? { span, from: cue.end } : null;
  }
  const fi = /^[\s\u00A0]+(?:فيه|فيها)(?![\p{L}\p{M}])/u.exec(text.slice(cue.end, cue.end + 8));
  if (!fi) return null;
  const from = cue.end + fi[0].length;
  const topic = /(?:^|[،,:][\s\u00A0]*)أما[\s\u00A0]+([^،,.:]{2,90}?)[\s\u00A0]*[،,]/u.exec(before);
  if (topic?.[1]) {
    const start = s.start + topic.index + topic[0].indexOf(topic[1], topic[0].indexOf("أما") + 3);
    return { span: { start, end: start + topic[1].length }, from };
  }
  const issued = /(?:^|[\s\u00A0])[وف]?(?:أصدر|أصدرت|أصدروا|نشر|نشرت|وزع|وزعت)[\s\u00A0]+/u.exec(before);
  const span = issued
    ? readSubject(text, s.start + issued.index + issued[0].length, cue.start, knownNames)
    : // «ورحب الأمين العام بالاتفاق في تغريدة، كتب فيها أن …»: the sentence's subject
      openingSubject(text, s, cue, knownNames);
  return span ? { span, from } : null;
}

/** «أما رئيس البلدية، فاعتبر …»: the topic before «، ف» is the subject of the verb. */
function topicSubject(text: string, s: Sentence, cue: Cue): SpanPair | null {
  if (cue.verbStart === cue.start || text[cue.start] !== "ف") return null;
  const before = text.slice(s.start, cue.start);
  // an aside may follow the topic: «أما مدير أحد المحلات، الذي طلب عدم ذكر اسمه، فقال …»
  const m =
    /(?:^|[،,:][\s\u00A0]*)أما[\s\u00A0]+([^،,.:]{2,90}?)[\s\u00A0]*[،,](?:[^،,.:]{2,80}[،,])?[\s\u00A0]*$/u.exec(
      before,
    );
  if (!m?.[1]) return null;
  const start = s.start + m.index + m[0].indexOf(m[1], m[0].indexOf("أما") + 3);
  return { start, end: start + m[1].length };
}

/** «يدعى X», «ويدعى X»: the apposition that gives a person's name. */
const CALLED = new Set(["يدعي", "تدعي", "ويدعي", "وتدعي", "اسمه", "واسمه"]);

/**
 * The apposition after a subject, between commas, that belongs to the mention: the name of a bare title
 * («المتحدث باسم الهيئة، أحمد فؤاد،») or the title of a name («طارق الشناوي، رئيس الهيئة …،»), also after
 * a short «في المنطقة» («منسقة الشؤون الإنسانية في المنطقة، ماري دياكيتي،»). Returns the mention's new end.
 */
function appositionEnd(text: string, subject: SpanPair, limit: number): number | null {
  const toks = tokensForward(text, subject.end, limit, 24);
  let i = 0;
  const words = text.slice(subject.start, subject.end).split(/[\s\u00A0]+/);
  const titled = PERSON_TITLES.has(titleHead(words[0] ?? ""));
  if (titled && toks[0]?.word && ["في", "إلى", "لدى", "عن"].includes(toks[0].text)) {
    i = 1;
    // «في المنطقة», «في حلب»
    while (i < 4 && toks[i]?.word && !FUNCTION_WORDS.has(foldWord((toks[i] as Token).text))) i++;
    if (i === 1) return null;
  } else if (titled && toks[0]?.word && /^ب/u.test(toks[0].text) && toks[1] && COMMAS.has(toks[1].text))
    i = 1;
  if (!toks[i] || !COMMAS.has((toks[i] as Token).text)) return null;
  const from = i + 1;
  let close = from;
  while (close < toks.length && close < from + 12 && !COMMAS.has((toks[close] as Token).text)) close++;
  if (close === from || !toks[close] || !COMMAS.has((toks[close] as Token).text)) return null;
  const inner = toks.slice(from, close);
  if (inner.some((t) => !t.word && !/^["«»“”]$/u.test(t.text))) return null;
  const first = foldArabicWord((inner[0] as Token).text);
  const nationality = (inner[0] as Token).text;
  const appositive =
    nameOnly(inner) ||
    // «مدرب الساحل، البرتغالي جواو فيريرا،» (not a relative clause «، الذي فضل عدم ذكر اسمه،»)
    (hasArticle(nationality) &&
      /(?:ي|ية)$/u.test(nationality) &&
      !ASIDE_OPENERS.has(foldArabicWord(nationality)) &&
      nameOnly(inner.slice(1))) ||
    PERSON_TITLES.has(titleHead((inner[0] as Token).text)) ||
    first === "احد" ||
    first === "احدي" ||
    first === "وهو" ||
    first === "وهي" ||
    // «فلاح من منطقة الجم، يدعى عبد الستار،»
    CALLED.has(first);
  return appositive ? (inner[inner.length - 1] as Token).end : null;
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
    const pronounLed = new Set<Cue>();
    const owned = new Map<Cue, { span: SpanPair; from: number }>();
    const cues = cuesIn(text, s).filter((c) => {
      if (c.kind !== "verb") return true;
      // «طالبت فيه», «كتب فيها»: a verb in a clause on a statement
      const owner = statementOwner(text, s, c, knownNames);
      if (owner) owned.set(c, owner);
      if (owner || clauseInitial(text, s, c)) return true;
      const { span, pronoun } = frontedSubject(text, s, c, knownNames);
      if (span) fronted.set(c, span);
      if (pronoun) pronounLed.add(c);
      return span !== null || pronoun;
    });
    const stops = cues.filter((c) => c.kind !== "nominal").map((c) => c.start);
    const sentenceDrafts: Draft[] = [];
    for (const cue of cues) {
      if (cue.kind === "nominal") continue;
      const d = newDraft({ cueStart: cue.verbStart, cueEnd: cue.end, frameStart: s.start });
      d.gender = cue.gender ?? null;
      let after = cue.end;
      const nextStop = stops.find((x) => x > cue.start) ?? s.end;
      if (cue.passive) {
        d.passive = true;
        d.rules.push("ar.passive");
      } else if (pronounLed.has(cue)) {
        d.inherits = true;
        d.rules.push("ar.pronoun-subject");
      } else if (cue.kind === "verb") {
        const owner = owned.get(cue);
        const pre = fronted.get(cue) ?? owner?.span ?? topicSubject(text, s, cue);
        if (owner) after = owner.from;
        // «وكان X قد أعلن»: only a verb after «قد» tells a pluperfect («…، بعد أن كشفت …» does not)
        const qad = /قد/u.test(text.slice(cue.start, cue.verbStart));
        const plu = pre || !qad ? null : readPluperfectSubject(text, s.start, cue.start);
        let subject = pre ?? plu ?? readSubject(text, cue.end, nextStop, knownNames);
        if (plu) {
          d.backgrounded = true;
          d.rules.push("ar.pluperfect");
        }
        if (pre) d.rules.push("ar.subject-before-verb");
        // «نفت الهيئة …، ووصفت التقارير المتداولة بأنها …»: a verb joined by و to a statement of the same
        // sentence keeps its subject; a plain definite noun after it is the object, not a new speaker
        if (
          subject &&
          !pre &&
          !plu &&
          sentenceDrafts.length > 0 &&
          text[cue.start] === "و" &&
          cue.verbStart > cue.start &&
          plainNoun(text, subject, knownNames) &&
          (cue.lemma === DESCRIBE || !contentStart(view, subject.end, nextStop).clausal)
        ) {
          subject = null;
          d.rules.push("ar.coordinated-verb");
        }
        if (subject && !pre && !plu) {
          const appositionTo = appositionEnd(text, subject, nextStop);
          if (appositionTo !== null) {
            subject = { start: subject.start, end: appositionTo };
            d.rules.push("ar.apposition");
          }
        }
        if (subject) {
          d.mentionStart = subject.start;
          d.mentionEnd = subject.end;
          if (!plu && !pre) after = subject.end;
          for (const w of text.slice(subject.start, subject.end).split(/[\s\u00A0،,]+/)) {
            const f = foldWord(w);
            if (f.length > 1 && !FUNCTION_WORDS.has(f)) knownNames.add(f);
          }
          d.rules.push("ar.verb+subject");
          // «وتابع العميد فادي نصر الله …» after «أعلن المتحدث باسم الوزارة …»: the same speaker, now named
          if (cue.lemma && CONTINUATION_VERBS.has(cue.lemma) && !pre && !plu) d.continues = true;
        } else {
          d.inherits = true;
          d.rules.push("ar.verb,implicit-subject");
        }
      } else {
        d.inherits = true;
        d.rules.push("ar.participle");
        // «وكان الوزير قد أعلن …، مبينا أن …»: the participle is told in the same background
        if (sentenceDrafts.some((x) => x.backgrounded)) d.backgrounded = true;
        // «وأشاد الشمراني بأداء حارسه، قائلا إن …», «وردت لجنة الحكام على …، مؤكدة أن …»: after a verb
        // that reports nothing, the participle still has that verb's subject
        const hint = sentenceDrafts.length || scene ? null : openingSubject(text, s, cue, knownNames);
        if (hint) {
          d.hint = hint;
          d.rules.push("ar.participle+opening-subject");
        }
      }

      // «ونقلت وكالة رويترز عن مسؤول إسرائيلي قوله إن …»: the speaker is the one quoted, not the agency
      const relayed =
        cue.kind === "verb" ? RELAYED.exec(text.slice(after, Math.min(s.end, after + 160))) : null;
      if (relayed?.groups?.who) {
        const whoStart = after + relayed[0].indexOf(relayed.groups.who, relayed[0].indexOf("عن") + 2);
        // the quoted one's «قوله», «شكواهم» is the cue of their statement
        const noun = relayed.groups.noun as string;
        d.cueStart = after + relayed[0].indexOf(noun, whoStart - after + relayed.groups.who.length);
        d.cueEnd = d.cueStart + noun.length;
        d.mentionStart = whoStart;
        d.mentionEnd = whoStart + relayed.groups.who.length;
        d.inherits = false;
        // the relaying verb's gender is the agency's («ونقلت الوكالة»), not the speaker's
        d.gender = null;
        d.rules.push("ar.relayed");
        after += relayed[0].length;
      }
      let { start, clausal } = relayed
        ? { start: after, clausal: true }
        : contentStart(view, after, nextStop);
      // «أبلغ رؤساء البلديات، خلال اجتماع …، بأن …»: the first object is the hearer
      if (!clausal && cue.lemma && HEARER_VERBS.has(cue.lemma)) {
        const toks = tokensForward(text, after, nextStop, 40);
        const comp = toks.find((_, k) => opensContent(text, toks, k));
        if (comp && !toks.some((t) => t.start < comp.start && (t.text === "." || OPEN_QUOTE.test(t.text)))) {
          start = comp.end;
          clausal = true;
          d.rules.push("ar.hearer");
        }
      }
      // «كتب مقالا», «بين الطرفين»: these verbs report only a clause
      if (!clausal && cue.lemma && CLAUSAL_ONLY.has(cue.lemma)) continue;
      // «قد يهدد نموها»: threatens something; «هدد بالانسحاب» threatens to do it
      // «وَرَد في التقرير أن …» (it is stated in) reads as «وردّ» (he replied)
      if (
        cue.lemma === REPLY &&
        /^[\s\u00A0]*(?:في|ضمن|فيه|فيها|به|بها)(?![\p{L}\p{M}])/u.test(text.slice(cue.end))
      )
        continue;

      // «“لن نتراجع”، قال الوزير.»: the speaker closes the sentence, the quotation before it is the content
      const quotedBefore =
        cue.kind === "verb" && d.mentionStart >= 0
          ? quoteClosingBefore(view, s, cue.start, Math.max(d.mentionEnd, cue.end))
          : null;
      const end = quotedBefore ? quotedBefore[1] : contentEnd(view, s, start, clausal, stops);
      const span = quotedBefore ?? trimSpan(text, start, end);
      if (quotedBefore) d.rules.push("ar.quote-then-speaker");
      if (!span || span[1] - span[0] < 3) continue;
      d.contentStart = span[0];
      d.contentEnd = span[1];
      d.frameEnd = Math.max(d.cueEnd, span[0]);
      if (!d.inherits && d.mentionEnd > d.frameEnd) d.frameEnd = d.mentionEnd;
      // «أبدى المدرب رضاه عن أداء لاعبيه، مساء الأحد، في …»: the time of the statement after its object
      const tail = tokensForward(text, span[1], s.end, 6);
      if (tail[0] && COMMAS.has(tail[0].text)) {
        let k = 1;
        while (
          k < tail.length &&
          (tail[k] as Token).word &&
          TIME_WORDS.has(foldWord((tail[k] as Token).text))
        )
          k++;
        if (k > 1 && (!tail[k] || !(tail[k] as Token).word)) d.frameEnd = (tail[k - 1] as Token).end;
      }

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
  // «ووفقا للشركة»: the cue's «ل» and the article make «لل»; the source is «للشركة» (= الشركة)
  const cueEnd =
    text.slice(cue.verbStart, cue.end).endsWith("ل") && text[cue.end] === "ل" ? cue.end - 1 : cue.end;
  const afterCue = foldForCompare(text.slice(cueEnd, cueEnd + 16));
  // the source may be long: «وبحسب التقرير الذي أصدره مكتب … (أوتشا) بالتزامن مع المؤتمر، فإن …»
  const toks = tokensForward(text, cueEnd, s.end, 30);
  // «بحسب تعبيره», «بحسب ما قال،»: in the speaker's own words; «ووفق ما ذكرت هيئة …» names a source
  const namedAfter = /^ما (?:قال|ذكر)/u.test(afterCue) && !!toks[2]?.word && !COMMAS.has(toks[2]?.text ?? "");
  if (OWN_WORDS_MARKER.test(afterCue) && !namedAfter) return null;
  const comma = toks.findIndex((t) => COMMAS.has(t.text));
  // without a comma the source runs to the sentence end («…، بحسب ما أفادت لجنة محلية الأربعاء.»)
  let last = comma > 0 ? comma - 1 : toks.length - 1;
  while (last > 0 && !(toks[last] as Token).word) last--;
  // «… الأربعاء», «… العام الماضي» are the time; «مديرية الأمن العام» ends with its adjective
  const sourceLast = last;
  while (
    last > 0 &&
    TIME_WORDS.has(foldWord((toks[last] as Token).text)) &&
    (last < sourceLast || !PERIOD_NOUNS.has(foldWord((toks[last] as Token).text)))
  )
    last--;
  if (comma <= 0 && last > 10) last = Math.min(toks.length, 6) - 1;
  // «بحسب ما أعلنت اللجنة», «وفق ما نقلته الوكالة»: the source is the verb's subject
  let first = 0;
  const verb = toks[1] ? foldArabicWord((toks[1] as Token).text) : "";
  if (toks[0]?.text === "ما" && (VERB_FORMS.has(verb) || VERB_FORMS.has(verb.replace(/(?:ه|ها)$/u, ""))))
    first = 2;
  // «… أفاد به مسؤول», «… نقلته وكالة "بلومبرغ" عن مصادر مطلعة»: the one relayed is the source
  if (first === 2 && toks[first]?.text === "به") first++;
  const relay = toks.findIndex((t, k) => k > first && k <= last && t.text === "عن");
  if (first === 2 && relay > 0 && relay < last) first = relay + 1;
  // «وبحسب الدراسة أيضا،»
  while (last > first && ["أيضا", "كذلك"].includes((toks[last] as Token).text)) last--;
  // «وفق ما أعلن وزير الدولة لشؤون الإعلام في مؤتمر صحفي»: the occasion is not the source
  const occasion = toks.findIndex(
    (t, k) =>
      k > first &&
      k <= last &&
      t.word &&
      ["في", "خلال", "عبر"].includes(t.text) &&
      !!toks[k + 1]?.word &&
      (STATEMENT_NOUNS.has(foldWord((toks[k + 1] as Token).text)) ||
        // «ووفق ما ذكرت الهيئة في تقرير أصدرته أمس»: the report is the occasion
        (first === 2 && SOURCE_NOUNS.has(foldWord((toks[k + 1] as Token).text)))),
  );
  if (occasion > first) last = occasion - 1;

  // «وفق/وفقا ل/طبقا ل» also mean "in line with": they name a source only with a body, a person or a report
  const firstWord = toks[first];
  const loose = /^[وف]?(?:وفق|طبقا)/u.test(text.slice(cue.verbStart, cue.end));
  if (loose && first === 0 && firstWord) {
    const bareWord = firstWord.text.replace(/^لل/u, "ال").replace(/^ل(?!ل)/u, "");
    const w = foldWord(bareWord);
    const head = titleHead(bareWord);
    if (!ORG_TITLES.has(head) && !PERSON_TITLES.has(head) && !SOURCE_NOUNS.has(w)) return null;
  }
  const sourceEnd = toks[last]?.end ?? cueEnd;
  const source = trimSpan(text, toks[first]?.start ?? cueEnd, sourceEnd);
  if (!source) return null;
  const d = newDraft({
    cueStart: cue.verbStart,
    cueEnd,
    mentionStart: source[0],
    mentionEnd: source[1],
  });
  const before = trimSpan(text, s.start, cue.start);
  let content: [number, number] | null;
  if (before && before[1] - before[0] > 15) {
    content = before;
    // a dateline («الخرطوم (أ ف ب) - …») and a leading «و» are not the reported words
    const dateline = /^(?:\p{L}+[\s\u00A0]*){1,2}(?:\([^)\n]{1,30}\))?[\s\u00A0]*[-–—]{1,2}[\s\u00A0]+/u.exec(
      text.slice(before[0], before[0] + 60),
    );
    if (dateline) content = trimSpan(text, before[0] + dateline[0].length, before[1]);
    if (
      content &&
      /^و(?:ال|من|في|قد|لم|لن|كان|أن|إن|[تيأن](?=[\p{L}]{3}))/u.test(text.slice(content[0], content[0] + 5))
    )
      content = trimSpan(text, content[0] + 1, content[1]);
  } else if (comma > 0) {
    // «ووفقا للدراسة، التي نشرت في دورية علمية، فإن …»: past a relative clause on the source
    let c = comma;
    while (toks[c + 1]?.word && ASIDE_OPENERS.has(foldArabicWord((toks[c + 1] as Token).text))) {
      const next = toks.findIndex((t, k) => k > c + 1 && COMMAS.has(t.text));
      if (next < 0) break;
      c = next;
    }
    content = trimSpan(text, (toks[c] as Token).end, s.end);
  } else return null;
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
