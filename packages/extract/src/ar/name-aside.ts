// A person's name opening the sentence, then an aside on them before the verb: «سليم عودة، وهو صاحب محل
// في السوق، قال …», «سمير (35 عاما) يقول …», «أم أحمد، وهي أرملة، تقول …».
import { WHITE_SPACE as S, withoutHarakat } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import { sourceBeforeAnonymity } from "./anonymous-aside.ts";
import type { Cue } from "./cue-finder.ts";
import { PERSON_TITLES } from "./lexicon.ts";
import { titleHead } from "./phrase.ts";
import { pureName } from "./pure-name.ts";
import type { SpanPair } from "./subject.ts";

/** «47 عاماً», «35 سنة», «٥٠ عاما»: a person's age. */
const AGE = `[0-9٠-٩]{1,3}${S}*(?:عام|عاما|عاماً|عامًا|سنة|سنوات)`;
/**
 * The words an aside on a person opens with: «وهو/وهي …» (who they are, what they are doing), a relative
 * clause («الذي يعمل …»), «أحد سكان …», «صاحب محل …», «البالغ من العمر …», «البالغة 30 عاما», a bare age.
 */
const OPENER = new RegExp(
  `^(?:وهو|وهي|الذي|التي|أحد|إحدى|صاحب|صاحبة|البالغ|البالغة|${AGE}(?=${S}*$))(?=${S}|$)`,
  "u",
);
/**
 * «سمير الخوري», «عبد الرحمن القحطاني», «نور الدين بن علي»: a name whose words before the last take no
 * article except after «عبد/أبو/أم/بن» or in «الدين/الله» (not a topic «أما المتهم الثاني»).
 */
function personName(name: string): boolean {
  const ws = withoutHarakat(name).split(/[\s\u00A0]+/);
  if (/^و?[أا]ما$/u.test(ws[0] ?? "") || !pureName(name)) return false;
  return ws.every(
    (w, k) =>
      k === ws.length - 1 ||
      !/^ال/u.test(w) ||
      /^(?:عبد|أبو|ابو|أبي|أم|ام|بن|ابن|بنت)$/u.test(ws[k - 1] ?? "") ||
      /^ال(?:دين|له|هدى)$/u.test(w),
  );
}

/** «(35 عاما)»: a person's age in brackets. */
const AGE_BRACKET = new RegExp(`\\(${S}*${AGE}${S}*\\)`, "gu");

/**
 * The name opening the sentence of `cue` when only asides on that person stand between it and the verb:
 * «محمود الزعبي، صاحب مخبز في وسط المدينة، قال إن …», «سمير (35 عاما) يقول إن …», «نور الهدى، 29 عاماً،
 * وهي ممرضة، قالت …». The name is a person's only (two name words, or one before a bracketed age). Null
 * otherwise.
 */
export function namedBeforeAside(text: string, s: Sentence, cue: Cue): SpanPair | null {
  const unnamed = sourceBeforeAnonymity(text, s, cue);
  if (unnamed) return unnamed;
  const lead = text.slice(s.start, cue.start);
  const m = /^[\s\u00A0]*([^،,:؛;.()«»"]+?)(?=[\s\u00A0]*[،,(])/u.exec(lead);
  if (!m?.[1]) return null;
  const rest = lead.slice(m[0].length);
  const bracketed = /^[\s\u00A0]*\(/u.test(rest);
  const asides = rest.replace(AGE_BRACKET, "").trim();
  // «، وهو …،», «، الذي …، وهو …،»: each aside opens like one, none is a list of names or a new clause
  if (asides && !/^[،,](?:[^،,:؛;.()«»"]{1,90}[،,])+$/u.test(asides)) return null;
  if (!asides && !bracketed) return null;
  const parts = asides.split(/[،,]/u).slice(1, -1);
  if (!parts.every((p) => OPENER.test(withoutHarakat(p.trim())))) return null;
  const name = m[1].trim();
  // («الحاج محمد الطاهر، 70 عاما، يقول …»: an honorific before the name, which then may be one word)
  const [head, ...others] = name.split(/[\s\u00A0]+/);
  const titled = others.length > 0 && /^ال/u.test(head ?? "") && PERSON_TITLES.has(titleHead(head ?? ""));
  const own = titled ? others.join(" ") : name;
  if (!personName(own) || (own.split(" ").length < 2 && !bracketed && !titled)) return null;
  const start = s.start + lead.indexOf(name);
  return { start, end: start + name.length };
}

/**
 * «وهو يبكي», «وهي تحمل طفلها», «وهو ينتظر أمام المخبز», «وهو تاجر»: a clause on the person after «وهو/وهي»
 * that gives no name: one word only, or a verb agreeing with the pronoun («وهو ي…», «وهي ت…») before a word
 * with a pronoun ending or a preposition («وهو نبيل سرور», «وهي تغريد الخطيب» give the name).
 */
export function halAfterPronoun(part: string): boolean {
  const ws = withoutHarakat(part.trim()).split(/[\s\u00A0]+/);
  if (ws.length <= 2) return true;
  const verb = ws[0] === "وهو" ? /^ي\p{L}{2,}$/u : /^ت\p{L}{2,}$/u;
  if (!verb.test(ws[1] ?? "")) return false;
  return ws.slice(2).some((w) => PREPOSITIONS.has(w) || /\p{L}{2,}(?:ه|ها|هم|هما|هن)$/u.test(w));
}
/** Prepositions and particles after a verb («أمام», «في», «على»). */
const PREPOSITIONS = new Set("في على إلى الى من عن أمام خلف مع بين داخل خارج عند قرب حول منذ".split(" "));
