// «مدرب الوداد: لن نلعب من أجل التعادل»: a headline that gives a speaker's words after a colon.
import { type ArticleView, type Draft, newDraft, trimSpan } from "../draft.ts";
import { foldForCompare } from "../text/chars.ts";
import { paragraphAt } from "../text/segment.ts";
import type { Dated } from "../timeline.ts";
import {
  accusedInBody,
  describedBody,
  quotedBySurname,
  SPEAKING_BODIES,
  speakerInBody,
  townSpelledOut,
} from "./headline-speakers.ts";
import { foldWord, ORG_TITLES, PERSON_TITLES, SOURCE_NOUNS } from "./lexicon.ts";
import { IMPERFECT, titleHead, verbLemma } from "./phrase.ts";

const HEADLINE_MAX = 160;
/** The paragraphs of headline, subheadline, dateline and lede. */
const LEDE_PARAGRAPHS = 3;
/** How many paragraphs after an opening claim the article may take to report its speaker in full. */
const REPORTED_WITHIN = 3;
/** «… لـ«الشرق الأوسط»», «… لـ"الصباح"»: the outlet the speaker talked to, after the speaker. */
/** «..» / «…»: the joint of a two-part headline, with the second part's conjunction. */
const SECOND_PART = /^.*(?:\.\.+|…)[\s\u00A0]*/u;
/** «… من باتنة», «… من العاصمة الجزائر»: the place after the speaker («من» and one or two words). */
const SPOKE_FROM = /(?<=[\p{L}\p{M}])[\s\u00A0]+من[\s\u00A0]+(\p{L}+)(?:[\s\u00A0]+\p{L}+)?$/u;
const TOLD_OUTLET = /[\s\u00A0]+لـ?[\s\u00A0]*[«"“][^»"”]{1,40}[»"”][\s\u00A0]*$/u;

/**
 * The headline's claims when it reads «TITLE: words» (a person's title or a body, up to eight words before
 * the colon) and no cue of the headline made a claim already; a two-part headline joined by «..» may give
 * one to each part («أمانة جدة: ….. سكان «الحرازات»: …»). Their speaker is the title, which the body of
 * the article names.
 */
export function headlineDrafts(view: ArticleView, drafts: Draft[]): Draft[] {
  const { text } = view;
  const first = view.sentences[0];
  if (!first) return [];
  const lineEnd = text.indexOf("\n", first.start);
  if (lineEnd < 0 || lineEnd - first.start > HEADLINE_MAX) return [];
  const out = drafts.some((d) => d.cueStart < lineEnd) ? [] : lineDrafts(text, drafts, first.start, lineEnd);
  // «… والصحة تحذر من …»: a verb's one-word subject is a body's short name, as before a colon
  for (const d of drafts) {
    const word = d.cueStart < lineEnd && d.mentionStart >= 0 ? text.slice(d.mentionStart, d.mentionEnd) : "";
    const body = !word
      ? null
      : /[\s\u00A0]/u.test(word)
        ? describedBody(text, drafts, word, lineEnd)
        : speakerInBody(text, drafts, word, lineEnd);
    if (body) d.speakerName = body;
  }
  // «باحثون: نظام ذكاء اصطناعي يرصد …»: a sub-headline line under it, with no full stop; only a title or a
  // body speaks there (a byline «بغداد: حيدر فليح الربيعي» has a town before its colon)
  const sub = trimSpan(text, lineEnd + 1, text.indexOf("\n", lineEnd + 1));
  const subText = sub ? text.slice(sub[0], sub[1]) : "";
  if (sub && subText.length <= HEADLINE_MAX && !/[.!؟?]$/u.test(subText) && !BULLET.test(subText))
    if (!drafts.some((d) => d.cueStart >= sub[0] && d.cueStart < sub[1]))
      out.push(...lineDrafts(text, drafts, sub[0], sub[1], true));
  // «• العنزي: المخالفات تُرسل …»: the bulleted sub-headlines under it, each a line of its own
  for (let start = lineEnd + 1; ; ) {
    const bullet = BULLET.exec(text.slice(start, start + 4));
    const end = text.indexOf("\n", start);
    if (!bullet || end < 0 || end - start > HEADLINE_MAX) break;
    if (!drafts.some((d) => d.cueStart >= start && d.cueStart < end))
      out.push(...lineDrafts(text, drafts, start + bullet[0].length, end));
    start = end + 1;
  }
  return out;
}

/** «• », «- », «▪ »: the bullet opening a sub-headline. */
const BULLET = /^[\s\u00A0]*[•▪■◾●\-–—*][\s\u00A0]*/u;

/** The «TITLE: words» claims of one headline line, text[from, lineEnd). */
function lineDrafts(
  text: string,
  drafts: Draft[],
  from: number,
  lineEnd: number,
  titledOnly = false,
): Draft[] {
  const out: Draft[] = [];
  for (let colon = text.indexOf(":", from); colon >= 0 && colon < lineEnd; ) {
    // a later colon starts another claim only after a joint («..») that closes this one's words
    let next = text.indexOf(":", colon + 1);
    let end = lineEnd;
    while (next >= 0 && next < lineEnd) {
      const joint = lastJoint(text, colon + 1, next);
      if (joint) {
        end = joint;
        break;
      }
      next = text.indexOf(":", next + 1);
    }
    const d = colonDraft(text, drafts, from, colon, end, lineEnd, titledOnly);
    if (d) out.push(d);
    if (end >= lineEnd) break;
    from = end;
    colon = next;
  }
  return out;
}

/** Where the last «..»/«…» joint between `from` and `to` starts, or 0. */
function lastJoint(text: string, from: number, to: number): number {
  const m = /^(.*)(?:\.\.+|…)/u.exec(text.slice(from, to));
  return m ? from + (m[1] as string).length : 0;
}

/** One «TITLE: words» claim: the speaker from `from` to the colon, the words from the colon to `end`. */
function colonDraft(
  text: string,
  drafts: Draft[],
  from: number,
  colon: number,
  end: number,
  lineEnd: number,
  titledOnly: boolean,
): Draft | null {
  const speaker = trimSpan(text, from, colon);
  const content = trimSpan(text, colon + 1, end);
  if (!speaker || !content || content[1] - content[0] < 10) return null;
  // «البرلمان يمرر القانون.. ووزير المالية: …»: a two-part headline; the speaker opens the second part
  const second = SECOND_PART.exec(text.slice(speaker[0], speaker[1]));
  if (second) speaker[0] += second.index + second[0].length;
  const told = TOLD_OUTLET.exec(text.slice(speaker[0], speaker[1]));
  let mentionStart = speaker[0];
  let mentionEnd = told
    ? speaker[0] + told.index
    : (toldOutletBare(text, speaker[0], speaker[1], lineEnd) ?? speaker[1]);
  // «وزير السكن من باتنة: …», «الرئيس من بيروت: …»: where the speaker spoke from is not the speaker
  const spokeFrom = SPOKE_FROM.exec(text.slice(mentionStart, mentionEnd));
  if (spokeFrom && !ORG_TITLES.has(foldWord(spokeFrom[1] as string)))
    mentionEnd = mentionStart + spokeFrom.index;
  // ««الشارقة للتعليم الخاص»: …»: a body's short name in quotation marks before the colon
  const marked = /^[«"“]([^«»"“”]{3,80})[»"”]$/u.exec(text.slice(mentionStart, mentionEnd));
  if (marked) [mentionStart, mentionEnd] = [mentionStart + 1, mentionEnd - 1];
  // «… والبيئة المصرية: …»: the second part's conjunction before a body the article names in full
  if (
    second &&
    text[mentionStart] === "و" &&
    speakerInBody(text, drafts, text.slice(mentionStart + 1, mentionEnd), lineEnd)
  )
    mentionStart += 1;
  mentionEnd = beforeHeadlineVerb(text, drafts, mentionStart, mentionEnd, lineEnd);
  const name = text.slice(mentionStart, mentionEnd);
  const words = name.split(/[\s\u00A0]+/u);
  // «متهم بالاستيلاء على … عبر منصة وهمية: …» (court pages): the accused, described by the charge, is
  // the one the body calls «المتهم»
  const accused = ACCUSED_DESCRIPTION.test(name) ? accusedInBody(text, drafts, lineEnd) : null;
  if ((words.length > 8 && !accused) || words.length > 14 || /(?<!\p{N})\.|[،,؛!?؟]/u.test(name)) return null;
  let head = titleHead(words[0] as string);
  const speaks = (h: string): boolean => PERSON_TITLES.has(h) || SPEAKING_BODIES.has(h);
  if (second && !speaks(head) && head.startsWith("و") && speaks(titleHead(head.slice(1)))) {
    // «.. ووزير المالية:»: the second part's conjunction is not the speaker's
    head = titleHead(head.slice(1));
    mentionStart += 1;
  }
  // («المصدر: وكالة الأنباء», «المحرر: …» under the headline credit the source or the writer)
  if (titledOnly && words.length === 1 && CREDIT_LABELS.has(foldWord(name))) return null;
  // «… .. ونواب: لا بد من قانون»: a bare group of MPs closing a two-part headline sums the story up
  if (second && words.length === 1 && HEADLINE_GROUPS.has(foldWord(name.replace(/^و/u, "")))) return null;
  const said = speaks(head) || !!accused;
  const body = said || titledOnly ? null : speakerInBody(text, drafts, name, lineEnd);
  // «فاريلا: …» (sports press): a surname alone, which the body gives a person it quotes
  const surname =
    said || body || titledOnly || words.length > 1 ? false : quotedBySurname(text, drafts, name, lineEnd);
  if (!said && !body && !surname) return null;
  const d = newDraft({ cueStart: colon, cueEnd: colon + 1, mentionStart, mentionEnd });
  // «التموين: …»: the short name speaks as the body the article names in full
  if (body && words.length < 2) d.speakerName = body;
  const fuller = said && !accused ? townSpelledOut(text, drafts, name, lineEnd) : null;
  if (fuller) d.speakerName = fuller;
  if (accused) d.speakerName = accused;
  [d.contentStart, d.contentEnd] = content;
  d.frameStart = mentionStart;
  d.frameEnd = colon + 1;
  d.rules.push("ar.headline-colon");
  return d;
}

/** «… لعمون», «… للغد»: a last word on «لـ» before the colon, the outlet told if the body says so. */
const LAST_LAM_WORD = /[\s\u00A0]+(ل\p{L}{2,})$/u;
/**
 * «وزير الأوقاف لعمون: …»: an outlet's name glued to «لـ» and not quoted ends the speaker when the body tells
 * the words to it the same way («في تصريح خاص لعمون», «في حديث للغد»); a body's «لـ»-genitive («الأمين العام
 * لحماس: …») is never so told. Only after a person's title. Where the speaker ends, or null.
 */
function toldOutletBare(text: string, start: number, end: number, bodyStart: number): number | null {
  const last = LAST_LAM_WORD.exec(text.slice(start, end));
  // (a person's title, not unnamed sources: «مصادر للعربية: …» keeps its words, which the body's «مصادر
  // خاصة للعربية» matches)
  const first = text.slice(start, end).split(/[\s\u00A0]+/u)[0] ?? "";
  if (!last?.[1] || !PERSON_TITLES.has(titleHead(first)) || SOURCE_NOUNS.has(foldWord(first))) return null;
  const toldIn = new RegExp(
    String.raw`(?:تصريح|تصريحات|حديث|مقابلة|لقاء|اتصال)(?:[\s\u00A0]+(?:خاص|خاصة|صحفي|صحافي|هاتفي))?[\s\u00A0]+${last[1]}(?![\p{L}\p{M}])`,
    "u",
  );
  return toldIn.test(text.slice(bodyStart)) ? start + last.index : null;
}

/** Given names shaped like such a verb. Folded. */
const IMPERFECT_NAMES = new Set(
  "يوسف يحيى ياسر ياسين يزيد يونس يعقوب يسرى يمنى يسري تامر توفيق تركي تيسير تميم تغريد تهاني"
    .split(" ")
    .map(foldWord),
);
/** «تعليم», «تموين», «تحرير»: a verbal noun of the pattern تفعيل (not a verb: «مدير تعليم الجيزة: …»). */
const TAFIL = /^ت\p{L}{2}ي\p{L}$/u;
/**
 * «وزير المالية يزور المصنع: …», «متهم بالقتل يمثل أمام المحكمة: …»: a headline whose words before the colon
 * are a clause (its subject, then a verb in the imperfect with what follows it) has the subject for speaker,
 * not the whole clause. Where the speaker ends: before the verb, or `end` (a word of the body's speakers,
 * «وزير الخارجية يوسف العتيبة: …» over «وقال العتيبة», is a name, not a verb).
 */
function beforeHeadlineVerb(
  text: string,
  drafts: Draft[],
  start: number,
  end: number,
  bodyStart: number,
): number {
  const words = [...text.slice(start, end).matchAll(/\S+/gu)];
  const verbLike = (k: number): boolean => {
    const w = words[k]?.[0] ?? "";
    const named = IMPERFECT_NAMES.has(foldWord(w)) || TAFIL.test(w);
    return IMPERFECT.test(w) && !named && !PERSON_TITLES.has(titleHead(w)) && !ORG_TITLES.has(titleHead(w));
  };
  let at = words.findIndex((_, k) => k > 0 && verbLike(k));
  // («الرئيس تبون يستقبل …»: of two such words in a row the first is a name, the second the verb)
  if (at > 0 && verbLike(at + 1)) at++;
  if (at < 1 || at >= words.length - 1) return end;
  const rest = words.slice(at).map((m) => foldWord(m[0]));
  const spoken = drafts.some(
    (d) =>
      d.cueStart >= bodyStart &&
      d.mentionStart >= 0 &&
      text
        .slice(d.mentionStart, d.mentionEnd)
        .split(/[\s\u00A0]+/u)
        .some((w) => rest.includes(foldWord(w))),
  );
  return spoken ? end : (trimSpan(text, start, start + (words[at]?.index ?? 0))?.[1] ?? end);
}

/** «المصدر», «المحرر»: labels of a credit line, not speakers. Folded. */
/** «نواب», «برلمانيون»: a bare plural of a title, no one the body quotes as such. Folded. */
const HEADLINE_GROUPS = new Set(["نواب", "برلمانيون", "برلمانيين"].map(foldWord));
const CREDIT_LABELS = new Set(["المصدر", "المصادر", "المحرر", "المراسل", "الكاتب"].map(foldWord));

/** «متهم بالاستيلاء …», «متهمة بقتل …»: one accused, described by the charge. */
const ACCUSED_DESCRIPTION = /^(?:متهم|متهمة)[\s\u00A0]+ب\p{L}{3,}/u;

/**
 * A headline's claim, and a lede's that tells no day, sum up what the article then reports its speaker
 * saying: they take the day of that speaker's first dated claim after them, within a few paragraphs.
 * (`dates` and `speakers` go with `drafts`.)
 */
export function openingDates(
  view: ArticleView,
  drafts: Draft[],
  speakers: readonly ({ name: string | null } | null)[],
  dates: Dated[],
): void {
  const { sentences, text } = view;
  const lineEnd = text.indexOf("\n", sentences[0]?.start ?? 0);
  const headline = lineEnd >= 0 && lineEnd - (sentences[0]?.start ?? 0) <= HEADLINE_MAX ? lineEnd : -1;
  drafts.forEach((d, i) => {
    const who = speakers[i];
    const para = paragraphAt(sentences, d.cueStart);
    const inHeadline = d.cueStart < headline;
    // (a claim with its own day keeps it: a short lede on the first line is no headline's summing up)
    if (!who || dates[i]?.inherited === false || (!inHeadline && (para > LEDE_PARAGRAPHS || dates[i]?.date)))
      return;
    for (let j = i + 1; j < drafts.length; j++) {
      const x = drafts[j] as Draft;
      // (a headline sums up its speaker's words wherever the body reports them on a day of their own:
      // «وزير النقل: …» over the minister quoted «اليوم الجمعة» in the seventh paragraph)
      const far = paragraphAt(sentences, x.cueStart) > para + REPORTED_WITHIN;
      if (far && !inHeadline) break;
      if (far && dates[j]?.inherited !== false) continue;
      // («وكان الوزير قد قال الاثنين الماضي إن …»: a pluperfect recalls an earlier statement, not this one's day)
      const same = speakers[j] === who || spokespersonOf(text, x, who.name);
      if (x.cueStart > headline && same && dates[j]?.date && !x.backgrounded) {
        dates[i] = dates[j] as Dated;
        return;
      }
    }
    const echoed = inHeadline && !dates[i]?.date ? echoedClaim(text, drafts, i, headline) : -1;
    if (echoed >= 0 && dates[echoed]?.date) dates[i] = dates[echoed] as Dated;
  });
}

/**
 * «وقال المتحدث باسم وزارة الكهرباء …» after «الكهرباء تعد …»: a claim of one who speaks for the body; also
 * «قالت وزيرة الموارد البحرية …» after the headline «وزارة الموارد البحرية: …» (the ministry's minister).
 */
function spokespersonOf(text: string, x: Draft, body: string | null): boolean {
  if (!body || x.mentionStart < 0) return false;
  const mention = foldForCompare(text.slice(x.mentionStart, x.mentionEnd));
  const portfolio = MINISTRY.exec(body)?.[1];
  const minister = portfolio ? [`وزير ${portfolio}`, `وزيرة ${portfolio}`] : [];
  return [`باسم ${body}`, ...minister].some((phrase) => mention.includes(foldForCompare(phrase)));
}
/** «وزارة الموارد البحرية»: a ministry, and its portfolio. */
const MINISTRY = /^وزارة[\s\u00A0]+(.+)$/u;

/** A verb cue's lemma («يتهمون», «واتهم» → «اتهم»), or null. */
const cueLemma = (text: string, d: Draft): string | null => {
  const verb = /^[^\s\u00A0]+/u.exec(text.slice(d.cueStart, d.cueEnd));
  return verb ? verbLemma(text, d.cueStart + verb[0].length) : null;
};
const mentionWords = (text: string, d: Draft): string[] =>
  text
    .slice(d.mentionStart, d.mentionEnd)
    .split(/[\s\u00A0]+/u)
    .filter(Boolean)
    .map(foldWord);

/**
 * «… والأهالي يتهمون الشركة بالإهمال» over «واتهم عدد من أهالي المنطقة، … أمس الثلاثاء، الشركة …»: the body
 * claim a headline's claim sums up, anywhere below it: the same reporting verb, and the headline's speaker
 * word among its speaker's words. Its index, or -1.
 */
function echoedClaim(text: string, drafts: Draft[], i: number, headline: number): number {
  const h = drafts[i] as Draft;
  const lemma = cueLemma(text, h);
  const words = h.mentionStart >= 0 ? mentionWords(text, h) : [];
  if (!lemma || words.length !== 1) return -1;
  return drafts.findIndex(
    (x, j) =>
      j > i &&
      x.cueStart > headline &&
      x.mentionStart >= 0 &&
      !x.backgrounded &&
      cueLemma(text, x) === lemma &&
      mentionWords(text, x).includes(words[0] as string),
  );
}
