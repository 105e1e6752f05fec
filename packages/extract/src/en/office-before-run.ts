// The office and its portfolio written right before a capitalised run of name words ("Secretary for Transport
// Alan Wong Ka-ming", "Minister of Lands and Natural Resources Kofi Asare"): the run's title, not its name.
import { capitalRunBefore } from "../text/capitals.ts";
import { spacedWordBefore } from "../text/chars.ts";
import { parseEnglishMention } from "./mention.ts";

/** An office and the link to its portfolio, right before a capitalised run ("Minister for ", "Minister responsible for "). */
const OFFICE_FOR =
  /\b(?:Minister(?:\s+of\s+State)?|Secretary|Assistant|Adviser|Advisor|Commissioner|Director|Envoy|Ambassador|Mayor|Constable|Governor|President|Chairman|Chairperson|Speaker|Leader|Premier|Bishop|Archbishop|Representative|Member|Senator)\s+(?:responsible\s+)?(?:for|of|on)\s+(?:the\s+)?$/;

/** A portfolio listed before a comma: one to four capitalised words. */
const LISTED_ITEM = /\p{Lu}[\p{L}’'-]*(?:[\s\u00A0]+\p{Lu}[\p{L}’'-]*){0,3}$/u;

/**
 * Where the title before the capitalised run text[start, end) begins when an office and its portfolio's link
 * stand right before it, back to the one the office serves; -1 when none does.
 */
export function officeStartBefore(text: string, lineStart: number, start: number, end: number): number {
  const office = officeStartAt(text, lineStart, start);
  if (office >= 0 || !spacedWordBefore(text, start, "and")) return office;
  // ("Minister of Lands and Natural Resources Kofi Asare": the portfolio's own "and", its first words, the
  // office; not "Minister of Health Ama Lee and Kofi Asare", two people)
  const and = text.lastIndexOf("and", start);
  let portfolio = capitalRunBefore(text, Math.max(lineStart, and - 40), and);
  let joined = portfolio < 0 ? -1 : officeStartAt(text, lineStart, portfolio);
  // ("Minister of Traffic, Transport and Spatial Planning Orlan Pike": earlier portfolios listed with commas)
  for (let items = 0; joined < 0 && portfolio > 2 && items < 6; items++) {
    if (!text.startsWith(", ", portfolio - 2)) return -1;
    const listed = LISTED_ITEM.exec(text.slice(Math.max(lineStart, portfolio - 42), portfolio - 2));
    if (!listed) return -1;
    portfolio -= 2 + (listed[0] as string).length;
    joined = officeStartAt(text, lineStart, portfolio);
  }
  if (joined < 0) return -1;
  const parse = parseEnglishMention(text.slice(joined, end));
  const title = parse.title ?? "";
  return parse.kind === "person" && /\band\s/.test(title) && !/\band$/.test(title) ? joined : -1;
}

/** The start of the office whose link to its portfolio ends right at `start` (see officeStartBefore), or -1. */
function officeStartAt(text: string, lineStart: number, start: number): number {
  // (the regex ends in "for", "of" or "on": tested first, as most names have none of them before them)
  const office =
    spacedWordBefore(text, start, "for") ||
    spacedWordBefore(text, start, "of") ||
    spacedWordBefore(text, start, "on") ||
    // ("Minister for the Environment Aoife Brennan")
    spacedWordBefore(text, start, "the")
      ? OFFICE_FOR.exec(text.slice(Math.max(lineStart, start - 40), start))
      : null;
  if (!office) return -1;
  const from = start - office[0].length;
  let titleStart = capitalRunBefore(text, Math.max(lineStart, from - 40), from);
  if (titleStart < 0) titleStart = from;
  // ("Special Assistant to the Prime Minister on Trade Sana Mir": the one who serves, back to their office)
  const served = /\bto\s+the\s+$/.exec(text.slice(Math.max(lineStart, titleStart - 8), titleStart));
  const servedStart = served
    ? capitalRunBefore(
        text,
        Math.max(lineStart, titleStart - served[0].length - 40),
        titleStart - served[0].length,
      )
    : -1;
  return servedStart < 0 ? titleStart : servedStart;
}
