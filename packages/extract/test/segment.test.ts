import { describe, expect, it } from "vitest";
import { findQuotes } from "../src/text/quotes.ts";
import { segment } from "../src/text/segment.ts";

const sentences = (text: string): string[] => segment(text).map((s) => text.slice(s.start, s.end));

describe("segment", () => {
  it("keeps abbreviations and initials inside sentences", () => {
    expect(sentences("Mr. Smith met the U.S. envoy on Nov. 7 in Washington. He left.")).toEqual([
      "Mr. Smith met the U.S. envoy on Nov. 7 in Washington.",
      "He left.",
    ]);
    expect(sentences("President John F. Kennedy spoke. Then he left.")).toHaveLength(2);
  });
  it("splits after an abbreviation when a new sentence clearly starts", () => {
    expect(sentences("He moved to the U.S. The move was quick.")).toHaveLength(2);
  });
  it("handles Arabic punctuation and the د. abbreviation", () => {
    const text = "قال د. أحمد إن الوضع صعب. هل انتهت الأزمة؟ لا أحد يعرف";
    expect(sentences(text)).toEqual(["قال د. أحمد إن الوضع صعب.", "هل انتهت الأزمة؟", "لا أحد يعرف"]);
  });
  it("treats CRLF, NBSP and direction marks as spacing, and line breaks as paragraph ends", () => {
    const text = "First line.\r\n\u200FSecond\u00A0line! Third.";
    const segs = segment(text);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual([
      "First line.",
      "Second\u00A0line!",
      "Third.",
    ]);
    expect(segs.map((s) => s.para)).toEqual([0, 1, 1]);
  });
  it("keeps closing quotes with the sentence they end", () => {
    expect(sentences('"We won." She smiled.')).toEqual(['"We won."', "She smiled."]);
  });
});

describe("findQuotes", () => {
  it("pairs «» “” and straight quotes", () => {
    const text = 'قال «نعم» ثم “لا” and "maybe"';
    const spans = findQuotes(text).map((q) => text.slice(q.start, q.end));
    expect(spans).toEqual(["«نعم»", "“لا”", '"maybe"']);
  });
  it("keeps a quote open across sentences and across paragraphs that re-open it", () => {
    const text = "“First. Second.\n\n“Third,” he said.";
    const [q] = findQuotes(text);
    expect(q && text.slice(q.start, q.end)).toBe(text.slice(0, text.indexOf("”") + 1));
  });
  it("stops an unbalanced quote at the end of its paragraph", () => {
    const text = "He said “this never closes.\nNext paragraph.";
    const [q] = findQuotes(text);
    expect(q?.closed).toBe(false);
    expect(q && text.slice(q.start, q.end)).toBe("“this never closes.");
  });
  it("reads two apostrophes as a double quote and ignores apostrophes in words", () => {
    const text = "''It's fine,'' he said.";
    const [q] = findQuotes(text);
    expect(q && text.slice(q.start, q.end)).toBe("''It's fine,''");
  });
});

describe("list items", () => {
  it("starts a list item's sentence after its marker", () => {
    const text =
      "• قال الوزير إن الخطة جاهزة.\n* The union said members would strike.\n(2) قالت الوزارة إن الطريق مغلق.\n١- أكد المدير أن العمل مستمر.\nb) Jones said prices would rise.";
    expect(sentences(text)).toEqual([
      "قال الوزير إن الخطة جاهزة.",
      "The union said members would strike.",
      "قالت الوزارة إن الطريق مغلق.",
      "أكد المدير أن العمل مستمر.",
      "Jones said prices would rise.",
    ]);
  });
  it("keeps what only looks like a marker: a score, a hyphenated number, a marker alone", () => {
    expect(sentences("2-1 was the final score.\n10-year-old pupils sang.\n•")).toEqual([
      "2-1 was the final score.",
      "10-year-old pupils sang.",
      "•",
    ]);
  });
});

describe("interview labels", () => {
  it("starts a question's and an answer's sentence after 'Q:'/'A.', «س:»/«ج.»", () => {
    const text = "Q. What now?\nA. I will replant. Then wait.\nس: وماذا عن الأسعار؟\nج. أتوقع أن تستقر.";
    expect(sentences(text)).toEqual([
      "What now?",
      "I will replant.",
      "Then wait.",
      "وماذا عن الأسعار؟",
      "أتوقع أن تستقر.",
    ]);
  });
  it("reads 'A.' as an initial when no question comes before it", () => {
    expect(sentences("A. Smith said so.")).toEqual(["A. Smith said so."]);
  });
});
