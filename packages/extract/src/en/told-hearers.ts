// Hearers of "told" that are no outlet: a chamber or body at its sitting, or a person met or called.
import { abbreviation, bareWord, HONORIFICS, TITLE_HEADS } from "./person-words.ts";

/**
 * "told the Commons", "told the Dáil", "told the Senate Armed Services Committee", "told the City Council": a
 * chamber or a sitting body heard the words at its sitting, the story's occasion, not an outlet's interview.
 */
const SITTING_BODY =
  /^told[\s\u00A0]+(?:the[\s\u00A0]+)?(?:\p{Lu}[\p{L}\p{N}.'’&-]*[\s\u00A0]+(?:of[\s\u00A0]+)?){0,5}(?:Commons|Lords|D[áa]il|Seanad|Senedd|Holyrood|Stormont|Oireachtas|Knesset|Bundestag|Bundesrat|Duma|Majlis|Sejm|Diet|Sabha|Khural|Fono|Storting|Riksdag|Folketing|Eduskunta|Althingi?|Sangsad|Shura|Jirga|Hluttaw|Tynwald|Mejlis|Rada|Saeima|Seimas|Sabor|Kenesh|Mazhilis|Tshogdu|LegCo|Congress|Parliament|Legislature|Legislative|Assembly|Senate|House|Council|Committee|Commission|Inquiry|Court|Tribunal|Hearing|Cabinet|Conference|Convention|Summit|Jury|Panel|Board|Chamber)(?![\p{L}\p{N}])/u;
/** Words that open a person's style or office before the name ("told President Macron", "told Crown Prince X"). */
const STYLE =
  /^(?:President|Prime|King|Queen|Prince|Princess|Pope|Sir|Dame|Lord|Lady|Sheikh|Emir|Crown|Vice|Deputy)$/;

/** "told Mr Zelensky", "told Sen. Graham", "told the Prime Minister": the hearer opens with a title or an honorific. */
function titledHearer(told: string): boolean {
  const first = /^told[\s\u00A0]+(?:the[\s\u00A0]+)?([^\s\u00A0,]+)/.exec(told)?.[1] ?? "";
  const word = bareWord(first);
  return (
    STYLE.test(first) || TITLE_HEADS.has(first) || HONORIFICS.has(word) || abbreviation(word) !== undefined
  );
}

/**
 * "told Macron that …" where the article names "Emmanuel Macron": one capitalised word that is the family name
 * of someone the article names in full, not an outlet ("told Reuters").
 */
function familyNameHearer(text: string, told: string): boolean {
  const one = /^told[\s\u00A0]+(\p{Lu}[\p{Ll}’'-]+)$/u.exec(told)?.[1];
  return !!one && new RegExp(`\\p{Lu}\\p{Ll}+[\\s\\u00A0]+${one}(?![\\p{L}])`, "u").test(text);
}

/**
 * The words of "told X" were heard at a sitting or by a person, not given to an outlet; `afterCue` is the text
 * from the cue on, `told` the capitalised hearer phrase read as an outlet's name.
 */
export function heardAtSittingOrInPerson(text: string, afterCue: string, told: string): boolean {
  return SITTING_BODY.test(afterCue) || titledHearer(told) || familyNameHearer(text, told);
}
