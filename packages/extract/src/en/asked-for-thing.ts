/**
 * "will ask the Legislature for help", "asked the council for $2 million": a request for a thing made to a
 * hearer, no words of the asker's reported (not "asked the moderator for the debate to fact check …", where an
 * infinitive says what was asked, nor a quotation).
 */
const HEARER_THEN_FOR =
  /^(?:(?:the|a|an|its|his|her|their|our|this)[\s\u00A0]+)?(?:[\p{L}.’'-]+[\s\u00A0]+){0,3}?[\p{L}.’'-]+[\s\u00A0]+for[\s\u00A0]/u;

export const askedForThing = (base: string, content: string): boolean =>
  base === "ask" && HEARER_THEN_FOR.test(content) && !/[\s\u00A0]to[\s\u00A0]|[“”"‘]/.test(content);
