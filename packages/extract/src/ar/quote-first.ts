// «"…"، قال الوزير.»: a quotation closed before a cue whose speaker ends the sentence is its content.
import { type ArticleView, trimSpan } from "../draft.ts";
import { seatless } from "../text/chars.ts";
import { quoteAt } from "../text/quotes.ts";
import type { Sentence } from "../text/segment.ts";
import { foldArabicWord } from "./cues.ts";
import { withoutToldHearer } from "./hearer.ts";
import { leadingContent } from "./nominal.ts";
import { RESIDENT_NOUNS } from "./phrase.ts";

/** A complementizer anywhere: «أن», «بأنه», «إنها». */
const THAT_WORD = seatless(/(?:^|[\s\u00A0])ب?[أإ]ن(?:ه|ها|هم)?(?:[\s\u00A0]|$)/u);
/** «، … ، إن»: a complementizer after a comma (the content follows the verb). */
const THAT_AFTER_COMMA = seatless(
  /^[\s\u00A0]*[،,](?:[^.!؟?]*?[،,])?[\s\u00A0]*ب?[إأ]ن(?:ه|ها|هم)?[\s\u00A0]/u,
);
/** «لموقع», «لصحيفة»: the outlet told, right before. */
const TOLD_OUTLET_BEFORE = seatless(
  /(?:^|[\s\u00A0])ل(?:موقع|صحيفة|جريدة|قناة|وكالة|إذاعة|راديو|برنامج|مجلة)[\s\u00A0]*$/u,
);

/**
 * «روى», «حكى», «كتب», «غرّد», «ردّ», «شكا»: verbs that report only a clause after them, but tell the quotation
 * closed right before them («"…"، يروي سمير، وهو عامل …», «"…"، تشكو المواطنة X»). Folded lemmas.
 */
export const TELLING = new Set(["روى", "حكى", "كتب", "غرد", "رد", "شكا"].map(foldArabicWord));

/** The quotation ending (with a comma) right before a cue whose clause ends after the speaker. */
export function quoteClosingBefore(
  view: ArticleView,
  s: Sentence,
  cueStart: number,
  afterSubject: number,
): [number, number] | null {
  const { text, quotes } = view;
  // «"…"، يقول النائب X لـ"النهار"، مضيفا …», «…، قال للجزيرة نت»: the outlet told may follow the speaker
  // «"…"، يقول المزارع X من أهالي المنطقة، مضيفا …»: and where the speaker lives
  if (!speakerClosesSentence(text, s, afterSubject)) return null;
  const before = text.slice(Math.max(0, cueStart - 4), cueStart);
  const m = /[”"»’][\s\u00A0]*[،,][\s\u00A0]*$/.exec(before);
  if (!m) return null;
  const q = quoteAt(quotes, cueStart - 4 + m.index);
  // «وفي تصريح لـ"واج"، قال …»: a quotation glued to a proclitic names an outlet, it is not the statement
  if (q && text[q.start - 1] === "\u0640") return null;
  // «وفي حديثه لموقع "سكاي نيوز عربية"، يرى …»: after «لموقع/لصحيفة/لقناة …» the quotation is the outlet
  if (q && TOLD_OUTLET_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start))) return null;
  return q ? [q.start, q.end] : null;
}

/** Nothing but the speaker's outlet, home, occasion or an aside follows the speaker to the sentence's end. */
function speakerClosesSentence(text: string, s: Sentence, afterSubject: number): boolean {
  // «"…"، يقول النائب X لـ"النهار"، مضيفا …», «…، قال للجزيرة نت»: the outlet told may follow the speaker
  // «"…"، يقول المزارع X من أهالي المنطقة، مضيفا …»: and where the speaker lives
  // «"…"، قالها الشاب X (27 عاما) لـ"…"»: the speaker's age in brackets may come first
  let rest = withoutToldHearer(
    text.slice(afterSubject, s.end).replace(AGE_AFTER, "").replace(REPORTER_WHO_VISITED, ""),
  )
    .replace(RESIDENCE, "")
    .replace(MANNER_AFTER, "");
  // «"…"، قال الرئيس في خطاب للأمة، مضيفا …»: the occasion may follow the speaker (no clause in it)
  const occasion = OCCASION_AFTER.exec(rest);
  if (occasion && !THAT_WORD.test(occasion[0])) rest = rest.slice(occasion[0].length);
  // «"…"، أضاف المدرب، الذي تسلم مهامه قبل أسابيع.»: an aside may follow the speaker
  if (!/^[\s\u00A0]*(?:[،,][^.!؟?]*)?[.!؟?]?[\s\u00A0]*$/.test(rest)) return false;
  // «وفي تصريح إلى "…"، قال X، إن …»: a verb with its own complementizer after the aside has its content there
  return !THAT_AFTER_COMMA.test(rest);
}

/**
 * «وتكمن أهمية الرصد في أن النخلة «تبدو سليمة»، كما تقول الباحثة X.»: «كما» + a verb whose speaker ends
 * the sentence (as X says) attributes the whole sentence before the comma, quoted or not.
 */
export function asSaysContent(
  view: ArticleView,
  s: Sentence,
  cueStart: number,
  verbStart: number,
  afterSubject: number,
): [number, number] | null {
  const { text } = view;
  const comma = /[،,][\s\u00A0]*$/u.exec(text.slice(s.start, cueStart));
  if (!comma || !AS.test(text.slice(cueStart, verbStart))) return null;
  if (!speakerClosesSentence(text, s, afterSubject)) return null;
  const before = trimSpan(text, s.start, s.start + comma.index);
  return before && before[1] - before[0] > 15 ? leadingContent(text, before) : null;
}
/** «كما», «وكما»: as, before the verb. */
const AS = /^و?كما[\s\u00A0]+$/u;

/** «في خطاب للأمة», «خلال مؤتمر صحفي مساء الأحد»: an occasion right after the speaker, up to a comma or the end. */
const OCCASION_AFTER = seatless(
  /^[\s\u00A0]+(?:في|خلال|أمام|عبر|على[\s\u00A0]+هامش)[\s\u00A0]+[^،,.!؟?«"“:]{1,80}(?=[،,.!؟?]|[\s\u00A0]*$)/u,
);
/**
 * «لمراسل المربد الذي زاره في بيته مساء الخميس», «لمراسلة "الوطن" التي التقته»: the outlet's reporter told,
 * and where or when the reporter met the speaker, to the sentence's end (no clause of the speaker's in it).
 */
const REPORTER_WHO_VISITED = seatless(
  /^[\s\u00A0]+ل(?:مراسل|مراسلة|محرر|محررة)[\s\u00A0]+(?:["«“][^"»”\n]{1,40}["»”]|[^\s\u00A0،,.!؟?:"«»“”]+)(?:[\s\u00A0]+(?:الذي|التي)[\s\u00A0]+(?!(?:قال|أكد|أضاف)[\s\u00A0])[^،,.!؟?«»"“”:]{1,90})?(?=[.!؟?]?[\s\u00A0]*$)/u,
);
/** «(27 عاما)», «(45)»: the speaker's age in brackets, right after the name. */
const AGE_AFTER = /^[\s\u00A0]*\([\s\u00A0]*\p{Nd}{1,3}(?:[\s\u00A0]+(?:عاما|عامًا|عاماً|سنة))?[\s\u00A0]*\)/u;
/** «من أهالي المنطقة», «من سكان حي الزهور»: where the speaker lives, up to the next comma or stop. */
const RESIDENCE = new RegExp(
  `^[\\s\\u00A0]+من[\\s\\u00A0]+(?:${RESIDENT_NOUNS}[\\s\\u00A0]+[^،,.!؟?:"«»“”]{2,40}|[^،,.!؟?:"«»“”]{2,40}(?=[.!؟?]?[\\s\\u00A0]*$))`,
  "u",
);
/** «بوضوح», «بصوت مرتجف», «بنبرة حادة»: how the speaker said it, right after the speaker. */
const MANNER_AFTER = seatless(
  /^[\s\u00A0]+(?:بوضوح|بحرقة|بحزن|بغضب|بثقة|بمرارة|بحماس|بأسى|بصراحة|بهدوء|بفخر|بحسرة|بانفعال|(?:بصوت|بنبرة|بلهجة|بابتسامة)[\s\u00A0]+[^\s\u00A0،,.!؟?]+)(?=[\s\u00A0،,.!؟?]|$)/u,
);
