// Where an Arabic claim's content begins: asides, adjuncts, complementizers, quotes (where it ends: content-end.ts).

import type { ArticleView } from "../draft.ts";
import { charBefore, foldForCompare, seatless, withoutHarakat } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import { type Token, tokensForward } from "../text/tokens.ts";
import { inBracket, subjectTail, unbracketed } from "./brackets.ts";
import { contactVerbAt } from "./contact.ts";
import type { Cue } from "./cue-finder.ts";
import { foldArabicWord } from "./cues.ts";
import {
  ADJUNCT_STARTS,
  BARE_RELATIVE_VERB,
  CAPACITY,
  foldWord,
  hasArticle,
  LINKING_WORDS,
  OPEN_QUOTE,
  PERSON_TITLES,
  RELATION_HEADS,
  RELATIVE_VERB,
  TIME_WORDS,
} from "./lexicon.ts";
import { nameOnly } from "./name-only.ts";
import { afterOccasion } from "./occasion.ts";
import { isComplementizer, OCCASIONS, titleHead } from "./phrase.ts";
import { pronounAdjunctBefore } from "./pronoun-adjunct.ts";
import { copyObtained, pastStatementAdjunct } from "./statement-adjunct.ts";
import { periodEdgeAt } from "./subject-stop.ts";
import { pastTimeAfterCue } from "./time-after-cue.ts";
import { isDayWord } from "./time-after-name.ts";

/** «بعد أن», «عندما», «، في وقت»: a subordinate clause right before the cue. */
const SUBORDINATE_BEFORE = seatless(
  /(?:(?:^|[\s\u00A0])(?:(?:بعد|قبل)[\s\u00A0]+أن|بعدما|عندما|لما|كلما)|[،,][\s\u00A0]*في[\s\u00A0]+(?:وقت|حين))[\s\u00A0]*$/u,
);
/** A complementizer («أن», «إن», «بأن», or seatless «ان») or a colon. */
const CLAUSE_WORD = seatless(/^(?:ب?[أإ]ن|:)$/u);
/** «عن», «إلى»: the particles of a verb's object. */
const ABOUT_OR_TO = seatless(/^(?:عن|إلى)$/u);
/** «خلال», «في», «أثناء», «عقب»: what opens an occasion. */
const OCCASION_OPENER = seatless(/^(?:خلال|في|أثناء|عقب)$/u);

/** Particles a reporting verb takes before its content: «حذّر من أن», «أشار إلى أن». */
const PARTICLES = new Set(["الي", "علي", "عن", "من", "ب"]);

export const COMMAS = new Set(["،", ",", "؛", ";"]);
/** What closes an aside after the subject: a comma, or a dash («قال مسؤول – طلب عدم ذكر اسمه – إن …»). */
const ASIDE_MARKS = new Set([...COMMAS, "-", "–", "—"]);

/** A verb starts a clause: after punctuation or the sentence start, or carries و/ف/كما/قد. */
export function clauseInitial(text: string, s: Sentence, cue: Cue): boolean {
  if (cue.verbStart > cue.start) return true;
  // «بعد أن كشفت تحرياتها …», «عندما سئل …», «، في وقت أكد الوزير …»: a subordinate clause opens with its verb
  if (SUBORDINATE_BEFORE.test(text.slice(s.start, cue.start))) return true;
  if (pronounAdjunctBefore(text.slice(s.start, cue.start))) return true;

  const c = charBefore(text, s.start, cue.start);
  // «أبوظبي في 21 أكتوبر/ وام/ أعلن …»: the agency's dateline ends with a slash
  return (
    c === "" ||
    /[،,:؛;.!؟("«“\-—–/]/.test(c) ||
    afterOccasion(text, s, cue) ||
    DATELINE_BEFORE.test(text.slice(s.start, cue.start))
  );
}

/**
 * «بكين 8 ديسمبر 2026 (شينخوا) قال …», «عمان (بترا) أعلن …»: a dateline (a place, its date, the agency in
 * brackets) with no dash before the verb that opens the lead.
 */
const DATELINE_BEFORE =
  /^[\s\u00A0]*\p{L}+(?:[\s\u00A0]+\p{L}+)?[،,]?[\s\u00A0]*(?:\p{Nd}{1,2}[\s\u00A0]+\p{L}+(?:[\s\u00A0]*\/[\s\u00A0]*\p{L}+)?(?:[\s\u00A0]+\p{Nd}{4})?[\s\u00A0]*(?:\([^()\n]{1,30}\))?|\([^()\n]{1,30}\))[\s\u00A0]*$/u;

const adjunctGap = (gap: Token[]): boolean => {
  // «(GDL) اليوم الخميس (12 فبراير/ شباط 2026) أن»: a bracketed abbreviation or date is read past
  if (gap.some((t) => t.text === "(")) {
    const rest = unbracketed(gap);
    return rest.length < gap.length && adjunctGap(rest);
  }
  const first = gap[0];
  if (!first) return true;
  // after a comma, the words that follow decide («، الثلاثاء،» is an adjunct, «، الاتفاق بأنه» is not)
  if (!first.word) return (first.text === "،" || first.text === ",") && adjunctGap(gap.slice(1));
  const f = foldWord(first.text);
  if (RELATIVE_VERB.test(foldArabicWord(first.text))) return true;
  // «شهود عيان تحدثوا لرويترز إن …»: how the outlet reached the speaker
  if (contactVerbAt(gap, 0)) return true;
  // «إحصاءات رسمية عرضت خلال الجلسة أن …»: a relative verb on an indefinite source, then its adjuncts
  if (BARE_RELATIVE_VERB.test(foldArabicWord(first.text))) return adjunctGap(gap.slice(1));
  // «وقال الوزير مطلع الأسبوع إن …», «صبيحة اليوم»: the edge of a period, then time words
  if (periodEdgeAt(gap, 0))
    return gap.length === 2 || adjunctGap(gap.slice(2)) || TIME_WORDS.has(foldWord(gap[2]?.text ?? ""));
  // «قد أعلنت الأسبوع الماضي أنها …», «، أول من أمس،», «الأحد قبل الماضي»: time words alone
  if (
    gap.every(
      (t, k) =>
        t.word && (TIME_WORDS.has(foldWord(t.text)) || (k > 0 && (t.text === "من" || t.text === "قبل"))),
    )
  )
    return true;
  // «بطنجة يوم الإثنين»: a town joined to «بـ», then the day the words were said
  if (/^ب[^ن]\p{L}{2,}$/u.test(first.text) && isDayWord(gap[1]) && adjunctGap(gap.slice(1))) return true;
  // a lone «بـ» is the verb's object («رحب، …، بـ"موقف الوزير"»), never an aside like «من جهته»
  const particle = foldForCompare(first.text);
  return ADJUNCT_STARTS.has(f) || (PARTICLES.has(particle) && particle !== "ب") || /^ل/u.test(first.text);
};

/**
 * «أعلنت عن توصية …، على أن تكون الأحقية …» (provided that): after the object the verb's particle opened
 * (first after the subject or an aside), «، على أن» gives the terms of what was announced (not «شدد، في
 * كلمته، على أن …», where «على» is the particle, nor «أكد في حديثه عن الأزمة، على أن …», an occasion's «عن»).
 */
function providedThat(toks: Token[], k: number): boolean {
  if (toks[k - 1]?.text !== "على" || !COMMAS.has(toks[k - 2]?.text ?? "")) return false;
  return toks
    .slice(0, k - 2)
    .some(
      (t, j) =>
        t.word &&
        PARTICLES.has(foldForCompare(t.text)) &&
        t.text !== "على" &&
        (j === 0 || COMMAS.has(toks[j - 1]?.text ?? "")),
    );
}

/** «قبل أن», «بعد أن», «دون أن»: أن after these opens a time or manner clause, not reported content. */
const SUBORDINATORS = new Set(["قبل", "بعد", "دون", "منذ", "حتى"]);
/** The token at k is a complementizer that opens reported content. */
export const opensContent = (text: string, toks: Token[], k: number): boolean => {
  const t = toks[k];
  if (!t || !isComplementizer(text, t)) return false;
  const prev = toks[k - 1];
  if (providedThat(toks, k)) return false;
  return !prev?.word || !SUBORDINATORS.has(prev.text.replace(/^[وف]/u, ""));
};

/** «أفاد بلاغ للوزارة، صدر مساء الثلاثاء، بأن …»: past verbs that open an aside describing the document. */
export const DOCUMENT_VERBS = "صدر صدرت نشر نشرت تلقت توصلت".split(" ");
export const ASIDE_OPENERS = new Set(
  [
    ..."الذي التي الذين اللذين اللتين وهو وهي وهم أحد إحدى".split(" "),
    // «، وفق ما نقلته وكالة الأنباء السعودية (واس)،»: the writer's source, not the content
    ..."وفق وفقا بحسب حسب نقلا".split(" "),
    // «، بصفتها طرفا مدنيا،»: the capacity the speaker acts in (see CAPACITY)
    ..."بصفته بصفتها بصفتهم بصفتهما".split(" "),
    ...DOCUMENT_VERBS,
  ].map(foldArabicWord),
);
/** «طالبا عدم نشر اسمه», «الذي طلب عدم الكشف عن هويته»: the source asked not to be named. */
export const ANONYMITY = /(?:اسمه|اسمها|اسمهم|هويته|هويتها|هويتهم)$/u;

/** «، دفاع المتهم الرابع،», «، شقيق الضحية،»: whose the speaker is, a construct with a definite genitive. */
const relation = (part: Token[]): boolean =>
  part.length <= 6 &&
  RELATION_HEADS.has(foldWord((part[0] as Token).text)) &&
  !!part[1]?.word &&
  hasArticle(part[1].text);

/**
 * Words between commas that the writer adds about the speaker or the occasion: a time or place
 * («أمس الأحد», «في تصريحات صحفية»), a relative clause («الذي يتولى الملف»), an apposition («رئيس الهيئة»,
 * «أحمد فؤاد», «وهو تاجر»), a request for anonymity. A plain noun opens an object, not an aside.
 */
function aside(part: Token[]): boolean {
  const first = part[0];
  if (!first || part.length > 24) return false;
  // («، في بيان توصلت "هسبريس" بنسخة منه،»: how the outlet got the statement)
  if (adjunctGap(part) || /^\p{N}/u.test(first.text) || copyObtained(part)) return true;
  if (ASIDE_OPENERS.has(foldArabicWord(first.text))) return true;
  if (PERSON_TITLES.has(titleHead(first.text)) || nameOnly(part) || relation(part)) return true;
  // a definite apposition: «، المشغل الرئيسي لأرصفة الحاويات في الميناء،»
  if (first.word && hasArticle(first.text) && part.length <= 10) return true;
  return requestsAnonymity(part);
}
const requestsAnonymity = (part: Token[]): boolean =>
  part.some((t) => t.word && ANONYMITY.test(withoutHarakat(t.text)));

/**
 * «قال X، الذي طلب عدم نشر اسمه، إن …», «صرح X، رئيس الهيئة، أمس الأحد، بأن …», «نفت الهيئة، في بيان صدر
 * في ١٢ حزيران، أن …»: up to four asides between commas stand between the subject and the complementizer.
 */
function pastAsides(text: string, from: number, limit: number): { start: number; clausal: boolean } | null {
  const toks = tokensForward(text, from, limit, 80);
  let i = 0;
  for (let stretch = 0; stretch <= 4 && i < toks.length; stretch++) {
    let j = i;
    // («، الذي يحمل عنوان «الشباب والعمل: الآفاق»،»: a colon inside a quoted title closes nothing)
    let quoted = false;
    for (; j < toks.length && !ASIDE_MARKS.has((toks[j] as Token).text); j++) {
      const t = toks[j] as Token;
      if (t.text === "." || t.text === "؟" || t.text === "!") return null;
      if (stretch > 0 && j === i && OPEN_QUOTE.test(t.text)) return { start: t.start, clausal: true };
      if (/^["«»“”]$/u.test(t.text)) quoted = t.text === "«" || t.text === "“" || (t.text === '"' && !quoted);
      // «وتابع X، الذي يتولى الملف منذ تشرين الأول: "…"»: a colon closes the aside
      if (stretch > 0 && t.text === ":" && !quoted && aside(toks.slice(i, j)))
        return { start: t.end, clausal: true };
      // a complementizer inside an aside («الذي طلب أن …») belongs to the aside: go on to its comma
      if ((opensContent(text, toks, j) || t.text === ":") && adjunctGap(toks.slice(i, j)))
        return { start: t.end, clausal: true };
    }
    if (j >= toks.length) return null;
    const part = toks.slice(i, j);
    // «أعلن، في 12 جانفي، عن فتح باب التصدير،»: the verb's own particle opens its object, not an adjunct
    // («في كتاب وجّهته إلى المحافظ في 12 تشرين الثاني،»: the document's own relative clause holds that «إلى»)
    const document = OCCASION_OPENER.test(part[0]?.text ?? "") && DOCUMENTS.test(part[1]?.text ?? "");
    if (stretch === 0 && !document && part.some((t, k) => k > 0 && ABOUT_OR_TO.test(t.text))) return null;

    if (stretch === 0 ? part.length > 0 && !adjunctGap(part) && !subjectTail(part) : !aside(part))
      return null;
    i = j + 1;
  }
  return null;
}

/** «، خلال جلسة المرافعات التي انطلقت صباح أمس واستمرت …،»: a long occasion between commas, no clause in it. */
const longOccasion = (seg: Token[], close: number): boolean =>
  OCCASION_OPENER.test(seg[1]?.text ?? "") &&
  OCCASIONS.test((seg[2]?.text ?? "").replace(/^ال/u, "")) &&
  !seg.slice(1, close).some((t) => CLAUSE_WORD.test(t.text));

/**
 * «، في دورية وجهتها إلى الولاة والعمال في 12 نونبر الجاري،»: the document the words were put in, however long
 * its relative clause, between commas (no clause in it: its «إلى» is not the verb's particle).
 */
const longDocument = (seg: Token[], close: number): boolean =>
  close > 0 &&
  OCCASION_OPENER.test(seg[1]?.text ?? "") &&
  DOCUMENTS.test(seg[2]?.text ?? "") &&
  !seg.slice(1, close).some((t) => CLAUSE_WORD.test(t.text) || OPEN_QUOTE.test(t.text));
/** «بيان», «بلاغ», «دورية», «مذكرة», «رسالة», «تعميم», «منشور», «كتاب» (bare: the writer's «في بيان/دورية …»). */
const DOCUMENTS = /^(?:بيان|بلاغ|دورية|مذكرة|رسالة|تعميم|منشور|مراسلة|كتاب)$/u;

/** A particle of a reporting verb at `k` followed by a word or a quotation: the verb's object opens there. */
const particleOpensObject = (seg: Token[], k: number): boolean => {
  const particle = seg[k];
  const next = seg[k + 1];
  return (
    !!particle?.word &&
    PARTICLES.has(foldForCompare(particle.text)) &&
    !!next &&
    (next.word || OPEN_QUOTE.test(next.text))
  );
};
/**
 * «أعلن خلال زيارته غرفة العمليات في المدينة عن …», «أكد أثناء جولته في الأسواق على …»: the visit or
 * meeting the statement was made on, however long, before the verb's particle (no comma in it).
 */
const visitGap = (gap: Token[]): boolean =>
  ["خلال", "في", "أثناء", "لدى", "عقب"].includes(gap[0]?.text ?? "") &&
  VISITS.test(foldWord(gap[1]?.text ?? "")) &&
  gap.every((t) => t.word);
/** «زيارته», «جولتها», «لقائه», «اجتماع», «إحاطة», «كلمته»: occasions of a statement. Folded. */
const VISITS = /^(?:زيار|جول|لقاء|لقاي|اجتماع|احاط|كلم|جلس|مشارك|ترؤس|تفقد)/u;

/** A complementizer or colon: a clause, which no aside holds. */
const clauseIn = (part: Token[]): boolean => part.some((t) => CLAUSE_WORD.test(t.text));

/** Where the reported content begins after the cue and subject, and whether it opens with إن/أن or «:». */
export function contentStart(
  view: ArticleView,
  after: number,
  limit: number,
): { start: number; clausal: boolean } {
  const { text } = view;
  // «وطالبت يونيو الماضي بإقالة …»: the time the words were said is not kept in them
  const from = pastTimeAfterCue(text, after, limit) ?? after;
  const toks = tokensForward(text, from, limit, 18);
  for (let i = 0; i < Math.min(toks.length, 16); i++) {
    const t = toks[i] as Token;
    if (t.text === "." || t.text === "؟") break;
    if (OPEN_QUOTE.test(t.text) && i === 0) return { start: t.start, clausal: true };
    const complementizer = opensContent(text, toks, i);
    if ((complementizer || t.text === ":") && adjunctGap(toks.slice(0, i))) {
      return { start: t.end, clausal: true };
    }
    if (t.word && i > 0 && !inBracket(toks.slice(0, i)) && !adjunctGap(toks.slice(0, i))) break;
  }
  const past = pastAsides(text, from, limit);
  if (past) return past;
  // skip short parentheticals after the subject: «، الثلاثاء،»
  let p = from;
  // («، في تغريدة …، الثلاثاء،»: the comma closing one parenthetical opens the next)
  let opener = from;
  for (let round = 0; round < 2; round++) {
    const seg = tokensForward(text, opener, limit, 22);
    if (!seg[0] || !COMMAS.has(seg[0].text)) break;
    const close = seg.findIndex((t, i) => i > 0 && COMMAS.has(t.text));
    // «أعرب، في إحاطة قدمها أمام المجلس …، عن "…"»: words between commas that the verb's particle follows
    // can only be an aside on the occasion, however long
    // (only right after the subject: a later «، على حد تعبيره» is the writer's, not the verb's particle)
    const beforeParticle =
      round === 0 && close > 0 && particleOpensObject(seg, close + 1) && !clauseIn(seg.slice(1, close));
    // («نفى مصدر، تحدث إلى "الوسط" شريطة عدم ذكر اسمه، وجود …»: a request for anonymity before the object)
    const anonymous = close > 0 && requestsAnonymity(seg.slice(1, close));
    const long = longOccasion(seg, close) || longDocument(seg, close);
    if (close < 0 || close > (long || beforeParticle || anonymous ? 20 : 10)) break;
    // («، بصفتها طرفا مدنيا، بإلزام …»: the capacity the speaker acts in)
    const capacity = CAPACITY.test(withoutHarakat(seg[1]?.text ?? ""));
    // («، توصلت جريدة "العمق" بنسخة منه،»: how the outlet got the statement)
    const copy = copyObtained(seg.slice(1, close));
    if (!beforeParticle && !capacity && !copy && !anonymous && !adjunctGap(seg.slice(1, close))) break;
    p = (seg[close] as Token).end;
    if (beforeParticle) break;
    opener = (seg[close] as Token).start;
  }
  // «وصفت شركة السكك الحديدية (دويتشه بان) الإضراب بأنه …»: the subject's bracketed short name
  const bracket = /^[\s\u00A0]*\([^()\n]{1,40}\)/u.exec(text.slice(p, limit));
  if (bracket) p += bracket[0].length;
  // the comma closing an apposition, and time words («أكد الوزير اليوم الثلاثاء حرص …»), precede the object
  const lead = tokensForward(text, p, limit, 6);
  let k = lead[0] && COMMAS.has(lead[0].text) ? 1 : 0;
  const timeWord = (t: Token | undefined): boolean => !!t?.word && TIME_WORDS.has(foldWord(t.text));
  // («أول من أمس»)
  while (timeWord(lead[k]) || (lead[k]?.text === "من" && timeWord(lead[k - 1]) && timeWord(lead[k + 1]))) k++;
  if (k > 0 && lead[k]?.word) p = (lead[k] as Token).start;
  // «وطالب السكان في المقابل بتدخل …», «وطالبت النقابة هي الأخرى بـ…»: a linking phrase before the object
  p += LINKING_WORDS.exec(text.slice(p, Math.min(limit, p + 40)))?.[0].length ?? 0;
  // «حذر من كارثة», «أعلنت في 3 أكتوبر عن حزمة»: a particle (after a short adjunct) opens the object
  const ahead = tokensForward(text, p, limit, 11);
  const particle = ahead.findIndex(
    (t, i) =>
      PARTICLES.has(foldForCompare(t.text)) &&
      !relativeWho(t, ahead[i + 1]) &&
      (i === 0 || adjunctGap(ahead.slice(0, i))),
  );
  // «حذرت، أمس، من "نقص حاد" …»: the object may open with a quotation (not after «بـ»: «رحب بـ"…"» keeps it)
  const object = particle >= 0 ? ahead[particle + 1] : undefined;
  const quotedObject =
    !!object && OPEN_QUOTE.test(object.text) && foldForCompare((ahead[particle] as Token).text) !== "ب";
  const near = particle >= 0 && (particle < 5 || visitGap(ahead.slice(0, particle)));
  const stated = pastStatementAdjunct(text, p, limit);
  // («وعزا المصرف في بيان على موقع "تداول"، …»: a particle inside the statement's own phrase opens no object)
  if (near && (object?.word || quotedObject) && stated <= (ahead[particle] as Token).start)
    p = (ahead[particle] as Token).end;
  else p = particleAt(text, stated, limit) ?? stated;
  return { start: p, clausal: false };
}

/** «في بيان على موقعها، من كارثة …»: a particle opening the object at `p`, then its word; where the object starts. */
function particleAt(text: string, p: number, limit: number): number | null {
  const [t, next] = tokensForward(text, p, limit, 2);
  if (!t || t.start !== p || !PARTICLES.has(foldForCompare(t.text)) || relativeWho(t, next)) return null;
  return next?.word || (next && OPEN_QUOTE.test(next.text) && foldForCompare(t.text) !== "ب") ? t.end : null;
}

/** «داعيا من لم يسجلوا بعد إلى …»: «مَن» (whoever) before a negated verb is the object, not the particle «مِن». */
const relativeWho = (t: Token, next: Token | undefined): boolean =>
  t.text === "من" && /^(?:لم|لن|لا|ليس|ليست)$/u.test(next?.text ?? "");
