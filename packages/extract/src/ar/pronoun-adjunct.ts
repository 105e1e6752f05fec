// «…، وخلالها أكد الوزير أن …», «وبعدها قال …»: a time preposition with a pronoun back to an event opens the clause.
import { seatless } from "../text/chars.ts";

const PRONOUN_ADJUNCT = seatless(
  /(?:^|[\s\u00A0،,])و?(?:خلال|أثناء|عقب|إثر|بعد)(?:ه|ها|هما|هم)[\s\u00A0]*[،,]?[\s\u00A0]*$/u,
);

/** The words before a verb end with «وخلالها», «وبعده»: an adjunct, after which the verb opens its clause. */
export const pronounAdjunctBefore = (before: string): boolean => PRONOUN_ADJUNCT.test(before);
