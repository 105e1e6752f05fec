// Whose statement an Arabic cue reports: the subject before or after the verb, a fronted or contrasted
// subject, a topic before «، ف», an apposition naming a bare title.
import { seatless, withoutHarakat } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import { type Token, tokensForward } from "../text/tokens.ts";
import { LONE_ACCUSED } from "./accused.ts";
import { appositionEnd } from "./apposition.ts";
import { subjectBeforeObject } from "./clause-end-object.ts";
import type { Cue } from "./cue-finder.ts";
import { foldArabicWord } from "./cues.ts";
import { readPluperfectSubject } from "./kana.ts";
import {
  ADJUNCT_STARTS,
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  ORG_TITLES,
  PERSON_TITLES,
  SOURCE_NOUNS,
} from "./lexicon.ts";
import { nameOnly } from "./name-only.ts";
import { nameThenTitle } from "./name-then-title.ts";
import { isPeopleGroup, peopleAfterVerb } from "./one-of-them.ts";
import { isTitleWord, titleHead } from "./phrase.ts";
import { readSubject, type SpanPair } from "./subject.ts";

/** «رفض التعليق», «الإدلاء»: what was refused. */
const REFUSED_OBJECT = seatless(/[\s\u00A0]+(?:التعليق|الرد|الإدلاء|الإفصاح|الكشف|الخوض|الإجابة|التطرق)$/u);
/** «في خطوة», «في بيان»: the act the statement came in. */
const IN_A_STEP = seatless(
  /(?:^|[\s\u00A0،,])في[\s\u00A0]+(?:خطوة|قرار|إجراء|بيان|تصريح|رسالة)[\s\u00A0]*$/u,
);
/** A complementizer right after. */
const THAT_NEXT = seatless(/^[\s\u00A0]+ب?[إأ]ن(?:ه|ها|هم)?(?![\p{L}\p{M}])/u);
/** «أما X، …»: a fronted topic. */
const TOPIC_AMMA = seatless(/(?:^|[،,:][\s\u00A0]*)أما[\s\u00A0]+([^،,.:]{2,90}?)[\s\u00A0]*[،,]/u);
/** «أصدرت», «نشر»: a verb of issuing a document. */
const ISSUED_BEFORE = seatless(/(?:^|[\s\u00A0])[وف]?(?:أصدر|أصدرت|أصدروا|نشر|نشرت|وزع|وزعت)[\s\u00A0]+/u);
/** «أما X، (Y،)» right before the verb: a fronted topic. */
const TOPIC_AMMA_END = seatless(
  /(?:^|[،,:][\s\u00A0]*)أما[\s\u00A0]+([^،,.:]{2,90}?)[\s\u00A0]*(?:[،,]([^،,.:]{2,80})[،,]|[،,])?[\s\u00A0]*$/u,
);
/**
 * «في فاريا», «على الأرض», «هناك»: a topic that is a place or setting, opened by a preposition; or what the
 * words are about («أما عن الأسعار،», «أما بخصوص الرواتب،», «أما بالنسبة إلى …»).
 */
const SETTING_TOPIC = seatless(
  /^(?:(?:في|على|عند|داخل|خارج|وسط|عن|حول|بشأن|بخصوص|بالنسبة|فيما)[\s\u00A0]|(?:هنا|هناك)$)/u,
);
/** «وصف X بأنه …»: the described thing and its description are the content, with its «بأن». */
export const DESCRIBE = foldArabicWord("وصف");
export const REPLY = foldArabicWord("رد");
/** «عقّب» (commented on), also «عقب» (after). */
const COMMENT_ON = foldWord("عقب");

/** The subject of a sentence opened by «و/ف» + verb, when it is a title, an institution or a known name. */
export function openingSubject(
  text: string,
  s: Sentence,
  cue: Cue,
  knownNames: Set<string>,
): SpanPair | null {
  let from = s.start;
  // a dateline («الدوحة - قنا:») or «كما» before the verb
  const lead =
    /^(?:[^،.:\n]{2,30}?(?:[\s\u00A0]+|\))[-–—][\s\u00A0]+(?:[^،.:\s]{2,12}[\s\u00A0]*:[\s\u00A0]*)?|كما[\s\u00A0]+|ثم[\s\u00A0]+)/u.exec(
      text.slice(s.start, cue.start),
    );
  if (lead) from += lead[0].length;

  // «وفي بيان صدر مساء اليوم، أشادت الهيئة …»: past an opening adjunct
  const opening = /^[وف]?(?:في|على|من|خلال|بعد|عقب)[\s\u00A0][^،,.]{1,60}[،,][\s\u00A0]*/u.exec(
    text.slice(from, cue.start),
  );
  if (opening) from += opening[0].length;
  const [verb] = tokensForward(text, from, cue.start, 1);
  // «أشاد الوزير X بأداء الفريق، مؤكدا أن …»: a verb may open its paragraph without «و», when the first word
  // reads as no noun (no article, no title or body, no name met before, no plural or feminine noun ending)
  const bareVerb =
    !!verb?.word &&
    !hasArticle(verb.text) &&
    !PERSON_TITLES.has(titleHead(verb.text)) &&
    !ORG_TITLES.has(titleHead(verb.text)) &&
    !knownNames.has(foldWord(verb.text)) &&
    !/(?:ة|ات|ون|ين|ية)$/u.test(verb.text);
  // (a short word is no verb, but «ردّ» written without its shadda)
  if (
    !verb?.word ||
    (!opening && !lead && !/^[وف]/u.test(verb.text) && !bareVerb) ||
    (verb.text.length < 3 && verb.text !== "رد")
  )
    return null;
  // «وكان الديوان قد أعلن …، في خطوة قال إنها …»: كان and its subject
  const kana = /^[وف]?كان(?:ت)?$/u.test(foldArabicWord(verb.text));
  const rest = foldWord(verb.text.slice(1));
  // («وعقّب المحامي X على الحكم قائلا …»: «عقب» before a person's title comments, it is no «after»)
  const commented =
    rest === COMMENT_ON &&
    PERSON_TITLES.has(titleHead(tokensForward(text, verb.end, cue.start, 1)[0]?.text ?? ""));
  if (!kana && !commented && (FUNCTION_WORDS.has(rest) || ADJUNCT_STARTS.has(rest))) return null;
  // «وتجمع المحتجون …، وقالوا إن …»: a plural verb («قالوا», «يقولون») goes with a group of people, as does
  // a plural participle («وأنهى المحتجون وقفتهم، مؤكدين أن …»)
  const cueWord = foldArabicWord(text.slice(cue.verbStart, cue.end).split(/[\s\u00A0]/u)[0] ?? "");
  const plural = /(?:وا|ون)$/u.test(cueWord) || (cue.kind === "participle" && /ين$/u.test(cueWord));
  const read = subjectBeforeObject(text, verb.text, readSubject(text, verb.end, cue.start, knownNames));
  return (
    actingSubject(text, read, knownNames, plural) ??
    (plural ? peopleAfterVerb(text, verb.end, cue.start) : null)
  );
}

/**
 * The subject read after a verb that reports nothing, when it is a person or body (a title, an institution
 * or a name met before); its refused act is not part of it.
 */
export function actingSubject(
  text: string,
  read: SpanPair | null,
  knownNames: Set<string>,
  plural = false,
): SpanPair | null {
  if (!read) return null;
  // «ورفض المتحدث باسم الجيش التعليق، مكتفيا بالقول …»: the refused act after the subject is its object
  const refused = REFUSED_OBJECT.exec(text.slice(read.start, read.end));
  const span = refused ? { start: read.start, end: read.start + refused.index } : read;
  const first = text.slice(span.start, span.end).split(/[\s\u00A0]+/)[0] ?? "";
  const head = titleHead(first);
  // («وتجمع المحتجون …، وقالوا إن …»: a plural verb's subject may be a group of people)
  const group = plural && isPeopleGroup(first);
  // «أشاد حسن شوقي المدير الفني للفريق بـ…»: a name first met here, with its title right after it
  const [after] = tokensForward(text, span.end, span.end + 30, 1);
  const titled =
    (!!after?.word && hasArticle(after.text) && PERSON_TITLES.has(titleHead(after.text))) ||
    !!nameThenTitle(text.slice(span.start, span.end).split(/[\s\u00A0]+/))?.name;
  const known = PERSON_TITLES.has(head) || ORG_TITLES.has(head) || knownNames.has(foldWord(first));
  // «تمسك المتهم بأقواله، مؤكدا أن …»: the accused of a court report acts, then speaks
  const accused = LONE_ACCUSED.test(withoutHarakat(first));
  if (group && DEFINITE_SOUND_PLURAL.test(first)) return groupHeadAndAdjectives(text, span);
  return known || group || titled || accused ? span : null;
}

/** «المحتجون», «المزارعين»: a definite sound plural, which is never the first term of a construct. */
const DEFINITE_SOUND_PLURAL = /^ال[\p{L}\p{M}]{2,}(?:ون|ين)$/u;

/** «المزارعون الغاضبون الساحة»: the group and its plural adjectives, not the verb's object after them. */
function groupHeadAndAdjectives(text: string, span: SpanPair): SpanPair {
  const words = [...text.slice(span.start, span.end).matchAll(/[^\s\u00A0]+/gu)];
  let k = 1;
  while (k < words.length && DEFINITE_SOUND_PLURAL.test(words[k]?.[0] ?? "")) k++;
  const last = words[k - 1] as RegExpMatchArray;
  return { start: span.start, end: span.start + (last.index ?? 0) + last[0].length };
}

/** A definite noun that is neither a title, an institution nor a name met before («التقارير المتداولة»). */

export function plainNoun(text: string, subject: SpanPair, knownNames: Set<string>): boolean {
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
const PRONOUN_LEAD = seatless(/^(?:و?لكن|(?:إلا|الا|غير)[\s\u00A0]+[أا]ن)(?:ه|ها|هم|هما)$/u);
/** «وأنها تتابع …»: a second أن-clause of the content before, not a new statement. */
const COMPLEMENT_LEAD = seatless(/^[وف]?[أإا]ن(?:ه|ها|هم|هما)?(?=[\s\u00A0]|$)/u);
/** «… والمؤسسة» right before the verb: «و» and one definite word after other words. */
const JOINED_SHORT_SUBJECT = /[\s\u00A0]و(ال\p{L}{2,})[\s\u00A0]*$/u;
/** «لكن مصدرا في النقابة أفاد»: a contrastive particle before the subject. */
export const CONTRAST_LEAD = seatless(/^(?:و?لكن|(?:بيد|غير|إلا)[\s\u00A0]+أن)[\s\u00A0]+/u);

/**
 * The subject standing before a verb at the start of its clause, ending right before the verb; or a
 * pronoun subject («لكنه أقر»), which leaves the speaker to the claim before.
 */
export function frontedSubject(
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
  // «انقطاع الكهرباء يتجاوز 14 ساعة والمؤسسة تقول إن …»: a clause joined by «و» whose subject is a
  // body's or a title holder's short name, right before the verb
  const joined = JOINED_SHORT_SUBJECT.exec(text.slice(k, cue.start));
  if (joined?.[1] && !THAT_WORD.test(lead) && isTitleWord(titleHead(joined[1]))) k += joined.index + 1;
  // «ونقابة الصحفيين قالت …», «ورابطة الأندية طالبت …»: the «و» joining the clause to a bare title or body's
  // head is no part of it (not «وزير», «وكالة»: a title that itself begins with «و»)
  const first = /^\S+/u.exec(text.slice(k, cue.start))?.[0] ?? "";
  if (/^و/u.test(first) && !isTitleWord(titleHead(first)) && isTitleWord(titleHead(first.slice(1)))) k++;
  const read = readSubject(text, k, cue.start, knownNames);
  if (!read) return none;
  // «… والهجرة الدولية تحذر من …»: the «و» joining the clause is no part of its subject
  // (not the title «والي الخرطوم»)
  const subject = /^و(?=ال)(?!الية?[\s\u00A0])/u.test(text.slice(read.start, read.end))
    ? { ...read, start: read.start + 1 }
    : read;
  if (!/^[\s\u00A0]*$/.test(text.slice(subject.end, cue.start))) {
    // «لكن جمعيات أهلية تعمل في مجال الصحة النفسية اعتبرت …»: a body with its relative clause
    const rest = text.slice(subject.end, cue.start);
    const head = titleHead(text.slice(subject.start, subject.end).split(/[\s\u00A0]+/)[0] ?? "");
    const words = rest.trim().split(/[\s\u00A0]+/).length;
    if (!ORG_TITLES.has(head) && !PERSON_TITLES.has(head)) return none;
    if (words > 8 || /[،,:«»“”"()]/u.test(rest)) return none;
    // «المتحدثة … قالت إن واشنطن تتابع …»: a that-clause between them makes the verb part of a content
    if (THAT_WORD.test(rest)) return none;
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
export function statementOwner(
  text: string,
  s: Sentence,
  cue: Cue,
  knownNames: Set<string>,
): { span: SpanPair; from: number } | null {
  const before = text.slice(s.start, cue.start);
  // «…، في خطوة قال إنها تهدف …»: a clause on the statement's occasion has the sentence's subject
  if (IN_A_STEP.test(before)) {
    // «…، في خطوة تقول الحكومة إنها …»: a subject after the verb is the speaker
    const own = readSubject(text, cue.end, s.end, knownNames);
    if (own && THAT_NEXT.test(text.slice(own.end, own.end + 8))) return { span: own, from: own.end };
    const span = openingSubject(text, s, cue, knownNames);
    return span ? { span, from: cue.end } : null;
  }
  const fi = /^[\s\u00A0]+(?:فيه|فيها)(?![\p{L}\p{M}])/u.exec(text.slice(cue.end, cue.end + 8));
  if (!fi) return null;
  const from = cue.end + fi[0].length;
  // «في وقت يقول فيه محللون إن …»: «فيه» is the time the clause opens with; the subject follows it
  if (TIME_CLAUSE.test(before)) {
    const span = readSubject(text, from, s.end, knownNames);
    return span ? { span, from: span.end } : null;
  }
  const topic = TOPIC_AMMA.exec(before);
  if (topic?.[1]) {
    const start = s.start + topic.index + topic[0].indexOf(topic[1], topic[0].indexOf("أما") + 3);
    return { span: { start, end: start + topic[1].length }, from };
  }
  const issued = ISSUED_BEFORE.exec(before);
  const issuedEnd = issued ? s.start + issued.index + issued[0].length : -1;
  // «وكانت الغرفة قد أصدرت بيانا قالت فيه إن …»: the issuer stands between كان and قد
  const qad = issued ? QAD_END.exec(before.slice(0, issued.index)) : null;
  const span = qad
    ? readPluperfectSubject(text, s.start, s.start + qad.index + qad[0].search(/\S/u))
    : issued
      ? readSubject(text, issuedEnd, publishedObject(text, issuedEnd, cue.start), knownNames)
      : // «ورحب الأمين العام بالاتفاق في تغريدة، كتب فيها أن …»: the sentence's subject
        openingSubject(text, s, cue, knownNames);
  return span ? { span, from } : null;
}

/** «… قد» right before the issuing verb of a pluperfect. */
const QAD_END = /[\s\u00A0]قد[\s\u00A0]*$/u;

/** «بيانا», «صورة», «مقطع فيديو», «تغريدة»: what was published, the issuing verb's object. */
const PUBLISHED =
  /^(?:بيان|تصريح|منشور|مقطع|فيديو|تسجيل|شريط|خطاب|مقال)ا?$|^(?:تغريدة|تدوينة|رسالة|صورة|كلمة|مقالة)$/u;

/**
 * «ونشر الفنان X على حسابه صورة قال فيها …», «ونشر الوزير مقطع فيديو قال فيه …»: where the published thing
 * starts after the issuing verb's subject (`limit` when none is named), so the subject does not run into it.
 */
function publishedObject(text: string, from: number, limit: number): number {
  const toks = tokensForward(text, from, limit, 16);
  const k = toks.findIndex((t, i) => i > 0 && t.word && PUBLISHED.test(withoutHarakat(t.text)));
  return k > 0 ? (toks[k] as Token).start : limit;
}

/** «في وقت», «في الوقت الذي» right before a verb: a time clause («في وقت يقول فيه X …»). */
const TIME_CLAUSE =
  /(?:^|[\s\u00A0،,])[وف]?في[\s\u00A0]+(?:وقت|الوقت|حين|لحظة)(?:[\s\u00A0]+(?:الذي|التي))?[\s\u00A0]*$/u;

const COMMA_CHARS = new Set(["،", ","]);
const BOUNDARY_CHARS = new Set(["،", ",", ":", "؛", ";", "."]);

/** «إن», «أن», «بأن», «أنه»: a complementizer, which opens a content, never a relative clause on a subject. */
const THAT_WORD = seatless(/(?:^|[\s\u00A0])[وفب]?[أإا]ن(?:ه|ها|هم|هما)?(?=[\s\u00A0]|$)/u);

/** «من جهته», «من جانبها», «بدوره», «هو الآخر»: an aside between commas that only turns to its subject. */
const SIDE_ASIDE =
  /^[\s\u00A0]*(?:من[\s\u00A0]+(?:جانب|جهت|ناحيت)(?:ه|ها|هم|هما)|بدور(?:ه|ها|هم|هما)|هو[\s\u00A0]+الآخر|هي[\s\u00A0]+الأخرى|هم[\s\u00A0]+الآخرون)[\s\u00A0]*$/u;

/**
 * «لكن الخبيرة الاقتصادية، سلوى بن عمار، تقول …»: a subject and the apposition that names it, between
 * commas, stand before a verb that follows the second comma. Null otherwise.
 */
export function frontedWithApposition(
  text: string,
  s: Sentence,
  cue: Cue,
  knownNames: Set<string>,
): SpanPair | null {
  if (cue.verbStart > cue.start) return null;
  // the comma right before the verb, the one opening the apposition, and the clause start before it
  let close = cue.start - 1;
  while (close > s.start && /[\s\u00A0]/u.test(text[close] as string)) close--;
  if (!COMMA_CHARS.has(text[close] as string)) return null;
  let open = close - 1;
  while (open > s.start && close - open <= 60 && !BOUNDARY_CHARS.has(text[open] as string)) open--;
  if (!COMMA_CHARS.has(text[open] as string) || close - open < 3) return null;
  let start = open - 1;
  while (start >= s.start && open - start <= 90 && !BOUNDARY_CHARS.has(text[start] as string)) start--;
  if (start >= s.start && !BOUNDARY_CHARS.has(text[start] as string)) return null;
  start++;
  while (start < open && /[\s\u00A0]/u.test(text[start] as string)) start++;
  const contrast = CONTRAST_LEAD.exec(text.slice(start, start + 12));
  if (contrast) start += contrast[0].length;
  // «وزير الداخلية، من جانبه، أكد …», «الرئيس X، بدوره، قال …»: an aside turning to the subject, no apposition
  if (SIDE_ASIDE.test(text.slice(open + 1, close))) {
    const topic = readSubject(text, start, open, knownNames);
    return topic && /^[\s\u00A0]*$/u.test(text.slice(topic.end, open)) ? topic : null;
  }
  const subject = readSubject(text, start, cue.start, knownNames);
  if (!subject) return null;
  const first = text.slice(subject.start, subject.end).split(/[\s\u00A0]+/)[0] ?? "";
  const head = titleHead(first);
  if (!PERSON_TITLES.has(head) && !ORG_TITLES.has(head) && !knownNames.has(foldWord(first))) return null;
  const end = appositionEnd(text, subject, cue.start);
  return end !== null && /^[\s\u00A0]*[،,][\s\u00A0]*$/u.test(text.slice(end, cue.start))
    ? { start: subject.start, end }
    : null;
}

/** «أما رئيس البلدية، فاعتبر …», «أما النائبة الجاسم فرأت …»: the topic before «ف» is the subject of the verb. */
export function topicSubject(text: string, s: Sentence, cue: Cue): SpanPair | null {
  if (cue.verbStart === cue.start || text[cue.start] !== "ف") return null;
  const before = text.slice(s.start, cue.start);
  // an aside may follow the topic: «أما مدير أحد المحلات، الذي طلب عدم ذكر اسمه، فقال …»; the comma
  // before «ف» is often left out
  const m = TOPIC_AMMA_END.exec(before);
  // «أما في فاريا، فتؤكد X …»: a place or setting after «أما» is no subject; the verb's own follows it
  if (!m?.[1] || SETTING_TOPIC.test(m[1])) return null;
  const start = s.start + m.index + m[0].indexOf(m[1], m[0].indexOf("أما") + 3);
  // «أما وزير الصحة في الولاية، إبراهيم خاطر، فقد أكد …»: the aside that names the topic belongs to it
  const aside = m[2];
  if (aside) {
    const at = s.start + m.index + m[0].lastIndexOf(aside);
    const words = tokensForward(text, at, at + aside.length, 8);
    // («، النائب عمار لعرابي،»: a title before the name too)
    const titled = words.length > 1 && PERSON_TITLES.has(titleHead((words[0] as Token).text));
    if (nameOnly(titled ? words.slice(1) : words))
      return { start, end: (words[words.length - 1] as Token).end };
  }
  return { start, end: start + m[1].length };
}
