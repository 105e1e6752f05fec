// Reporting verbs whose plain object (no "that", no clause, no quotation) tells an act, not words:
// "the surcharge, which added about $38 to a typical bill", "The company added 200 jobs" (a sum: no claim, and its
// subject is no speaker to keep in focus); "Operators welcomed the free life jackets but …" (a reception, with
// nothing said: silent, its subject stays in focus for a "They said" after it).

/** An amount at the object's start: "about $38", "nearly 10 percent", "200 jobs", "£4m", "a further $2 million". */
const AMOUNT_FIRST =
  /^(?:(?:about|around|roughly|nearly|almost|some|only|just|another|a[\s\u00A0]+further|more[\s\u00A0]+than|up[\s\u00A0]+to|over)[\s\u00A0]+)?[$£€¥]?\d/i;
/** A quotation in the object ("welcomed the move as “long overdue”") makes it words. */
const QUOTED = /["“”]/;
/** A finite verb makes the words a clause ("added 200 people had been rescued"). */
const FINITE =
  /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|[a-z]{3,}ed)\b/;
/**
 * "… but questioned how …", "… but asked whether …": a doubt right after the thing welcomed; "… but said its members
 * had concerns": the words come after "but".
 */
const BUT_ASKED =
  /^[\s\u00A0]+but[\s\u00A0]+(?:questioned|asked|wondered|queried|said|says|added|warned|cautioned|noted|stressed|insisted)\b/;

/** "added about $38 to …": a sum added. */
export const amountAdded = (base: string, content: string, opensClause: boolean): boolean =>
  base === "add" && !opensClause && AMOUNT_FIRST.test(content) && !FINITE.test(content);

/** "welcomed the free life jackets but questioned how …" / "but said …": a reception of a thing (`after`: the words after it). */
export const thingWelcomed = (base: string, content: string, after: string): boolean =>
  base === "welcome" && !QUOTED.test(content) && BUT_ASKED.test(after);
