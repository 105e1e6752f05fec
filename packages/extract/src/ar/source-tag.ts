// «…، وفقا لتقرير نشرته الوكالة», «…، بحسب الوكالة», «…، نقلا عن مصادر أمنية»: the writer's tag on where
// the words came from, after a comma at the end of the reported content; it is no part of the content.
import { foldForCompare } from "../text/chars.ts";
import { foldWord, ORG_TITLES, OWN_WORDS_MARKER, PERSON_TITLES, SOURCE_NOUNS } from "./lexicon.ts";
import { titleHead } from "./phrase.ts";

/** «وفقا ل», «بحسب», «نقلا عن», …: the cue words of a source tag, folded, then the rest of the tag. */
const TAG = /^و?(?:وفقا ل|طبقا ل|استنادا ل|(?:وفق|بحسب|حسب|نقلا عن|استنادا الي|بناء علي) )(\S+)/u;
/** Agencies and outlets named without a title word («، بحسب رويترز», «، وفقا لفرانس برس»). */
const OUTLETS = new Set(
  "رويترز فرانس اسوشيتد الاناضول بلومبرغ سانا واس وام قنا كونا بترا واج ومع اسنا واع سونا مينا ارنا تاس شينخوا"
    .split(" ")
    .map((w) => foldWord(w)),
);

/**
 * The folded text after a comma opens a source tag: a cue of «according to» and, after it, a source
 * (a body, a person's title, a report or statement, a known agency) or the speaker's own words («قوله»);
 * «، وفقا للقانون», «، حسب الحاجة» (in line with, as needed) go on with the content.
 */
function opensSourceTag(following: string): boolean {
  const m = TAG.exec(following);
  if (!m?.[1]) return false;
  const word = m[1].replace(/^لل/u, "ال").replace(/^ل(?!ل)/u, "");
  if (OWN_WORDS_MARKER.test(word)) return true;
  const w = foldWord(word);
  const head = titleHead(word);
  return ORG_TITLES.has(head) || PERSON_TITLES.has(head) || SOURCE_NOUNS.has(w) || OUTLETS.has(w);
}

/** `opensSourceTag` on raw text. */
export const sourceTagAt = (text: string): boolean => opensSourceTag(foldForCompare(text));
