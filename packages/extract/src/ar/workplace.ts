/** Where an Arabic title's holder works: «مدير الشركة … في حماة», a place «بمدينة الأبيض», a regional body's town. */
import type { Token } from "../text/tokens.ts";
import { lamGenitiveOfBody } from "./body-lam-genitive.ts";
import {
  ADJUNCT_STARTS,
  BA_PARTICIPLES,
  COMPASS,
  foldWord,
  isArticleName,
  isFunctionWord,
  isOrgHead,
  NAME_HONORIFIC,
  ORG_TITLES,
  OWN_DOING,
  PERSON_TITLES,
  PLACE_NOUNS,
  STATEMENT_NOUNS,
} from "./lexicon.ts";
import { namedCapitalEnd, namedPlaceEnd } from "./named-place.ts";
import {
  bare,
  CLOSING_QUOTE,
  COMMA,
  definiteWord,
  hasAl,
  isComplementizer,
  nameLike,
  OCCASIONS,
  OPENING_QUOTE,
  TIME_NOUNS,
  titleHead,
} from "./phrase.ts";
import { bodyNameEndsBefore, REGIONAL, townShape } from "./regional-town.ts";
import { onGenitive } from "./title-genitives.ts";
import { royalNameInBody } from "./title-run-on.ts";

/**
 * «مدير الشركة العامة للمخابز في حماة المهندس فراس الشيخ», «رئيس الدائرة في مديرية التجارة بحماة محمد
 * سالم العلي»: where the title holder works, between the title and the name. Only when a name (after an
 * optional definite title) follows; not an occasion («في مؤتمر صحفي») nor a place before the content.
 * Returns the tokens from «في» to the name (0 if none).
 */
export function workplaceBeforeName(text: string, toks: Token[], i: number): number {
  const place = toks[i + 1];
  if (toks[i]?.text !== "في") return 0;
  const quoted = quotedWorkplace(text, toks, i + 1);
  if (quoted) return quoted + 1;
  if (!place?.word) return 0;
  const f = foldWord(place.text);
  // («في كلمته», «في مداخلتها»: the speaker's own doing is the occasion of the words)
  const occasion = OCCASIONS.test(bare(place).replace(/^ال/u, "")) || OWN_DOING.test(bare(place));
  if (STATEMENT_NOUNS.has(f) || ADJUNCT_STARTS.has(f) || occasion) return 0;
  let j = i + 2;
  if (isOrgHead(f) && !hasAl(place)) {
    while (j < i + 5 && toks[j]?.word && hasAl(toks[j] as Token)) j++;
    j += placeAfter(text, toks, j);
  } else if (!nameLike(text, place) && !(hasAl(place) && !TIME_NOUNS.test(bare(place).slice(2)))) return 0;
  // «في شمال القدس نادر عمار»: a compass word and its place
  else if (COMPASS.test(bare(place)) && toks[j]?.word) j++;
  // «في الهلال الأحمر بنابلس أحمد جبريل»: a definite body's adjectives and its town, before the name
  else if (hasAl(place)) {
    while (j < i + 4 && toks[j]?.word && hasAl(toks[j] as Token) && !titleWordAt(toks, j)) j++;
    if (j > i + 2) j += placeAfter(text, toks, j) || lamGenitiveOfBody(toks, j);
  } else j += namedPlaceEnd(text, toks, j);
  // «في محافظة حمص المهندس …»: the place noun's own name (not «في الحي الشرقي X»: a definite one has none)
  const placeNoun = PLACE_NOUNS.has(f) && !hasAl(place);
  if (placeNoun) while (j < i + 4 && toks[j]?.word && nameLike(text, toks[j] as Token)) j++;
  const title = toks[j];
  const titled = !!title?.word && hasAl(title) && PERSON_TITLES.has(titleHead(title.text));
  // «في قرية العين أحمد حسن»: a definite word closes the place's name, the bare words after it are the holder's
  const closed = !titled && placeNoun && j > i + 1 && !!title?.word && hasAl(title);
  if (titled || closed) j++;
  // «في ولاية شمال دارفور»: a place noun takes a bare name of its own; only a title tells where it ends
  else if (placeNoun) return 0;
  const [a, b] = [toks[j], toks[j + 1]];
  const familyName = definiteWord(b);
  return a && b && nameLike(text, a) && (nameLike(text, b) || familyName) ? j - i : 0;
}

/**
 * «مدير الأبحاث في «مسار كابيتال»، عمر الزهراني،», «محلل في «الأهلي كابيتال» سامي العتيبي»: a firm's
 * quoted name at `i` after «في», then the name or the comma of the apposition that names the holder.
 * Returns the tokens through the closing mark (0 if none).
 */
function quotedWorkplace(text: string, toks: Token[], i: number): number {
  if (!OPENING_QUOTE.test(toks[i]?.text ?? "")) return 0;
  const close = toks.findIndex((t, k) => k > i + 1 && k < i + 6 && CLOSING_QUOTE.test(t.text));
  if (close < 0 || toks.slice(i + 1, close).some((t) => !t.word)) return 0;
  const [a, b] = [toks[close + 1], toks[close + 2]];
  const named = !!a?.word && !!b?.word && nameLike(text, a) && nameLike(text, b);
  const apposition = !!a && COMMA.test(a.text) && !!b?.word && nameLike(text, b);
  return named || apposition ? close + 1 - i : 0;
}

/** «بجامعة», «في جامعة»: a university, after its preposition. */
const UNIVERSITY = /^(?:ب|في)?جامعة$/u;

/**
 * «بإقليم تارودانت», «بمدينة الأبيض», or before a comma «في الساحل»: where an institution or a source is.
 * Returns the tokens it spans (0 if none).
 */
/**
 * «المكلفة بالإعلام بالمندوبية الجهوية للصحة»: after a participle title's ب-phrase, a definite body with ب
 * at `i` is where the holder works.
 */
export function workplaceAfterComplement(toks: Token[], i: number): boolean {
  const [title, complement, body] = [toks[i - 2], toks[i - 1], toks[i]];
  if (!title?.word || !complement?.word || !body?.word) return false;
  return (
    BA_PARTICIPLES.has(foldWord(bare(title))) &&
    /^ب/u.test(bare(complement)) &&
    /^بال/u.test(bare(body)) &&
    isOrgHead(foldWord(bare(body).slice(1)))
  );
}

export function placeAfter(text: string, toks: Token[], i: number): number {
  const t = toks[i];
  if (!t?.word) return 0;
  const b = bare(t);
  const f = foldWord(b.slice(1));
  // «المدير الجهوي للفلاحة بالقيروان، سامي البجاوي،»: a town before the apposition that names the person
  const after = toks.slice(i + 1, i + 6);
  const named =
    after[0]?.text === "،" &&
    after[1]?.word &&
    nameLike(text, after[1]) &&
    after[2]?.word &&
    (after[3]?.text === "،" || (after[3]?.word && after[4]?.text === "،"));
  if (/^ب/u.test(b) && b.length > 3 && named && !STATEMENT_NOUNS.has(f)) return 1;
  // «… لجمعية قوارب الصيد بالداخلة إبراهيم ولد الشيخ إن»: a definite ب-town, then a name before the clause
  if (i > 1 && /^بال\p{L}{3,}$/u.test(b) && !STATEMENT_NOUNS.has(f) && nameBeforeClause(text, toks, i + 1))
    return 1;
  if (townOfRegionalBody(text, toks, i)) return 1;
  const capital = namedCapitalEnd(text, toks, i);
  if (capital && /^ب/u.test(b)) return capital;
  // «المحامي المختص بالقضايا المالية بلال العبادي»: the participle's ب-phrase belongs to the title
  const governed = !!toks[i - 1]?.word && BA_PARTICIPLES.has(foldWord(bare(toks[i - 1] as Token)));
  const workplace = workplaceAfterComplement(toks, i);
  // («المجلس البلدي لمدينة طنجة», «السلطات المحلية لإقليم تازة»: also «لـ» before a place noun)
  const lamPlace = /^ل(?!ل)/u.test(b) && PLACE_NOUNS.has(f);
  if (
    (/^ب/u.test(b) || lamPlace) &&
    (PLACE_NOUNS.has(f) ||
      ORG_TITLES.has(f) ||
      (governed && (/^بال/u.test(b) || hasAl(toks[i + 1] as Token))) ||
      workplace)
  ) {
    // «بالمجلس» is whole: only its adjectives follow («بالمجلس البلدي»), a bare word is the name
    // («رئيس لجنة الخدمات بالمجلس محمد العبيدي»); «بإقليم تارودانت», «بجامعة القاهرة» take their genitive
    const definite = /^بال/u.test(b);
    // «بجامعة السلطان قابوس»: a body named after a ruler takes his given name too
    const royal = definite ? 0 : royalNameInBody(text, toks, i + 1);
    if (royal) return 1 + royal;
    let j = i + 1;
    // («وطالبت لجنة المقاومة بمدينة كسلا السلطات بـ…»: a body after a place's name is the verb's object)
    const objectBody = (k: number) =>
      k === i + 2 && PLACE_NOUNS.has(f) && isOrgHead(foldWord((toks[k] as Token).text));
    while (
      j < i + 3 &&
      toks[j]?.word &&
      !isArticleName((toks[j] as Token).text) &&
      // («بجامعة وهران الدكتور X»: an honorific with the article opens the holder's name)
      !NAME_HONORIFIC.test(bare(toks[j] as Token)) &&
      ((!definite && j === i + 1 && nameLike(text, toks[j] as Token)) || hasAl(toks[j] as Token)) &&
      !objectBody(j)
    )
      j++;
    if (j > i + 1) j += onGenitiveTail(text, toks, j);
    if (definite) return j - i;
    // «بجامعة البليدة 2», «بجامعة الجزائر 3»: a university numbered after its town (Algerian press)
    if (j === i + 2 && UNIVERSITY.test(b) && /^[1-9]$/u.test(toks[j]?.text ?? "")) return 3;
    // «بشعبة مصدري الصمغ العربي إن …»: the genitive's adjectives, where the subject closes right after them
    if (j === i + 3) j += closingAdjectives(text, toks, j);
    // «بغرفة تجارة وصناعة عُمان،»: a second genitive joined by «و» and the country, before a comma
    const [conj, land, closer] = [toks[j], toks[j + 1], toks[j + 2]];
    if (
      j === i + 2 &&
      conj?.word &&
      /^و[^ا]\p{L}{2,}$/u.test(bare(conj)) &&
      !isFunctionWord(bare(conj).slice(1)) &&
      land?.word &&
      (nameLike(text, land) || hasAl(land)) &&
      closer &&
      COMMA.test(closer.text)
    )
      j += 2;
    return j > i + 1 ? j - i : 0;
  }
  return 0;
}

/**
 * «المرصد الجهوي لحماية المال العام بمراكش», «المديرية الإقليمية للتعليم بتارودانت»: a regional body's
 * name ends with its town, a bare ب-word.
 */
export function townOfRegionalBody(text: string, toks: Token[], i: number): boolean {
  const t = toks[i] as Token;
  const b = bare(t);
  if (!townShape(b, bodyNameEndsBefore(toks[i + 1]))) return false;
  const town = { ...t, text: b.slice(1) };
  return nameLike(text, town) && toks.slice(0, i).some((w) => w.word && REGIONAL.test(bare(w)));
}

/** Two or three name-like words from `k` (joiners such as «ولد» included), then a comma or a complementizer. */
function nameBeforeClause(text: string, toks: Token[], k: number): boolean {
  let j = k;
  while (
    j < k + 4 &&
    toks[j]?.word &&
    (nameLike(text, toks[j] as Token) || (j > k && hasAl(toks[j] as Token)))
  )
    j++;
  const closer = toks[j];
  return j - k >= 2 && !!closer && (COMMA.test(closer.text) || isComplementizer(text, closer));
}

/** A definite person title at `j` («الدكتور», «المهندس»): the name's honorific, not the body's adjective. */
const titleWordAt = (toks: Token[], j: number): boolean =>
  PERSON_TITLES.has(titleHead((toks[j] as Token).text));

/** Definite words at `j` (one or two) right before a comma, a complementizer or the end: their count, else 0. */
function closingAdjectives(text: string, toks: Token[], j: number): number {
  let k = j;
  while (k < j + 2 && toks[k]?.word && hasAl(toks[k] as Token) && !isFunctionWord((toks[k] as Token).text))
    k++;
  const next = toks[k];
  const closes = !next || (next.word ? isComplementizer(text, next) : /^[،,.]$/u.test(next.text));
  return k > j && closes ? k - j : 0;
}

/**
 * «بمركز الرقابة على الأغذية والأدوية فرع مصراتة»: inside a body's name after «ب», the «على» genitive of its
 * verbal noun, the nouns joined to that genitive by «و», and the branch and its town. Returns the tokens (0 if none).
 */
function onGenitiveTail(text: string, toks: Token[], j: number): number {
  const on = onGenitive(toks, j);
  if (!on) return 0;
  let e = j + on;
  while (e < j + on + 3 && toks[e]?.word && /^وال\p{L}{2,}$/u.test(bare(toks[e] as Token))) e++;
  const town = toks[e + 1];
  if (toks[e]?.word && bare(toks[e] as Token) === "فرع" && town?.word && !hasAl(town) && nameLike(text, town))
    e += 2;
  return e - j;
}
