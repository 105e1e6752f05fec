/**
 * Media named with a day word: "USA Today", "the BBC's Today programme", "the Today show"; "the Sunday Times",
 * "the Saturday Paper", "the Mail on Sunday" (the weekday, then a capitalised word of the name, or after "Mail on").
 */
const TODAY_TITLE_BEFORE = /(?:\bUSA|\bthe|\S[’']s)\s+$/;
const TODAY_TITLE_AFTER = /^\s+(?:programme|program|show|newspaper|podcast)\b/;
/** "told Aruba Today", "speaking to Gulf Today", "in an interview with China Today": an outlet someone spoke to. */
const OUTLET_TODAY_BEFORE =
  /(?:\b(?:told|tells|telling)|\b(?:speaking|spoke|talking|talked|said)[\s\u00A0]+to|\binterview[\s\u00A0]+with)[\s\u00A0]+(?:the[\s\u00A0]+)?(?:\p{Lu}[\p{L}’'-]+[\s\u00A0]+){1,3}$/u;
const PAPER_BEFORE = /\b[Tt]he(?:[\s\u00A0]+Mail[\s\u00A0]+on)?[\s\u00A0]+$/;
const PAPER_WORD_AFTER =
  /^[\s\u00A0]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)(?:\p{Lu}[\p{L}-]*)/u;
/** The day word at text[start, end) ("Today" or a weekday) is part of a medium's name: no day of the story. */
export function dayInMediaName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (word === "Today")
    return (
      TODAY_TITLE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ||
      OUTLET_TODAY_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ||
      TODAY_TITLE_AFTER.test(text.slice(end, end + 12)) ||
      quotedTitleEnd(text, start, end)
    );
  const before = PAPER_BEFORE.exec(text.slice(Math.max(0, start - 14), start));
  if (!before) return false;
  if (before[0].includes("Mail")) return word === "Sunday";
  return PAPER_WORD_AFTER.test(text.slice(end, end + 24));
}

/** "the program “Emphasis on Today”": a capitalised "Today" closing a quoted title of capitalised words. */
const TITLE_BEFORE_TODAY = /[“"](?:\p{Lu}[\p{L}’'-]*[\s\u00A0]+)(?:[\p{L}’'-]+[\s\u00A0]+){0,4}$/u;
const quotedTitleEnd = (text: string, start: number, end: number): boolean =>
  /^[,.]?[”"]/.test(text.slice(end, end + 2)) &&
  TITLE_BEFORE_TODAY.test(text.slice(Math.max(0, start - 40), start));
