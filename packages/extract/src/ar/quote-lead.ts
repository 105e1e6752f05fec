// «"…"، بهذه الكلمات لخّص المواطن X معاناة …», «"…"، هكذا علّق الوزير على …»: a lead that opens on the quote.
import { type ArticleView, type Draft, newDraft } from "../draft.ts";
import { type Quote, quoteAt } from "../text/quotes.ts";
import { type Sentence, sentenceAt } from "../text/segment.ts";
import { appositionEnd } from "./apposition.ts";
import { FUNCTION_WORDS, foldWord, PERSON_TITLES } from "./lexicon.ts";
import { DASH_DATELINE, titleHead } from "./phrase.ts";
import { rememberNames } from "./speaker.ts";
import { readSubject, type SpanPair } from "./subject.ts";

/** «، بهذه الكلمات», «، بتلك العبارة», «، هكذا»: the words pointing back to the quotation, then the verb. */
const POINTS_BACK =
  /^[\s\u00A0]*[،,][\s\u00A0]*(?:ب(?:هذه|تلك)[\s\u00A0]+(?:الكلمات|العبارات|العبارة|الكلمة|الجملة|الجمل)(?:[\s\u00A0]+القليلة)?|هكذا)[\s\u00A0]+(?<verb>[\p{L}\p{M}]{2,})/u;

/** «عبّر» folded, and the «عن» of what it expresses later in the sentence. */
const EXPRESSED = foldWord("عبر");
const ABOUT_AFTER = /[\s\u00A0]عن[\s\u00A0]/u;

/**
 * «غضب», «معاناة», «مخاوف»: what a speaker sums up or describes in the words quoted, the verb's object after
 * the name («لخّص محمد العلوي غضب زملائه»), with or without a pronoun.
 */
const SUMMED_FEELING =
  /^(?:غضب|معاناة|مخاوف|خوف|قلق|حزن|ألم|آلام|فرح|فرحة|سعادة|غضبة|استياء|موقف|رأي|حال|وضع|قصة|تجربة|شعور|مشاعر|حكاية|مأساة|رحلة|أزمة|يأس|أمل|آمال|خيبة|إحباط|امتعاض|رفض|سخط|حيرة|معاناته|معاناتها|معاناتهم)(?:ه|ها|هم|هما)?$/u;

/** The mention [start, end) without a summed-up feeling and what follows it. */
function withoutSummedObject(text: string, start: number, end: number): number {
  const re = /[\p{L}\p{M}]+/gu;
  re.lastIndex = start;
  let k = 0;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text), k++)
    if (k >= 2 && SUMMED_FEELING.test(foldWord(m[0])))
      return text.slice(start, m.index).trimEnd().length + start;
  return end;
}

/** «هكذا», «بهذه الكلمات» opening a sentence, then the verb. */
const OPENS_POINTING_BACK =
  /^(?:ب(?:هذه|تلك)[\s\u00A0]+(?:الكلمات|العبارات|العبارة|الكلمة|الجملة|الجمل)(?:[\s\u00A0]+القليلة)?|هكذا)[\s\u00A0]+(?<verb>[\p{L}\p{M}]{2,})/u;

/** The quotation that is the whole sentence before `s` in its paragraph («"…"…», «"…".»), or null. */
function quoteClosedBefore(view: ArticleView, s: Sentence): Quote | null {
  const { text, quotes, sentences } = view;
  const prev = sentenceAt(sentences, s.start - 1) ?? sentenceAt(sentences, s.start - 2);
  if (!prev || prev.para !== s.para || prev === s) return null;
  const q = quoteAt(quotes, prev.start);
  if (!q || q.start !== prev.start || !q.closed) return null;
  return /^[\s\u00A0.…]*$/u.test(text.slice(q.end, s.start)) ? q : null;
}

/**
 * «"… فيها. يعني إيه …؟ أروح فين …؟"، بهذه الكلمات عبّر X»: a quotation of several sentences that opens an
 * earlier sentence of the same paragraph and closes in this one.
 */
function quoteOpensEarlierSentence(view: ArticleView, s: Sentence, q: Quote): boolean {
  const first = sentenceAt(view.sentences, q.start);
  return (
    q.start < s.start &&
    !!first &&
    first.para === s.para &&
    /^[\s\u00A0]*$/u.test(view.text.slice(first.start, q.start))
  );
}

/**
 * The claim of a sentence that opens with a quotation and then names who said it with a verb of any kind
 * («لخّص», «وصف», «علّق», «اختصر»): the verb is the cue, its subject the speaker, the quotation the content.
 */
export function quoteLeadDraft(view: ArticleView, s: Sentence, knownNames: Set<string>): Draft | null {
  const { text, quotes } = view;
  const open = s.start + (/^[\s\u00A0]*/u.exec(text.slice(s.start, s.start + 8))?.[0].length ?? 0);
  // («الكويت - "…"، بهذه العبارة ردّ X»: after the lede's dateline)
  const quoteStart = open + (DASH_DATELINE.exec(text.slice(open, open + 60))?.[0].length ?? 0);
  const before = quoteClosedBefore(view, s);
  const q = before ?? quoteAt(quotes, quoteStart);
  const opensSentence = !!q && (q.start === quoteStart || quoteOpensEarlierSentence(view, s, q));
  if (!q || (!before && (!opensSentence || !q.closed || q.end >= s.end))) return null;
  // («"…"… هكذا ردّ X»: the words pointing back open the sentence after the quotation's)
  const from = before ? s.start : q.end;
  const m = (before ? OPENS_POINTING_BACK : POINTS_BACK).exec(text.slice(from, Math.min(s.end, from + 60)));
  const verb = m?.groups?.verb;
  if (!m || !verb || /^ال/u.test(verb)) return null;
  const cueEnd = from + m[0].length;
  // («بهذه الكلمات عبّر X عن …»: «عبّر» (expressed) with its «عن», not the preposition «عبر»)
  const expressed = foldWord(verb) === EXPRESSED && ABOUT_AFTER.test(text.slice(cueEnd, s.end));
  if (FUNCTION_WORDS.has(foldWord(verb)) && !expressed) return null;
  const d = newDraft({ cueStart: cueEnd - verb.length, cueEnd, frameStart: s.start });
  const subject = readSubject(text, cueEnd, s.end, knownNames);
  if (subject) {
    // «بهذه العبارة علّق نقيب المهندسين، X، على …»: the name between commas after the title is the speaker's
    const end = withoutSummedObject(
      text,
      subject.start,
      appositionEnd(text, subject, s.end) ?? nameAfterTitle(text, subject, s.end),
    );
    [d.mentionStart, d.mentionEnd] = [subject.start, end];
    rememberNames(text, { start: subject.start, end }, knownNames);
  } else d.inherits = true;
  [d.contentStart, d.contentEnd] = [q.start, q.end];
  // (the rest of the sentence is the frame: «… هكذا تحدث X خلال الوقفة، وهو يحمل …» was said at the protest)
  d.frameEnd = Math.max(
    cueEnd,
    d.mentionEnd,
    s.end - (/[.!؟?]?[\s\u00A0]*$/u.exec(text.slice(s.start, s.end))?.[0].length ?? 0),
  );
  d.rules.push("ar.quote-lead");
  return d;
}

/**
 * «لخّص المواطن سعيد عوض الزهراني معاناة …»: a title alone, then the verb's object with no comma between;
 * the name after the title runs over bare given names (a first one may end in «ة», «فاطمة») to a family name
 * in «ال…ي» or to a noun in «ة».
 * Returns where the mention ends.
 */
function nameAfterTitle(text: string, subject: SpanPair, limit: number): number {
  const words = text.slice(subject.start, subject.end).split(/[\s\u00A0]+/u);
  if (words.length !== 1 || !PERSON_TITLES.has(titleHead(words[0] as string))) return subject.end;
  const next = /^(?:[\s\u00A0]+[\p{L}\p{M}]+){1,4}/u.exec(text.slice(subject.end, limit));
  if (!next) return subject.end;
  let end = subject.end;
  let names = 0;
  for (const w of next[0].trim().split(/[\s\u00A0]+/u)) {
    const family = /^ال\p{L}+ي$/u.test(w);
    if (FUNCTION_WORDS.has(foldWord(w)) || (names > 0 && /ة$/u.test(w)) || (/^ال/u.test(w) && !family)) break;
    end = text.indexOf(w, end) + w.length;
    names++;
    if (family) break;
  }
  return names >= 2 ? end : subject.end;
}
