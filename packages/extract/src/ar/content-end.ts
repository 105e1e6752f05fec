// Where an Arabic claim's content ends: the next cue, the writer's words after a comma, a quote's end.
import type { ArticleView } from "../draft.ts";
import { foldForCompare, seatless } from "../text/chars.ts";
import { type Quote, quoteAt } from "../text/quotes.ts";
import type { Sentence } from "../text/segment.ts";
import { firstAtOrAfter, startOf } from "../text/sorted.ts";
import { CONTENT_BREAKERS, OBJECT_CONTINUERS, opensWith } from "./after-comma.ts";
import { closingAside } from "./closing-aside.ts";
import { COMMAS } from "./content.ts";
import { AFTER_QUOTE_BREAKERS, foldWord, PLACE_NOUNS } from "./lexicon.ts";
import { objectGoesOn } from "./object-continues.ts";
import { sourceTagAt } from "./source-tag.ts";
import {
  figureAgainstFigure,
  otherReferent,
  plainContrast,
  RECORD_REMARK,
  VERIFICATION_DISCLAIMER,
} from "./speech-tail.ts";

/** «باعتبار» (given that), folded. */
const GIVEN_THAT = foldWord("باعتبار");
/** «، وإن …», «، وأنه …»: a second complementizer of the same verb. */
const SECOND_COMPLEMENTIZER = seatless(/^\s*[،,]\s*و(?:إن|أن|بأن)\u0651?(?:ه|ها|هم)?[\s\u00A0]/u);
/** «"…"، إذ إنّ الدولة …»: the speaker's reason for the quoted words, with its own complementizer. */
const REASON_CLAUSE = seatless(/^\s*[،,]\s*إذ\s+(?:إن|أن)\u0651?(?:ه|ها|هم)?[\s\u00A0]/u);
/** «، قبل أن», «، ثم»: the writer's lead into the next cue. */
const LEAD_IN = seatless(/[،,][\s\u00A0]*(?:قبل[\s\u00A0]+أن|ثم)[\s\u00A0]*$/u);
/** «وهو ما …»: a comment that may be the speaker's when it is quoted. */
const SPEAKER_COMMENT = /^(?:وهو ما|وهي ما)/u;

/** «، فيما سجلت …», «، في حين …»: a contrast the writer may add, or the speaker when it is quoted. */
const CONTRAST_COMMENT = /^(?:فيما|في حين|بينما)[\s\u00A0]/u;

/** «لكنهم», «ولكنها»: «but» with a pronoun on the ones just spoken of (folded). */
const SAME_ONES_BUT = /^و?لكن(?:ه|ها|هم)[\s\u00A0]/u;

/** «، غير أن X قال …»: a contrast before another clause's subject. */
const CONTRAST_LEADS = /^(?:غير ان|الا ان|بيد ان|لكن)[\s\u00A0]/u;

/**
 * «أعلنت اللجنة رفع درجة الجاهزية …، وتجهيز 120 مركز إيواء»: a verbal noun joined by «و» after a comma
 * (تفعيل, إفعال, افتعال, استفعال) is a second object of the same verb, also with the «بـ» of «طالب X بـ…»
 * («…، وبإعفاء الأعلاف من الرسوم»). Folded text after the comma.
 */
const coordinatedVerbalNoun = (following: string): boolean =>
  /^وب?(?:ت\S\Sي\S|ا\S\Sا\S|ا\Sت\Sا\S|است\S\Sا\S)(?:\s|$)/u.test(following) || placeOfObject(following);
/** «…، في محافظة لحج منذ …»: where the announced thing happened goes on with the object. */
const placeOfObject = (following: string): boolean => {
  const m = /^في (\S+)/u.exec(following);
  return !!m?.[1] && PLACE_NOUNS.has(foldWord(m[1]));
};

/** Where the content stops: the next participle cue, the writer's own words after a comma, a quote's end. */
export function contentEnd(
  view: ArticleView,
  s: Sentence,
  start: number,
  clausal: boolean,
  stops: number[],
  speakerGender: "m" | "f" | null = null,
): number {
  const { text, quotes } = view;
  let limit = s.end;
  for (const stop of stops) if (stop > start && stop < limit && !quoteAt(quotes, stop)) limit = stop;
  const first = start + (/^[\s\u00A0]*/u.exec(text.slice(start, start + 8))?.[0].length ?? 0);
  const startsQuoted = quoteAt(quotes, first);
  if (startsQuoted && startsQuoted.start === first) {
    const after = text.slice(startsQuoted.end, startsQuoted.end + 12);
    // «إن "…"، وإن "…"»: a second complementizer of the same verb goes on with the statement
    // («"…"، إذ إن …»: so does the speaker's reason)
    const more = SECOND_COMPLEMENTIZER.test(after) || REASON_CLAUSE.test(after);
    if (startsQuoted.end >= limit || (/^\s*[،,.؛;]/.test(after) && !more) || startsQuoted.end >= s.end)
      return startsQuoted.end;
  }
  // (the quotes opening at or after `start`, met in order: quotes are sorted and disjoint)
  let next = firstAtOrAfter(quotes, start, startOf);
  for (let i = start; i < limit; i++) {
    while (next < quotes.length && (quotes[next] as Quote).start < i) next++;
    const q = quotes[next]?.start === i ? (quotes[next] as Quote) : null;
    if (q) {
      if (q.end > limit && q.closed) limit = q.end;
      i = q.end - 1;
      const next = /^[\s\u00A0]+([\p{L}\p{M}]+)([\s\u00A0]+[أإ]ن)?/u.exec(text.slice(q.end, q.end + 24));
      // («"…" باعتبار أن المداهمة تمت …»: a clause with its complementizer is the speaker's reason)
      const reason = next?.[2] && foldWord(next[1] as string) === GIVEN_THAT;
      if (next && !reason && AFTER_QUOTE_BREAKERS.has(foldWord(next[1] as string))) return q.end;
      continue;
    }
    const ch = text[i] as string;
    if (!COMMAS.has(ch)) continue;
    if (sourceTagAt(text.slice(i + 1, i + 48)) || closingAside(text, i, limit)) return i;
    const following = foldForCompare(text.slice(i + 1, i + 24));
    // «دعا إلى الابتعاد عن الأودية، وعدم المجازفة …»: a coordinated noun goes on with the object
    if (
      !clausal &&
      !opensWith(following, OBJECT_CONTINUERS) &&
      !coordinatedVerbalNoun(following) &&
      !objectGoesOn(following, text.slice(i + 1, i + 160), text.slice(Math.max(0, i - 140), i))
    )
      return i;
    const nextComma = text.slice(i + 1, limit).search(/[،,]/u);
    const clause = text.slice(i + 1, nextComma < 0 ? limit : i + 1 + nextComma);
    // «، غير أن الحوثيين قالوا …»: a contrast that opens another speaker's statement ends this one
    if (CONTRAST_LEADS.test(following) && limit < s.end && nextComma < 0) return i;
    // «، وهو ما "سيضغط على المداخيل"», «، فيما سجلت التجارة "أسرع معدلات النمو"»: the speaker's own
    // comment or contrast, quoted, stays
    const clauseHasCue = nextComma < 0 && limit < s.end;
    // («البحارة "…"، لكنهم يريدون مرفأ "…"»: a «but» on the same people, quoted, is the speaker's too)
    const ownQuoted =
      (SPEAKER_COMMENT.test(following) ||
        ((CONTRAST_COMMENT.test(following) || SAME_ONES_BUT.test(following)) && !clauseHasCue)) &&
      /["“«]/u.test(clause);
    const ownContrast =
      CONTRAST_COMMENT.test(following) &&
      !clauseHasCue &&
      (figureAgainstFigure(text.slice(start, i), clause) || (clausal && plainContrast(following)));
    // «، وهي حصيلة لم يتسن للوكالة التحقق منها»: the outlet's disclaimer on what was said
    if (VERIFICATION_DISCLAIMER.test(foldForCompare(clause))) return i;
    // «…، وهي من أعلى القراءات المسجلة منذ عقدين», «…، وهو أدنى مستوى منذ 2021»: the writer's record set
    // beside the figure (the speaker's when quoted, or tagged «على حد قوله»)
    if (
      RECORD_REMARK.test(following) &&
      !/["“«]/u.test(clause) &&
      !/على حد (?:قول|تعبير)/u.test(text.slice(i, s.end))
    )
      return i;
    if (
      CONTENT_BREAKERS.some((b) => following.startsWith(b)) &&
      !ownQuoted &&
      !ownContrast &&
      !otherReferent(following, speakerGender)
    )
      return i;
  }
  return limit < s.end ? beforeLeadIn(text, start, limit) : limit;
}

/** «…، قبل أن يضيف: …», «…، ثم أضاف …»: the words that lead into the next cue are the writer's, not content. */
function beforeLeadIn(text: string, start: number, limit: number): number {
  const m = LEAD_IN.exec(text.slice(start, limit));
  return m ? start + m.index : limit;
}
