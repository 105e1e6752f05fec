// English he/she speakers resolved to a person of that gender (session 16, lane gender): what the article shows of
// a person's gender (honorific, gendered title, a pronoun bound before, else a common given name), and a pronoun
// inside a speaker's own reported words that is not that speaker. Made-up sentences.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-06-10");
const speakers = (text: string) => en(text).map((c) => c.speaker.name);

describe("a common given name shows the gender when the article gives none", () => {
  it("skips a man who opened the sentence for a 'she'", () => {
    const text =
      "Laura Pike, a councillor, said the road would close in March. " +
      "Tom Ruddle runs the cafe at the corner of the square. " +
      "“We were never asked about any of this,” she said.";
    expect(speakers(text).at(-1)).toBe("Laura Pike");
  });
  it("skips a woman named last for a 'he'", () => {
    const text =
      "Gregory Hale, the club's treasurer, said the accounts were in order. " +
      "Margaret Tull led the audit this spring. " +
      "“Every penny is there,” he said.";
    expect(speakers(text).at(-1)).toBe("Gregory Hale");
  });
  it("leaves a name borne by both unknown", () => {
    const text =
      "Laura Pike, a councillor, said the road would close in March. " +
      "Jordan Ruddle runs the cafe at the corner of the square. " +
      "“We were never asked about any of this,” she said.";
    expect(speakers(text).at(-1)).toBe("Jordan Ruddle");
  });
});

describe("a he/she inside a speaker's reported words", () => {
  it("is the person the speaker named before it", () => {
    const text =
      "The residents' group met on Monday. " +
      "Ade Okafor said Chidi Nwosu had been right when he warned that the bridge would fail.";
    expect(speakers(text)).toEqual(["Ade Okafor", "Chidi Nwosu"]);
  });
  it("is the speaker when the words name no other person", () => {
    const text =
      "The residents' group met on Monday. " +
      "Ade Okafor said the council had been wrong when he warned that the bridge would fail.";
    expect(speakers(text)).toEqual(["Ade Okafor", "Ade Okafor"]);
  });
  it("is not a person of the other gender named in them", () => {
    const text =
      "The residents' group met on Monday. " +
      "Ade Okafor said Ruth Abara had been wrong when he warned that the bridge would fail.";
    expect(speakers(text)).toEqual(["Ade Okafor", "Ade Okafor"]);
  });
});

describe("a he/she in a clause on a noun a person owns", () => {
  it("is that owner, not the last speaker", () => {
    const text =
      "Tom Harker, the union's secretary, said the talks had failed. " +
      "Pay was frozen in Mr. Tolan's spring budget, in which he said that hospitals would get more money.";
    expect(speakers(text)).toEqual(["Tom Harker", "Tolan"]);
  });
  it("is not an owner of the other gender", () => {
    const text =
      "Tom Harker, the union's secretary, said the talks had failed. " +
      "He spoke after Ms. Tolan's spring budget, in which he said that hospitals would get less money.";
    expect(speakers(text).at(-1)).toBe("Tom Harker");
  });
});

describe("a he/she opening a clause after the main one", () => {
  it("is the person its sentence named before it, not the last speaker", () => {
    const text =
      "“We will not sign,” Gareth Pryce said on Monday. " +
      "The clubs turned on the league's chairman, Ivan Kosta, after he suggested that the cup should be scrapped.";
    expect(speakers(text)).toEqual(["Gareth Pryce", "Ivan Kosta"]);
  });
  it("skips a person of the other gender named in the sentence", () => {
    const text =
      "“We will not sign,” Gareth Pryce said on Monday. " +
      "Helen Marsh was surprised when he suggested that the cup should be scrapped.";
    expect(speakers(text).at(-1)).toBe("Gareth Pryce");
  });
});

describe("a gendered role in apposition to a name met outside any claim", () => {
  it("keeps a 'he' off a widow who opened the sentence", () => {
    const text =
      "Ngozi Eze, a teacher, said the clinic had closed. Adaeze Obi, a widow, runs the pharmacy next door. " +
      "“Nobody told us anything,” he said.";
    expect(speakers(text).at(-1)).toBe("Ngozi Eze");
  });
  it("reads a grandmother, a stepfather as gendered roles", () => {
    const text =
      "Ngozi Eze, a teacher, said the clinic had closed. Adaeze Obi, a grandmother of six, runs the pharmacy. " +
      "“Nobody told us anything,” he said.";
    expect(speakers(text).at(-1)).toBe("Ngozi Eze");
    const other =
      "Adaeze Obi, a teacher, said the clinic had closed. Ngozi Eze, a stepfather of two, runs the pharmacy. " +
      "“Nobody told us anything,” she said.";
    expect(speakers(other).at(-1)).toBe("Adaeze Obi");
  });
});
