import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";

const speakers = (text: string): (string | null)[] =>
  extract({ text, publishedAt: "2026-11-30" }).claims.map((c) => c.speaker.name);
const bySpeakerWords = (text: string): Record<string, string | null> =>
  Object.fromEntries(
    extract({ text, publishedAt: "2026-11-30" }).claims.map((c) => [c.speaker.mention?.text, c.speaker.name]),
  );

describe("English court and body reporting", () => {
  it("gives 'its chief executive' to the body just named, not another body's holder of the title", () => {
    const text =
      "Shares in Orrin Foods fell after the company cut its forecast. Its chief executive, Mara Quill, said sales had slowed.\n\n" +
      "The Rugby Football Union confirmed the ban. Its chief executive said the club had broken the rules.\n\n" +
      "Halbrook reported higher earnings. Its chairman said the lender would raise its dividend.";
    expect(bySpeakerWords(text)).toMatchObject({
      "Its chief executive, Mara Quill": "Mara Quill",
      "Its chief executive": "Rugby Football Union",
      "Its chairman": "Halbrook",
    });
  });
  it("keeps the body's own holder named since ('Its chief executive added')", () => {
    const text =
      "The Tarn Water company raised its bills. Its chief executive, Ellis Marr, said costs had risen. " +
      "Its chief executive added that investment would continue.";
    expect(speakers(text).slice(-2)).toEqual(["Ellis Marr", "Ellis Marr"]);
  });
  it("gives '…, its leader said' to the body the content opens with", () => {
    const text =
      "Ferry strike looms\n\nThe Maritime Workers union will stage a walkout next month after talks collapsed, its leader said.\n\n" +
      "Nursewell will ballot members on strike action, its general secretary said.";
    expect(speakers(text)).toEqual(["Maritime Workers union", "Nursewell"]);
  });
  it("leaves 'outside court' out of the content", () => {
    const text =
      'Inspector Dev Rana said outside court that the verdict sent "a clear message".\n\n' +
      'Her sister said outside Kingsbridge Crown Court: "We can finally grieve."';
    const contents = extract({ text, publishedAt: "2026-11-30" }).claims.map((c) => c.content.text);
    expect(contents).toEqual(['the verdict sent "a clear message"', '"We can finally grieve."']);
  });
});

describe("English linking adverbs before reported content", () => {
  it("leaves 'Separately,' and 'Elsewhere,' out of an inverted claim's content", () => {
    const text =
      "Separately, the Dock Pilots' Guild will ballot members next week, its general secretary said.\n\n" +
      "Elsewhere, the county's bus routes will be cut, a council spokeswoman said.";
    const claims = extract({ text, publishedAt: "2026-11-30" }).claims;
    expect(claims.map((c) => c.content.text)).toEqual([
      "the Dock Pilots' Guild will ballot members next week",
      "the county's bus routes will be cut",
    ]);
    expect(claims[0]?.speaker.name).toBe("Dock Pilots' Guild");
  });
});

describe("English judges", () => {
  it("finds 'the judge' in a judge named with the title inside the name, never in the story's first speaker", () => {
    const judged = speakers(
      "Marlow Freight said it would appeal. Mrs Justice Okafor said the contract was void. " +
        "The judge told the company it must pay costs.",
    );
    expect(judged.at(-1)).toBe("Justice Okafor");
    const unnamed = speakers(
      "Harbour Logistics said it was disappointed. The judge told the defendant he would serve half his sentence.",
    );
    expect(unnamed.at(-1)).not.toBe("Harbour Logistics");
  });
});

describe("English court titles", () => {
  it("reads 'Recorder' as a judge's title before the name, and 'the judge' finds the Recorder", () => {
    const text =
      'Sentencing, Recorder Nia Pryce said: "This was a cowardly attack." The judge added that he posed a risk.';
    const names = speakers(text);
    expect(names).toEqual(["Nia Pryce", "Nia Pryce"]);
  });
});
