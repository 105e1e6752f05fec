// «كما أُعلن، في بلاغ صادر عن ولاية قفصة مساء أمس، أن …», «وأفيد، في بيان صادر عن الوزارة، بأن …»: a verb with
// no subject of its own (the passive, unmarked) whose aside names the document and the body that issued it.
import { seatless } from "../text/chars.ts";
import { AR_WEEKDAY_ALTERNATION } from "./lexicon.ts";
import type { SpanPair } from "./subject.ts";

/** «مساء», «أمس», «الأحد»: a time word after the issuer, which closes it. */
const ISSUE_DAY = `(?:مساء|صباح|ظهر|ليلة|فجر|أمس|اليوم|يوم|${AR_WEEKDAY_ALTERNATION})(?![\\p{L}\\p{M}])`;
const ISSUED_ASIDE = seatless(
  new RegExp(
    `^[\\s\\u00A0]*[،,][\\s\\u00A0]*(?:في|ضمن|عبر)[\\s\\u00A0]+(?<doc>(?:بيان|بلاغ|تعميم|إعلان|منشور)[\\s\\u00A0]+صادر(?:ة)?[\\s\\u00A0]+(?:عن|من)[\\s\\u00A0]+(?<issuer>[^\\s\\u00A0،,.:«"“]+(?:[\\s\\u00A0]+(?!${ISSUE_DAY})[^\\s\\u00A0،,.:«"“]+){0,7}))(?=[\\s\\u00A0]*[،,]|[\\s\\u00A0]+${ISSUE_DAY})`,
    "u",
  ),
);

/**
 * The document words of the aside right after the verb at `from` («بلاغ صادر عن ولاية قفصة»), or null —
 * also when the issuer opens with a pronoun («صادر عن مكتبه الإعلامي»: the office of the speaker named before).
 */
export function issuedAside(text: string, from: number, limit: number): SpanPair | null {
  const m = ISSUED_ASIDE.exec(text.slice(from, limit));
  const doc = m?.groups?.doc;
  const issuer = m?.groups?.issuer;
  if (!m || !doc || !issuer) return null;
  if (/^\p{L}+(?:ه|ها|هم|هما)(?![\p{L}\p{M}])/u.test(issuer)) return null;
  const start = from + m[0].lastIndexOf(doc);
  return { start, end: start + doc.length };
}
