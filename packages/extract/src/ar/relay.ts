/** Relayed Arabic statements («نقلت الوكالة عن مسؤول قوله إن …»): who is quoted, their «قوله» cue and where the content starts. */
import type { Draft } from "../draft.ts";
import { seatless } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import { type Cue, RELAYED } from "./cue-finder.ts";
import { foldArabicWord } from "./cues.ts";
import { AR_WEEKDAY_ALTERNATION } from "./lexicon.ts";

/** «الإثنين», «أمس», «مساء الأحد», «الأسبوع الماضي»: the day (or week) an agency reported, before its comma. */
const RELAY_DAY = `اليوم|أمس|الليلة|مساء|صباح|يوم|الأسبوع|الماضي|${AR_WEEKDAY_ALTERNATION}`;

/** «عنه قوله إن», «عنها تأكيدها أن»: a relayed pronoun and its «قوله» noun. */
const PRONOUN_RELAY = seatless(
  /^((?:[\s\u00A0،,]+[^\s\u00A0،,.:]+){0,8}?)[\s\u00A0،,]+عن(ه|ها|هم)[\s\u00A0]+(?:[^،,.:«“"]{2,60}?[\s\u00A0]+)?(قوله|قولها|قولهم|تأكيده|تأكيدها|تصريحه|تصريحها)(?![\p{L}\p{M}])[\s\u00A0]*(?:(?:إن|إنه|إنها|أن|بأن)\u0651?(?=[\s\u00A0«“"])|:)?[\s\u00A0]*/u,
);

/**
 * «ونقلت وكالة رويترز عن مسؤول إسرائيلي قوله إن …», «ونقلت عنه وكالة الأنباء قوله إن …»: the speaker is
 * the one quoted, not the agency; returns where the content may start and whether a relay was read.
 */
export function readRelay(
  text: string,
  s: Sentence,
  cue: Cue,
  d: Draft,
  from: number,
): { after: number; relayed: boolean } {
  // «ونُقل عن مسؤول … أن …» (passive, no agency): the cue already holds its «عن»; read the relay from it
  const anInCue = cue.lemma === RELAY && from === cue.end && /عن$/u.test(text.slice(cue.verbStart, cue.end));
  let after = anInCue ? from - 2 : from;
  const relayed = cue.kind === "verb" ? RELAYED.exec(text.slice(after, Math.min(s.end, after + 160))) : null;
  const relayedPronoun = relayed || cue.lemma !== RELAY ? null : pronounRelay(text, cue.end, s.end);
  // «ونقلت القناة عن مصادر في النيابة أن …»: no «قوله», the verb is the cue of the one relayed
  const plain =
    relayed || relayedPronoun || cue.lemma !== RELAY
      ? null
      : RELAYED_CLAUSE.exec(text.slice(after, Math.min(s.end, after + 120)));
  // «ذكرت وكالة رويترز، نقلا عن مصدر أمني، أن …»: the agency relays the source, who is the speaker
  const relaying =
    relayed || relayedPronoun ? null : RELAYING_ASIDE.exec(text.slice(after, Math.min(s.end, after + 140)));
  // «وعلمت "معا" من مصادر مطلعة أن …»: what the paper learned is said by those it learned it from
  const learned =
    cue.lemma === LEARN ? LEARNED_FROM.exec(text.slice(after, Math.min(s.end, after + 140))) : null;
  if (learned?.groups?.who) {
    d.mentionStart = after + learned[0].lastIndexOf(learned.groups.who);
    d.mentionEnd = d.mentionStart + learned.groups.who.length;
    d.inherits = false;
    d.gender = null;
    d.rules.push("ar.learned-from");
    return { after: after + learned[0].length, relayed: true };
  }
  const source = plain?.groups?.who ? plain : relaying;
  const who = source?.groups?.who;
  if (source && who) {
    d.mentionStart = after + source[0].indexOf(who, source[0].indexOf("عن") + 2);
    d.mentionEnd = d.mentionStart + sourceWithoutAside(who).length;
    d.inherits = false;
    d.gender = null;
    d.rules.push("ar.relayed");
    return { after: after + source[0].length, relayed: true };
  }
  if (relayedPronoun) {
    // «ونقلت عنه وكالة الأنباء قوله إن …»: the one quoted is the speaker just named
    [d.cueStart, d.cueEnd] = relayedPronoun.noun;
    [d.mentionStart, d.mentionEnd] = relayedPronoun.host ?? [-1, -1];
    d.inherits = !relayedPronoun.host;
    d.gender = relayedPronoun.gender;
    d.rules.push("ar.relayed-pronoun");
    after = relayedPronoun.end;
  }
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
  return { after, relayed: !!(relayed || relayedPronoun) };
}

/** «أبلغ رؤساء البلديات، خلال اجتماع …، بأن …»: where the content starts, past a first object that is the hearer. */

const RELAY = foldArabicWord("نقل");

/** «زوار الوزير», «مقربون من الرئيس», «أوساط قريبة من الرئيس»: those who relay what the one they met told them (the rest is that one). */
const VISITORS = seatless(
  /^[\s\u00A0]*(?:زوار|زوّار|مقربون[\s\u00A0]+من|المقربون[\s\u00A0]+من|(?:أوساط|مصادر)(?:[\s\u00A0]+(?:مقربة|قريبة)[\s\u00A0]+من)?)[\s\u00A0]+([^،,]+(?:[،,][\s\u00A0]*[^،,]+)?)[\s\u00A0،,]*$/u,
);
/** The one relayed, with a name or title in apposition between commas (not an occasion or a time there). */
const SOURCE_WITH_APPOSITION = `[^،,.:«“"]{2,80}?(?:[\\s\\u00A0]*[،,][\\s\\u00A0]*(?!(?:في|خلال|عبر|على|أمس|اليوم|مساء|صباح|يوم)[\\s\\u00A0])[^،,.:«“"\\s\\u00A0][^،,.:«“"]{1,39}?)?`;
/**
 * «، نقلا عن مصدر أمني، أن …» (the tanwin may be written: «نقلاً»; the commas may be left out: «وقالت الصحيفة نقلا
 * عن مسؤول إن …»); also after the agency's day («(قنا) الإثنين، نقلا عن …», «وذكرت الصحيفة، اليوم،
 * نقلا عن …») and with the source's name in apposition («نقلا عن مدير الإدارة بالوزارة، عبدالله الكبيسي، أن …»;
 * not an occasion or a time there: «نقلا عن مصدر، في تصريح، أن»), the day after it («نقلا عن مصدر …، يوم
 * الأحد، أن …»).
 */
const RELAYING_ASIDE = seatless(
  new RegExp(
    `^(?:[\\s\\u00A0]*[،,]?[\\s\\u00A0]+(?:${RELAY_DAY})){0,2}(?:[\\s\\u00A0]*[،,][\\s\\u00A0]*|[\\s\\u00A0]+)نقلا\\u064B?[\\s\\u00A0]+عن[\\s\\u00A0]+(?<who>${SOURCE_WITH_APPOSITION})(?:[\\s\\u00A0]*[،,](?:[\\s\\u00A0]+(?:${RELAY_DAY})){1,2})?(?:[\\s\\u00A0]*[،,][\\s\\u00A0]*|[\\s\\u00A0]+)(?:إن|أن|بأن)\\u0651?(?=[\\s\\u00A0«“"])[\\s\\u00A0]*`,
    "u",
  ),
);
/** «، لم تسمها», «، طلبا عدم نشر اسميهما», «، الذي …»: an aside on the source, no name of it. */
const SOURCE_ASIDE = seatless(
  /^[،,][\s\u00A0]*(?:لم|طلب|طلبا|طلبت|فضل|فضلا|فضلت|رفض|رفضا|رفضت|الذي|التي|الذين)[\s\u00A0]/u,
);
/** The relayed source up to an aside after its comma («مصادر مطلعة، لم تسمها» → «مصادر مطلعة»). */
function sourceWithoutAside(who: string): string {
  const comma = who.search(/[،,]/u);
  return comma > 0 && SOURCE_ASIDE.test(who.slice(comma)) ? who.slice(0, comma).trimEnd() : who;
}
const LEARN = foldArabicWord("علم");
/**
 * «"معا" من مصادر مطلعة أن»: the paper that learned (as subject), then whom from, then the clause; the day it
 * learned may stand between commas after the paper, and a comma may close the source («، أمس، من مصادر …، أن»).
 */
const LEARNED_FROM = seatless(
  new RegExp(
    `^(?:[\\s\\u00A0]*["«“][^"»”]{1,30}["»”])?(?:[\\s\\u00A0]*[،,][\\s\\u00A0]*(?:${RELAY_DAY})(?:[\\s\\u00A0]+(?:${RELAY_DAY}))*[\\s\\u00A0]*(?=[،,]))?[\\s\\u00A0،,]*من[\\s\\u00A0]+(?<who>[^،,.:«“"]{2,80}?)[\\s\\u00A0]*[،,]?[\\s\\u00A0]+(?:أن|بأن)\\u0651?(?=[\\s\\u00A0«“"])[\\s\\u00A0]*`,
    "u",
  ),
);
/**
 * «ونقلت القناة عن مصادر في النيابة أن …», «… عن رئيس النقابة، ماجد الطويل، أن …»: the one relayed, then the
 * clause (after the outlet's quoted name the subject left: «ونقلت منصة "حكومتنا" عن …»).
 */
const RELAYED_CLAUSE = seatless(
  new RegExp(
    `^(?:[\\s\\u00A0]*["«“][^"»”«“]{1,30}["»”])?[\\s\\u00A0،,]*عن[\\s\\u00A0]+(?<who>${SOURCE_WITH_APPOSITION})[\\s\\u00A0]*[،,]?[\\s\\u00A0]+(?:إن|إنه|إنها|إنهم|أن|بأن)\\u0651?(?=[\\s\\u00A0«“"])[\\s\\u00A0]*`,
    "u",
  ),
);

/**
 * «نقلت عنه وكالة الأنباء قوله إن …», «نقلت الوكالة عنها قولها:»: the relayed one is a pronoun; returns the
 * «قوله» noun (the cue), the pronoun's gender and where the content starts. Null otherwise.
 */
function pronounRelay(
  text: string,
  from: number,
  to: number,
): { noun: [number, number]; gender: "m" | "f" | null; end: number; host: [number, number] | null } | null {
  const m = PRONOUN_RELAY.exec(text.slice(from, Math.min(to, from + 160)));
  if (!m?.[2] || !m[3]) return null;
  const nounStart = from + m[0].lastIndexOf(m[3]);
  const gender = m[2] === "ه" ? "m" : m[2] === "ها" ? "f" : null;
  // «نقل زوار الوزير، سامر عيد، عنه قوله»: the pronoun is the one the visitors saw, named after «زوار»
  const seen = VISITORS.exec(m[1] ?? "");
  const host: [number, number] | null = seen?.[1]
    ? [from + seen.index + seen[0].length - seen[1].length, from + seen.index + seen[0].length]
    : null;
  return { noun: [nounStart, nounStart + m[3].length], gender, end: from + m[0].length, host };
}
