/**
 * "Speaking to Times of Oman, X said …", "Speaking to The Irrawaddy, …": words the paper itself heard, no occasion
 * of the story's (not "Speaking to reporters", who were at the event, nor "Speaking to Newsday after the ruling",
 * an occasion named).
 */
export const SPEAKING_TO_OUTLET =
  /\b[Ss]peaking\s+to\s+(?:[Tt]he\s+)?(?!(?:Reporters|Journalists|Parliament|Congress|Senate|House|Council|Assembly|Court|Committee|MPs|Senators|Members)\b)\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.-]*){0,3}\s*,/u;
