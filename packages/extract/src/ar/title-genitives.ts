// Genitives inside a title's phrase that a name reader would otherwise stop at: the country a bare portfolio is
// in construct with («نائبة رئيس وزراء بلجيكا»), «على» after a verbal noun in a body's name («هيئة الرقابة على …»),
// the members a union is of («النقابة الوطنية لعمال النقل»), and in agency copy, which runs a title into the name
// without commas, the file or region the holder covers («مسؤول ملف الاستيطان شمال الضفة غسان دغلس»).
import { seatless } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { isBareCountry } from "./bare-genitive.ts";
import {
  COMPASS,
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  isOrgHead,
  MEMBERS_CONSTRUCT,
  PERSON_TITLES,
  PLACE_NOUNS,
  PORTFOLIOS,
} from "./lexicon.ts";
import { bare, COMMA, hasAl, NAME_JOINERS, nameLike, titleHead } from "./phrase.ts";

/** «نائبة رئيس وزراء بلجيكا سارة …»: the bare country a bare portfolio is in construct with, before a name. */
export function portfolioCountry(text: string, toks: Token[], i: number): boolean {
  const [portfolio, t, next] = [toks[i - 1], toks[i] as Token, toks[i + 1]];
  if (!portfolio?.word || hasAl(portfolio) || !PORTFOLIOS.has(foldWord(portfolio.text))) return false;
  return (
    !hasAl(t) &&
    !PLACE_NOUNS.has(foldWord(t.text)) &&
    nameLike(text, t) &&
    !!next?.word &&
    nameLike(text, next)
  );
}

/** «الرقابة», «للإشراف», «الحفاظ», «المحافظة»: verbal nouns that take «على» inside a body's name. */
const ON_NOUNS = seatless(/^(?:ال|لل)(?:رقابة|إشراف|اشراف|حفاظ|محافظة)$/u);

/**
 * «هيئة الرقابة على أراضي الدولة», «لجنة الإشراف على الانتخابات»: «على» and its genitive chain (ending in
 * a definite noun) after a verbal noun that governs it, inside a body's name. Returns the tokens (0 if none).
 */
export function onGenitive(toks: Token[], i: number): number {
  const [before, t] = [toks[i - 1], toks[i]];
  if (!before?.word || !t?.word || bare(t) !== "على" || !ON_NOUNS.test(bare(before))) return 0;
  for (let k = i + 1; k < i + 4 && toks[k]?.word; k++) {
    const w = toks[k] as Token;
    if (FUNCTION_WORDS.has(foldWord(w.text))) return 0;
    if (hasAl(w)) return k - i + 1;
  }
  return 0;
}

/** «لعمال», «لموظفي», «لمعلمي»: whose body a union or league is, after the body's head. */
const MEMBERS_LAM = seatless(
  /^ل(?:عمال|أطباء|اطباء|أساتذة|اساتذة|تجار|صيادلة|نساء|شباب|طلاب|طلبة|م\p{L}{3,}ي)$/u,
);

/**
 * «النقابة الوطنية المستقلة لعمال النقل», «الاتحاد العام لموظفي البلديات»: the members a union is of,
 * a ل-genitive with its definite noun, inside a body's name (not after a person's title: «قال المدير
 * لعمال المصنع» tells the hearers). Returns the tokens it spans (0 or 2).
 */
export function membersGenitive(toks: Token[], i: number): number {
  if (!toks[i]?.word || !toks[i + 1]?.word) return 0;
  return membersOfBody(
    toks.slice(0, i + 2).map((t) => (t.word ? bare(t) : "")),
    i,
  )
    ? 2
    : 0;
}

/** membersGenitive on words: ws[i] is «لعمال», «لنساء» … and ws[i + 1] whom, inside a body's name. */
export function membersOfBody(ws: readonly string[], i: number): boolean {
  const [t, n] = [ws[i] ?? "", ws[i + 1] ?? ""];
  // («الاتحاد الوطني لنساء إريتريا»: the members of a country)
  if (!n || (!hasArticle(n) && !isBareCountry(n)) || FUNCTION_WORDS.has(foldWord(n))) return false;
  const head = titleHead(ws[0] ?? "");
  // («رئيس الاتحاد الوطني لنساء إريتريا»: or a person's title in construct with the definite body)
  const body = isOrgHead(head) && !PERSON_TITLES.has(head);
  const bodyInTitle = !body && i === 3 && hasArticle(ws[1] ?? "") && isOrgHead(titleHead(ws[1] ?? ""));
  return (body || bodyInTitle) && MEMBERS_LAM.test(t);
}

/** «ملف», «حقوق», «شؤون», «قضايا»: nouns a bare title takes in construct for what the holder covers. */
const COVERED = /^(?:ملف|ملفات|حقوق|شؤون|قضايا)$/u;

/** «شمال الضفة», «جنوب لبنان» at `i`: a compass word and the place (definite or bare) it points to. */
const compassPlaceAt = (text: string, toks: Token[], i: number): boolean => {
  const [t, place] = [toks[i], toks[i + 1]];
  return !!t?.word && COMPASS.test(bare(t)) && !!place?.word && (hasAl(place) || nameLike(text, place));
};

/**
 * Inside a title phrase at `i`: «مسؤول ملف الاستيطان» (a bare title, then a covered noun and its definite
 * genitive) or, after more of the title, «… شمال الضفة» (the region it covers). Returns the tokens (0 if none).
 */
export function regionInTitle(text: string, toks: Token[], i: number): number {
  const [head, t, next] = [toks[0], toks[i], toks[i + 1]];
  if (!head?.word || !t?.word) return 0;
  const bareTitle = !hasAl(head) && PERSON_TITLES.has(titleHead(head.text));
  if (i === 1 && bareTitle && COVERED.test(foldWord(t.text)) && next?.word && hasAl(next)) return 2;
  // (a name must follow the region: «… شمال الضفة غسان دغلس»)
  const named = (k: number): boolean => {
    const [a, b] = [toks[k], toks[k + 1]];
    return !!a && !!b && nameLike(text, a) && b.word && (nameLike(text, b) || hasAl(b));
  };
  if (i > 1 && compassPlaceAt(text, toks, i) && named(i + 2)) return 2;
  // «رئيس بلدية شمال غزة سامي حمدان»: a place noun whose own name has a compass word
  const placeNoun = i > 1 && !hasAl(t) && PLACE_NOUNS.has(foldWord(t.text));
  if (placeNoun && compassPlaceAt(text, toks, i + 1) && named(i + 3)) return 3;
  // «منسقة معسكر زمزم للنازحين، …»: a named camp or body and whom it is for, before the comma of the name
  const [forWhom, comma] = [toks[i + 2], toks[i + 3]];
  const holder = !hasAl(t) && (PLACE_NOUNS.has(foldWord(t.text)) || isOrgHead(foldWord(t.text)));
  const named_ = holder && !!next?.word && !hasAl(next) && nameLike(text, next);
  if (named_ && forWhom?.word && /^لل\p{L}{3,}$/u.test(bare(forWhom)) && COMMA.test(comma?.text ?? ""))
    return 3;
  // «مدير مستشفى ابن سينا الدكتور …», «مدرسة أبو بكر»: a body named after a person, «ابن/أبو» and the name
  const own = toks[i - 1];
  const body = !!own?.word && !hasAl(own) && isOrgHead(foldWord(own.text));
  return body && NAME_JOINERS.has(bare(t)) && next?.word && nameLike(text, next) ? 2 : 0;
}

/** «باعة», «تجار», «سائقي»: the people a bare title may stand for, in construct. */
const REPRESENTED = seatless(
  /^(?:باعة|بائعي|تجار|عمال|سكان|أهالي|اهالي|طلاب|طلبة|صيادي|مزارعي|موظفي|سائقي|أصحاب|اصحاب|مربي)$/u,
);

/**
 * «ممثل باعة القات», «رئيس تجار السوق»: right after a bare person's title, the people it stands for and
 * their definite genitive are the title's, not a given name and a family name. Returns the tokens (0 or 2).
 */
export function representedGenitive(toks: Token[], i: number): number {
  const [title, t, n] = [toks[i - 1], toks[i], toks[i + 1]];
  if (i !== 1 || !title?.word || hasAl(title) || !PERSON_TITLES.has(titleHead(title.text))) return 0;
  // («ممثل مستثمري المقاصف», «رئيس منتجي الزيتون»: or the members, a plural participle in construct)
  if (!t?.word || !n?.word || !hasAl(n)) return 0;
  if (!REPRESENTED.test(bare(t)) && !MEMBERS_CONSTRUCT.test(bare(t))) return 0;
  return FUNCTION_WORDS.has(foldWord(n.text)) || PERSON_TITLES.has(titleHead(n.text)) ? 0 : 2;
}
