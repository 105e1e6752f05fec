// What office a title names, so that a later «الوزير», «المدير الفني» or «رئيس الحكومة» can be matched
// to the person the article introduced with a compatible title.
import { withoutHarakat } from "../text/chars.ts";
import {
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  isDefiniteWord,
  ORG_TITLES,
  TITLE_ADJECTIVES,
} from "./lexicon.ts";

/** An office («وزير», «مدرب»), the words that say which one («الزراعة», «الوداد») and the head's gender. */
export interface Role {
  office: string;
  domain: string[];
  feminine: boolean;
  /** «وزير الزراعة», «المدرب»: someone the reader knows, not «مسؤول في الوزارة» or «وزير سابق». */
  definite: boolean;
}

const folded = (words: string): string[] => words.split(/\s+/).filter(Boolean).map(foldWord);
/** Heads of one office under different words: «المدرب» ≈ «المدير الفني», «الناطق» ≈ «المتحدث». Folded. */
const SAME_OFFICE = new Map<string, string>([
  ["مدرب", "coach"],
  ["متحدث", "spokesperson"],
  ["ناطق", "spokesperson"],
  ["محامي", "lawyer"],
  ["محام", "lawyer"],
  // «العاهل الأردني» for «الملك عبد الله الثاني»
  // «القيادي» in a party or movement: one of its officials («مسؤول رفيع في الحركة»)
  ["قيادي", "مسوول"],
  // «الفاعل الجمعوي», «الفاعلة الحقوقية» (Maghreb press): an activist of the kind the adjective says
  ["فاعل", "مسوول"],
  ["ملك", "king"],
  ["عاهل", "king"],
]);
/** «عضو مجلس النواب», «عضو لجنة الأمن النيابية»: a member of parliament, «النائب» later. Folded. */
const PARLIAMENT = new Set(folded("النواب البرلمان نيابيه النيابيه البرلمانيه الامه الشعب"));
/** «رئيس الحكومة» ≈ «رئيس الوزراء» ≈ «رئيس مجلس الوزراء»: the words that make رئيس a head of government. */
const GOVERNMENT = new Set(folded("الوزراء الحكومة"));
/** Words that tell no office apart: «مدرب الفريق» is «المدرب», «المتحدث الرسمي» is «المتحدث». */
const NEUTRAL = new Set(
  folded(`الفريق النادي الرسمي باسم لشؤون مجلس السيد السيدة الدكتور الدكتورة البروفيسور المهندس المهندسة
  الأستاذ الأستاذة الشيخ`),
);
/** Offices whose holders «المسؤول» may stand for (a deputy too: «النائبة السابقة …» → «المسؤولة السابقة»). */
const OFFICIALS = new Set([
  ...folded(
    "وزير رئيس مدير محافظ سفير أمين وكيل قائد مستشار مفوض مسؤول والي عمدة حاكم نقيب نائب منسق مبعوث ممثل",
  ),
  "spokesperson",
  "pm",
]);
/** Heads after «نائب» that make a deputy («نائب رئيس الوزراء»), not a member of parliament. */
const DEPUTISED = new Set(folded("رئيس وزير مدير أمين قائد محافظ مدرب"));

/** «للوداد» → «الوداد», «والري» → «الري», «لفريق» → «فريق»: the word without its joined particle. */
function domainWord(w: string): string {
  const word = w.replace(/^[«"“(]+|[»"”)]+$/gu, "");
  if (/^لل/u.test(word)) return foldWord(`ال${word.slice(2)}`);
  if (/^[وب]ال/u.test(word)) return foldWord(word.slice(1));
  const f = foldWord(word);
  if (/^[لب]/u.test(f) && (ORG_TITLES.has(f.slice(1)) || NEUTRAL.has(f.slice(1)))) return f.slice(1);
  return f;
}

/** «في «…»», «في قضية», «في ملف»: the case or file a lawyer, witness or accused is in. */
const CASE_START = /^(?:[«"“]|قضية|قضيه|ملف)/u;

/** The office a title phrase names, or null when it names none (an empty title). */
export function roleOf(title: string): Role | null {
  const all = title.split(/[\s\u00A0،,]+/).filter(Boolean);
  // «محامي المتهم الأول في «الإقامات الوهمية»», «محامي الضحية في قضية …»: the case names no office
  const inCase = all.findIndex((w, k) => k > 1 && w === "في" && CASE_START.test(all[k + 1] ?? ""));
  const ws = inCase > 0 ? all.slice(0, inCase) : all;
  const first = ws[0];
  if (!first) return null;
  const raw = withoutHarakat(first).replace(/^[وف](?=ال)/u, "");
  const feminine = /ة$/u.test(raw);
  let head = foldWord(raw);
  if (feminine) head = head.replace(/ه$/u, "");
  let rest = ws.slice(1).map(domainWord);
  const second = ws[1] ?? "";
  const definite = hasArticle(raw) || isDefiniteWord(second);
  let office = SAME_OFFICE.get(head) ?? head;
  // «رئيس الدبلوماسية الجزائرية»: the foreign minister («وزير الخارجية الجزائري»), its nisba agreeing with
  // «الدبلوماسية» (feminine) while the office's is masculine
  if (head === "رييس" && rest[0] === foldWord("الدبلوماسية")) {
    office = "وزير";
    rest = [foldWord("الخارجية"), ...rest.slice(1).map(masculine)];
  } else if (head === "عضو" && rest.some((w) => PARLIAMENT.has(w))) {
    office = "نايب";
    rest = rest.filter((w) => !PARLIAMENT.has(w));
  } else if (head === "مدير" && rest[0] === "فني") {
    office = "coach";
    rest = rest.slice(1);
  } else if (head === "رييس" && rest.some((w) => GOVERNMENT.has(w))) {
    office = "pm";
    rest = rest.filter((w) => !GOVERNMENT.has(w));
  } else if (head === "نايب") {
    // «النائبة السابقة لمحافظ البنك المركزي»: a former deputy, the office in a ل-genitive
    const former = rest.filter((w) => FORMER.has(w));
    const k = former.length ? 1 + ws.slice(1).findIndex((w) => !FORMER.has(domainWord(w))) : 1;
    const deputised = (ws[k] ?? "").replace(/^ل(?!ل)/u, "");
    const deputy =
      k > 0 && DEPUTISED.has(domainWord(deputised))
        ? roleOf([deputised, ...ws.slice(k + 1)].join(" "))
        : null;
    if (deputy)
      return {
        ...deputy,
        office: `deputy ${deputy.office}`,
        domain: [...former, ...deputy.domain],
        feminine,
        definite,
      };
  }
  const domain = rest.filter((w) => w && !NEUTRAL.has(w) && !FUNCTION_WORDS.has(w));
  return { office, domain, feminine, definite };
}

/** Adjectives in ي that say what kind of office, not which country's. Folded. */
const OFFICE_ADJECTIVES = new Set(
  folded(`رسمي أمني عسكري حكومي دبلوماسي قضائي طبي برلماني وزاري سياسي نيابي حزبي مصرفي محلي إعلامي
  تنفيذي فني إداري مالي اقتصادي إقليمي دولي أممي ميداني قانوني تشريعي شرعي علمي صحي تربوي رئيسي
  جمعوي حقوقي نقابي مدني`),
);
/** «الأمريكي», not «الرسمي»: a nisba adjective that says whose office (folded). */
export const nisba = (w: string): boolean => /ي$/u.test(w) && !OFFICE_ADJECTIVES.has(w);
/** «دوليه» → «دولي»: a folded nisba adjective in the masculine («المسؤولة الدولية»). */
const masculine = (w: string): string => w.replace(/(?<=ي)ه$/u, "");
/** «السابق»: the office was held, is no longer. Folded. */
const FORMER = new Set(folded("السابق السابقة"));
/** A nisba adjective or a title adjective («الأمريكي», «السابق»): it says whose office, not which body. */
const adjective = (w: string): boolean => TITLE_ADJECTIVES.has(w) || /ي$/u.test(w) || /يه$/u.test(w);

/**
 * A later title (`mention`) can name the holder of an earlier one (`held`): the same office (or
 * «المسؤول» for any officeholder), the same gender, and every word that says which office among the
 * earlier title's. A bare «الرئيس» is a head of state, not the chair of a body the article named.
 */
export function sameRole(mention: Role, held: Role): boolean {
  if (mention.feminine !== held.feminine) return false;
  const office =
    mention.office === "مسوول"
      ? OFFICIALS.has(held.office.replace(/^deputy /u, ""))
      : mention.office === held.office;
  if (!office) return false;
  // «وزير الصحة اليمني» for «وزير الصحة العامة والسكان» in a Yemeni agency's story: the country's adjective
  // may be left out where the title was given in full, unless that title names a country of its own
  const heldNisba = held.domain.some(nisba);
  // «المسؤول الحكومي» for «وزير التجهيز والماء»: an official's kind («حكومي», «رسمي») says no office apart
  const kind = (w: string): boolean => mention.office === "مسوول" && OFFICE_ADJECTIVES.has(masculine(w));
  // «وزير التعليم» for «وزير التربية الوطنية وإصلاح النظام التعليمي»: the noun whose nisba the title has
  const inHeld = (w: string): boolean => held.domain.includes(w) || held.domain.includes(`${w}ي`);
  if (!mention.domain.every((w) => inHeld(w) || (!heldNisba && nisba(w)) || kind(w))) return false;
  // «وزير الخارجية السابق» held another office than «وزير الخارجية»
  if (held.domain.some((w) => FORMER.has(w) && !mention.domain.includes(w))) return false;
  if (mention.office === "رييس" && !mention.domain.length) return held.domain.every(adjective);
  return true;
}
