import { type ArticleView, type Draft, newDraft, trimSpan } from "../draft.ts";
import { arabicSceneOpening } from "../scene-sentences.ts";
import { seatless } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import { type Token, tokensForward } from "../text/tokens.ts";
import { opensWithBackground } from "./background-lead.ts";
import { pastCircumstantialAside, withoutSceneCues } from "./circumstantial-aside.ts";
import { occasionAfterContent, pastOccasionBeforeObject, todayAt } from "./closing-aside.ts";
import { COMMAS, contentStart, opensContent } from "./content.ts";
import { contentEnd } from "./content-end.ts";
import { type Cue, cuesIn } from "./cue-finder.ts";
import { keepCue } from "./cue-subjects.ts";
import { CLAUSAL_ONLY, foldArabicWord, HEARER_VERBS, QUOTED_HEARER_VERBS } from "./cues.ts";
import { describedAs } from "./described-as.ts";
import { pastToldOutlet } from "./hearer.ts";
import { AR_WEEKDAY_NAMES, foldWord, OPEN_QUOTE, TIME_WORDS } from "./lexicon.ts";
import { nominalDraft } from "./nominal.ts";
import { pastAdjunctBeforeBa, pastOwnOccasion } from "./occasion.ts";
import { asSaysContent, quoteClosingBefore, TELLING } from "./quote-first.ts";
import { quoteLeadDraft } from "./quote-lead.ts";
import { bareHearerAfterApposition, hearerAfterApposition, timeThenThat } from "./quoted-hearer.ts";
import { pastRelativeAside } from "./relative-aside.ts";
import { readRelay } from "./relay.ts";
import { reportsNothing, WELCOME } from "./reports-nothing.ts";
import { lastSpeakerWords, readSpeaker, rememberNames, type SentenceCues } from "./speaker.ts";
import { statedInDraft } from "./stated-in.ts";
import { copyObtained } from "./statement-adjunct.ts";
import type { SpanPair } from "./subject.ts";
import { SAYING_AFTER_SPEAKER, SUMMED_OBJECT } from "./summed-up.ts";

/** «أوضحت فيه أن …», «في الوقت نفسه»: an aside between the cue and its content. */
const ASIDE_IN_IT = seatless(
  /^[\s\u00A0]*(?:(?:فيه|فيها)(?=[\s\u00A0]+ب?[أإ]ن)|في[\s\u00A0]+الوقت[\s\u00A0]+(?:نفسه|ذاته)(?=[\s\u00A0]+[\p{L}]))/u,
);
/** A relayed noun's «من» or «إلى» right before. */
const RELAYED_PARTICLE = seatless(/(?:^|[\s\u00A0])(?:من|إلى)[\s\u00A0]*$/u);
/** «أن», «إنه»: a complementizer after a relayed noun's particle. */
const RELAYED_THAT = seatless(/^[أإ]ن(?:ه|ها|هم)?[\s\u00A0]+/u);
/** «: إن "…"»: a complementizer after the colon. */
const THAT_AFTER_COLON = seatless(/^[\s\u00A0]*[إأ]ن(?=[\s\u00A0]+["«“\p{L}])[\s\u00A0]*/u);

/** Claims of one Arabic article in text order, before speakers and dates are resolved. */
export function arabicDrafts(view: ArticleView): Draft[] {
  const drafts: Draft[] = [];
  const knownNames = new Set<string>();
  let mentionBefore: SpanPair | null = null;
  for (const s of view.sentences) {
    const own = sentenceDrafts(view, s, knownNames, mentionBefore);
    mentionBefore = lastSpeakerWords(own) ?? mentionBefore;
    drafts.push(...own);
  }
  return drafts;
}

/** One sentence's claims: a draft per verb or participle cue, else one from a nominal cue («بحسب المصدر»). */
function sentenceDrafts(
  view: ArticleView,
  s: Sentence,
  knownNames: Set<string>,
  mentionBefore: SpanPair | null,
): Draft[] {
  const { text } = view;
  const scene = arabicSceneOpening(text.slice(s.start, Math.min(s.end, s.start + 80)));
  // SVO order («الرئيس الفلسطيني محمود عباس قال إن …»): the subject opens the clause before the verb
  const fronted = new Map<Cue, SpanPair>();
  const pronounLed = new Set<Cue>();
  const owned = new Map<Cue, { span: SpanPair; from: number }>();
  const cues = cuesIn(text, s).filter((c) => keepCue(text, s, c, knownNames, fronted, pronounLed, owned));
  const verbs = cues.filter((c) => c.kind !== "nominal");
  const stops = verbs
    .filter((c, k) => stopsContent(text, c, verbs[k + 1]?.start ?? s.end))
    .map((c) => c.start);
  const ctx: SentenceCues = { scene, fronted, pronounLed, owned, stops, knownNames, mentionBefore };
  const drafts: Draft[] = [];
  for (const cue of cues) {
    if (cue.kind === "nominal" || framesStatement(cue, owned)) continue;
    // («يشكو مئات الصيادين في محافظة البصرة من شح …»: a verb that reports only before a clause and has none
    // here leaves no names behind, which would cut its subject short when a later verb reads it again)
    const names = cue.lemma && CLAUSAL_ONLY.has(cue.lemma) ? new Set(knownNames) : null;
    const d = cueDraft(view, s, cue, ctx, drafts);
    if (!d && names && names.size < knownNames.size)
      for (const w of knownNames) if (!names.has(w)) knownNames.delete(w);
    // «وتساءل النائب: "…؟"», «متسائلا عن مصير …»: a question asserts nothing (kept for its speaker)
    if (d && QUESTION_CUE.test(foldArabicWord(text.slice(cue.verbStart, cue.end)))) d.silent = true;
    if (d) drafts.push(d);
  }
  drafts.splice(0, drafts.length, ...withoutSceneCues(drafts));
  const lead = quoteLeadDraft(view, s, ctx.knownNames);
  // («"…". هكذا قال X»: the verb's own reading took «هكذا» for its subject)
  if (lead && lead.contentEnd <= s.start)
    drafts.splice(0, drafts.length, ...drafts.filter((d) => d.cueStart !== lead.cueStart));
  if (lead && !drafts.some((d) => d.contentStart < lead.contentEnd && d.contentEnd > lead.contentStart))
    drafts.unshift(lead);
  // «وجاء في الوثيقة أن "…"، مشيرة إلى أن …»: the document's words, then participles going on with it
  const stated = scene || !drafts.every((d) => d.inherits) ? null : statedInDraft(view, s, stops);
  if (stated && drafts.every((d) => d.cueStart >= stated.contentEnd)) drafts.unshift(stated);
  const nominal = scene || opensWithBackground(text, s) ? undefined : cues.find((c) => c.kind === "nominal");
  // «وساهمت الرياح في …، بحسب ما أفادت به المديرية، التي توقعت أن …»: a source after the content, before
  // the verbs of a clause on it, is a claim of its own
  const fronting =
    !!nominal &&
    drafts.every((d) => d.cueStart > nominal.end) &&
    /[،,][\s\u00A0]*$/u.test(text.slice(s.start, nominal.start));
  // «وبحسب الأسطل، فإن …، مشيرا إلى أن …»: a source opening the sentence, then participles that go on with it
  const opening =
    !!nominal && !trimSpan(text, s.start, nominal.start) && cues.every((c) => c.kind !== "verb");
  if (nominal && (!drafts.length || fronting || opening)) {
    const d = nominalDraft(view, s, nominal, opening && drafts.length ? stops : []);
    const alone = d && drafts.every((x) => x.contentStart >= d.contentEnd || x.contentEnd <= d.contentStart);
    if (d && alone) drafts.unshift(d);
    // «وبحسب المتحدث …، محمد الأمين ولد ببكر، فإن …. وطالب ولد ببكر السلطات بـ…»: the source is a name met
    if (d && alone && d.mentionStart >= 0)
      rememberNames(text, { start: d.mentionStart, end: d.mentionEnd }, knownNames);
  }
  return drafts;
}

/** «المثل», «مثل شعبي», «المقولة الشهيرة», «الحكمة», «القول المأثور»: a saying as the subject. */
const PROVERB = /^(?:ال)?(?:مثل|مقولة|حكمة)(?:[\s\u00A0]|$)|^القول[\s\u00A0]+المأثور/u;

/** «وقال الوزير إن …»: a verb or participle cue's draft (speaker, relay, content), null when it reports nothing. */
function cueDraft(
  view: ArticleView,
  s: Sentence,
  cue: Cue,
  ctx: SentenceCues,
  earlier: Draft[],
): Draft | null {
  const { text } = view;
  const d = newDraft({ cueStart: cue.verbStart, cueEnd: cue.end, frameStart: s.start });
  d.gender = cue.gender ?? null;
  const nextStop = ctx.stops.find((x) => x > cue.start) ?? s.end;
  let speakerEnd = readSpeaker(view, s, cue, d, ctx, earlier, nextStop);
  // «وكما يقول المثل الشعبي: …»: a proverb or a saying is nobody's statement
  if (d.mentionStart >= 0 && PROVERB.test(text.slice(d.mentionStart, d.mentionEnd))) return null;
  if (cue.lemma && SAID_ONLY.has(cue.lemma)) {
    // «اكتفت الوزيرة بالقول: …», «وعقّبت النائبة، X، على رد الوزير بالقول إن …»: «بالقول» is the cue
    // («ويختصر X، الذي …، المشهد في حديث لـ"…" بالقول: …»: past asides and an outlet's quoted name)
    const saying = (cue.lemma === SUM_UP ? SAYING_AFTER_SPEAKER : SAYING_NEXT).exec(
      text.slice(speakerEnd, speakerEnd + (cue.lemma === SUM_UP ? 220 : 90)),
    );
    if (!saying) return null;
    // «وختم الوزير حديثه بالقول»: the talk closed («حديثه», «كلمتها») is the verb's object, no part of its subject
    const talk = (cue.lemma === SUM_UP ? SUMMED_OBJECT : CLOSED_TALK).exec(
      text.slice(d.mentionStart, d.mentionEnd),
    );
    if (d.mentionStart >= 0 && talk) d.mentionEnd = d.mentionStart + talk.index;
    d.cueStart = speakerEnd + saying[0].length - 6;
    d.cueEnd = speakerEnd + saying[0].length;
    speakerEnd = d.cueEnd;
  }
  const { relayed, after: relayEnd } = readRelay(text, s, cue, d, speakerEnd);
  // «أوضحت فيه أن …» with no statement named before it; «مستبعدة في الوقت نفسه اللجوء إلى …»
  const aside = ASIDE_IN_IT.exec(text.slice(relayEnd, relayEnd + 24));
  const after = pastCircumstantialAside(
    text,
    pastRelativeAside(text, relayEnd + (aside?.[0].length ?? 0), nextStop),
    s.end,
    d,
  );
  // «نقلت … عن مواطنين شكواهم من ارتفاع الأسعار، إذ …»: a relayed noun's من/إلى opens a nominal object
  const relayedParticle = RELAYED_PARTICLE.test(text.slice(after - 6, after));
  // «عنه تحذيره من أن …»: the complementizer after the particle is not content
  const relayedThat = relayedParticle ? RELAYED_THAT.exec(text.slice(after, after + 8)) : null;
  const { start, clausal } = relayed
    ? { start: after + (relayedThat?.[0].length ?? 0), clausal: !relayedParticle || !!relayedThat }
    : hearerContentStart(view, cue, d, after, nextStop);
  // «“لن نتراجع”، قال الوزير.»: the speaker closes the sentence, the quotation before it is the content
  const speakerLast = cue.kind === "verb" && d.mentionStart >= 0;
  const afterSubject = Math.max(d.mentionEnd, cue.end);
  // «…، كما تقول الباحثة X.»: the whole sentence before «كما» (not another speaker's claim: «وقال الوزير إن
  // …، كما يقول رئيس الوزراء»)
  const claimBefore = earlier.some((e) => e.cueStart >= s.start && e.cueStart < cue.start);
  const quotedBefore = speakerLast
    ? ((claimBefore ? null : asSaysContent(view, s, cue.start, cue.verbStart, afterSubject)) ??
      quoteClosingBefore(view, s, cue.start, afterSubject))
    : null;
  // a relay's quotation is a clause («نقل عنه قوله إن «…»»); «"…"، يروي X» tells the quotation before it
  const told = quotedBefore && TELLING.has(cue.lemma ?? "");
  if (!relayed && !told && reportsNothing(text, cue, start, clausal)) return null;
  const end = quotedBefore ? quotedBefore[1] : contentEnd(view, s, start, clausal, ctx.stops, d.gender);
  const span = quotedBefore ?? trimSpan(text, start, end);
  if (quotedBefore) d.rules.push("ar.quote-then-speaker");
  if (!span || span[1] - span[0] < 3) return null;
  // «ما أرجعته الشركة إلى …»: with the object in the verb, what it is ascribed to keeps its «إلى»
  const ascribedTo = cue.pronounObject
    ? /(?:إلى|الى)[\s\u00A0]+$/u.exec(text.slice(span[0] - 8, span[0]))
    : null;
  if (ascribedTo) span[0] -= ascribedTo[0].length;
  d.contentStart = span[0];
  d.contentEnd = span[1];
  d.frameEnd = Math.max(d.cueEnd, span[0]);
  if (!d.inherits && d.mentionEnd > d.frameEnd) d.frameEnd = d.mentionEnd;
  // «"…"، قال الوزير خلال مؤتمر صحفي مساء الأحد.»: the rest of the sentence is the speaker's occasion
  if (quotedBefore) d.frameEnd = s.end;
  timeAfterContent(text, d, span[1], s.end);

  if (!quotedBefore) d.rules.push(clausal ? "ar.content:clause" : "ar.content:object");
  return d;
}

function hearerContentStart(
  view: ArticleView,
  cue: Cue,
  d: Draft,
  after: number,
  nextStop: number,
): { start: number; clausal: boolean } {
  const { text } = view;
  const told = pastToldOutlet(text, after, nextStop);
  const occasion = pastOccasionBeforeObject(text, pastOwnOccasion(text, cue.end, told, nextStop), nextStop);
  const from = occasion === told ? pastAdjunctBeforeBa(text, cue.end, told, nextStop) : occasion;
  let { start, clausal } = describedAs(text, cue.lemma, from, contentStart(view, from, nextStop));
  const toks =
    cue.lemma && (!clausal || OPEN_QUOTE.test(text[start] ?? ""))
      ? tokensForward(text, after, nextStop, 40)
      : [];
  // «وأفاد مصدر قضائي "الصباح نيوز" بأن …»: «أفاد» takes a hearer when it is an outlet's quoted name
  const quotedHearer =
    !!cue.lemma &&
    QUOTED_HEARER_VERBS.has(cue.lemma) &&
    (OPEN_QUOTE.test(toks[0]?.text ?? "") || hearerAfterApposition(toks));
  const bareHearer = cue.lemma && QUOTED_HEARER_VERBS.has(cue.lemma) ? bareHearerAfterApposition(toks) : -1;
  if (bareHearer > 0) {
    start = (toks[bareHearer] as Token).end;
    clausal = true;
    d.rules.push("ar.hearer");
  } else if (toks.length && (HEARER_VERBS.has(cue.lemma as string) || quotedHearer)) {
    const comp = toks.find((_, k) => opensContent(text, toks, k));
    // «أبلغ الوزير «الشرق الأوسط» أن …», «أبلغ الوزير، NAME، «الشرق الأوسط»، أمس، أن …»: the hearer may be
    // a quoted outlet's name, after the speaker's apposition
    const outletEnd = quotedHearerEnd(toks);
    if (quotedHearer && !(outletEnd > 0 && comp && /^ب?[أإ]ن/u.test(comp.text) && comp.start >= outletEnd))
      return { start, clausal };
    const quoteBefore = (t: Token): boolean => OPEN_QUOTE.test(t.text) && t.start >= outletEnd;
    if (comp && !toks.some((t) => t.start < comp.start && (t.text === "." || quoteBefore(t)))) {
      start = comp.end;
      clausal = true;
      d.rules.push("ar.hearer");
    }
  }
  // «وقال X في حديث لـ"الصباح" أمس: إن "…"» (Iraqi press): the complementizer after the colon is no content
  const colonThat = clausal && /:[\s\u00A0]*$/u.test(text.slice(Math.max(0, start - 3), start));
  const that = colonThat ? THAT_AFTER_COLON.exec(text.slice(start, start + 8)) : null;
  if (that) start += that[0].length;
  return { start, clausal };
}

/** The end of a short quoted name (an outlet) that is the hearer, before any other quotation, or -1. */
function quotedHearerEnd(toks: Token[]): number {
  const open = toks.findIndex((t) => OPEN_QUOTE.test(t.text));
  const close = toks.findIndex((t, k) => k > open && CLOSE_QUOTE.test(t.text));
  // one to three words in the marks
  if (open < 0 || close - open < 2 || close - open > 4) return -1;
  const end = (toks[close] as Token).end;
  if (open === 0) return end;
  // after the speaker's apposition, between commas: «، NAME، «الشرق الأوسط»، أمس، أن …»
  const between =
    COMMAS.has(toks[open - 1]?.text ?? "") &&
    (COMMAS.has(toks[close + 1]?.text ?? "") || timeThenThat(toks, close + 1));
  return open <= 8 && between ? end : -1;
}

/** «أبدى المدرب رضاه عن أداء لاعبيه، مساء الأحد، في …»: the time of the statement after its object joins the frame. */
function timeAfterContent(text: string, d: Draft, contentEndAt: number, sentenceEnd: number): void {
  const tail = tokensForward(text, contentEndAt, sentenceEnd, 6);
  if (tail[0] && COMMAS.has(tail[0].text)) {
    let k = 1;
    while (k < tail.length && (tail[k] as Token).word && TIME_WORDS.has(foldWord((tail[k] as Token).text)))
      k++;
    if (k > 1 && (!tail[k] || !(tail[k] as Token).word)) d.frameEnd = (tail[k - 1] as Token).end;
    else occasionTimeAfter(text, d, contentEndAt, sentenceEnd);
  }
}

/**
 * «طالب الحكومة بـ"…"، خلال جلسة علنية للجمعية الوطنية يوم الأربعاء الماضي خصصت …»: the occasion after the
 * content, and the day it names, join the frame (the day the words were said).
 */
function occasionTimeAfter(text: string, d: Draft, contentEndAt: number, sentenceEnd: number): void {
  const tail = tokensForward(text, contentEndAt, sentenceEnd, 16);
  const from = occasionAfterContent(tail);
  if (from < 0) return;
  for (let k = from; k < tail.length; k++) {
    const t = tail[k] as Token;
    // (a quoted hearer «لـ"التيار"» is part of the occasion)
    if (!t.word && !/^["«»“”]$/u.test(t.text)) return;
    if (!DAY_WORDS.has(foldWord(t.text)) && !todayAt(tail, k, WEEKDAYS)) continue;
    let e = k;
    while (tail[e + 1]?.word && TIME_WORDS.has(foldWord((tail[e + 1] as Token).text))) e++;
    d.frameEnd = (tail[e] as Token).end;
    return;
  }
}

/** «تساءل», «يتساءلون», «متسائلا» (folded). */
const QUESTION_CUE = /^(?:[يتن]?تسا[ءي]ل|متسا[ءي]ل)/u;
/** Words that name a day («يوم», «أمس», a weekday), folded. */
const DAY_WORDS = new Set(["يوم", "أمس", ...AR_WEEKDAY_NAMES.split(" ")].map(foldWord));
const WEEKDAYS = new Set(AR_WEEKDAY_NAMES.split(" ").map(foldWord));

/**
 * «… الاتفاق الموقع بين الجانبين …», «، فيما سجلت السياحة "نموا"»: a verb that reports only a clause
 * («بيّن», «سجل», «روى») ends the content before it only when a clause follows it before the next cue.
 */
function stopsContent(text: string, cue: Cue, next: number): boolean {
  if (!cue.lemma || !CLAUSAL_ONLY.has(cue.lemma)) return true;
  const toks = tokensForward(text, cue.end, next, 40);
  // («في بيان توصلت "هسبريس" بنسخة منه، إن …»: how the outlet got the statement, no finding)
  if (copyObtained(toks.slice(0, 6))) return false;
  return toks.some((t, k) => t.text === ":" || opensContent(text, toks, k));
}

/** Verbs that report only with «بالقول» after them in their clause: said no more than, commented, replied. */
const SAID_ONLY = new Set(["اكتفى", "عقب", "علق", "ختم", "اختصر"].map(foldArabicWord));
const SUM_UP = foldArabicWord("اختصر");
const SAYING_NEXT = /^(?:[\s\u00A0]*[،,])?(?:[^،,.:؛«"“]{0,80}?[\s\u00A0])?(بالقول)(?![\p{L}\p{M}])/u;
const CLOSED_TALK = /[\s\u00A0]+(?:حديث|كلمت|تصريح|تصريحات|مداخلت|خطاب|رسالت|بيان)(?:ه|ها|هم|هما)$/u;
const CLOSE_QUOTE = /^["”»’']$/u;
/**
 * «ورحب الأمين العام بالاتفاق في تغريدة، كتب فيها أن …»: the welcome is the occasion of the statement
 * told in the clause on it, not a statement of its own.
 */
function framesStatement(cue: Cue, owned: Map<Cue, unknown>): boolean {
  if (cue.lemma !== WELCOME) return false;
  for (const c of owned.keys()) if (c.start > cue.start) return true;
  return false;
}
