// «مسؤول في هيئة الموانئ بالإسكندرية إن …»: the town a body is in, a definite ب-word after the body's name.
import { ARABIC_DEFINITE_STATES } from "../states.ts";
import type { Token } from "../text/tokens.ts";
import { articleHasWord } from "./article-words.ts";
import { BA_SHORT_VERBAL_NOUN } from "./ba-nouns.ts";
import { constituencyEnd } from "./constituency.ts";
import { ADJUNCT_STARTS, FUNCTION_WORDS, foldWord, ORG_TITLES, PLACE_NOUNS, TIME_WORDS } from "./lexicon.ts";
import {
  baObject,
  bare,
  COMMA,
  hasAl,
  isComplementizer,
  nameLike,
  titleHead,
  verbParticles,
} from "./phrase.ts";
import { townShape } from "./regional-town.ts";

/** «المغرب», «العراق»: states named with the article. Folded. */
const DEFINITE_STATES = new Set(ARABIC_DEFINITE_STATES.map(foldWord));

/** «بالتعاون», «بالإضافة», «بالاستمرار», «بالتنسيق»: a ب-verbal noun of a derived form is no town. */
const VERBAL_NOUN =
  /^بال(?:ت\p{L}\p{L}[اي]\p{L}|[اإأ]\p{L}\p{L}ا\p{L}|ا\p{L}ت\p{L}ا\p{L}|است\p{L}\p{L}ا\p{L})$/u;

/**
 * «مسؤول في هيئة الموانئ بالإسكندرية إن …», «مديرة مستشفى الأطفال بالخرطوم: …»: after a phrase that names a
 * body, a definite ب-word closed by a complementizer or a colon is the town the body is in (a place
 * name, not a noun the lexicon knows). Not after a verb that takes ب («أشاد مسؤول في الوزارة بالاتفاق،»).
 * Returns the tokens it spans (0 or 1).
 */
export function townAfterBody(text: string, toks: Token[], i: number, verbEnd: number): number {
  const t = toks[i];
  const next = toks[i + 1];
  if (i >= 2 && t?.word && !/^بال/u.test(bare(t))) return bareTownAfterBody(text, toks, i, verbEnd);
  if (i < 2 || !t?.word || !/^بال\p{L}{3,}$/u.test(bare(t)) || VERBAL_NOUN.test(bare(t))) return 0;
  const f = foldWord(bare(t).slice(1));
  if (FUNCTION_WORDS.has(f) || ADJUNCT_STARTS.has(f)) return 0;
  // (a comma may close the verb's object instead: «أشادت هيئة الرقابة بالحكم، مؤكدة …»)
  // («الجامعة الوطنية لأرباب مدارس تعليم السياقة بالمغرب، في بلاغ …»: a state with the article, also before a comma)
  const state = DEFINITE_STATES.has(f) && !!next && COMMA.test(next.text);
  const closed =
    !!next &&
    (next.text === ":" || isComplementizer(text, next) || state || dayOrThatNext(text, toks, i + 1, verbEnd));
  const objectNext = requestAfter(next);
  if (!objectNext && (!closed || verbParticles(text, verbEnd)?.has("ب"))) return 0;
  return toks.slice(0, i).some((w) => w.word && ORG_TITLES.has(titleHead(w.text))) ? 1 : 0;
}

/**
 * «المؤسسة العامة للكهرباء بساحل حضرموت، في بيان …», «تنسيقية الدفاع عن التراث بمكناس، …»: after a phrase
 * that names a body, a bare ب-town (or a place noun and the place's own name: «بمحافظة تعز», «بساحل
 * حضرموت») closed by a comma or a complementizer is where the body is. After a verb that takes ب, only a
 * place the article also names without ب («جماعة مكناس»): else it may be the verb's object.
 */
function bareTownAfterBody(text: string, toks: Token[], i: number, verbEnd: number): number {
  const w = bare(toks[i] as Token);
  const own = toks[i + 1];
  const placed =
    PLACE_NOUNS.has(foldWord(w.slice(1))) && own?.word && !hasAl(own) && nameLike(text, own) ? 2 : 0;
  // «جمعية حماية المستهلك بطنجة بخفض الأسعار»: the verb's own ب-object right after it (a town in ة too)
  const objectNext = !placed && !opensRequest(w) && requestAfter(toks[i + 1]);
  const town = townShape(w, objectNext) && !FUNCTION_WORDS.has(foldWord(w.slice(1)));
  const span = placed || (town ? 1 : 0);
  const closer = toks[i + span];
  if (!span || !closer) return 0;
  const closed =
    COMMA.test(closer.text) || isComplementizer(text, closer) || dayOrThatNext(text, toks, i + span, verbEnd);
  if (!objectNext && !closed && !constituencyEnd(text, toks, i + span)) return 0;
  if (!toks.slice(0, i).some((x) => x.word && ORG_TITLES.has(titleHead(x.text)))) return 0;
  const place = placed ? bare(own as Token) : w.slice(1);
  return verbParticles(text, verbEnd)?.has("ب") && !objectNext && !articleHasWord(text, place) ? 0 : span;
}

/** «بخفض», «بإلغاء», «بتحسين»: a ب-verbal noun, what a request or a promise asks for. */
const opensRequest = (w: string): boolean => BA_SHORT_VERBAL_NOUN.test(w) || baObject(w, 1);
/** The token is a ب-verbal noun with a word after it: the verb's object starts there. */
const requestAfter = (t: Token | undefined): boolean => !!t?.word && opensRequest(bare(t));

/**
 * «حذرت الغرفة التجارية بعدن أمس من أن …»: the day the body spoke, or the verb's own particle and its
 * complementizer, close the body's name after its town as a comma would.
 */
function dayOrThatNext(text: string, toks: Token[], k: number, verbEnd: number): boolean {
  const t = toks[k] as Token;
  if (!t.word) return false;
  const f = foldWord(t.text);
  if (TIME_WORDS.has(f)) return true;
  const that = toks[k + 1];
  return !!verbParticles(text, verbEnd)?.has(f) && !!that?.word && isComplementizer(text, that);
}
