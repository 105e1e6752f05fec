// Arabic conventions met in held-out batch 29 (Al-Wasat, Al-Qabas, Akhbar Al Khaleej, Mosaique FM): made-up
// sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("«ونقلت الوكالة، أمس الاثنين، عن X قوله إن …»: a short aside between the agency and «عن»", () => {
  it("gives the words to the one quoted, with «قوله» as the cue", () => {
    const [c] = run(
      'ونقلت وكالة الأنباء الرسمية، أمس الاثنين، عن وزير الزراعة، سمير بن علي، قوله إن المحصول "سيكون وفيرا".',
    );
    expect([c?.speaker.name, c?.cue.text, c?.content.text]).toEqual([
      "سمير بن علي",
      "قوله",
      'المحصول "سيكون وفيرا"',
    ]);
  });
});

describe(`«نفى مصدر، تحدث إلى "…" شريطة عدم ذكر اسمه، وجود …»: a request for anonymity before a noun object`, () => {
  it("starts the content after the request, short or long", () => {
    const text = [
      "ونفى مصدر حكومي، طلب عدم ذكر اسمه، وجود أي خلاف بين الوزراء.",
      'ونفى مسؤول في البلدية، تحدث إلى "صحيفة المساء" شريطة عدم ذكر اسمه، تسجيل أي إصابات.',
    ].join("\n");
    expect(run(text).map((c) => c.content.text)).toEqual(["وجود أي خلاف بين الوزراء", "تسجيل أي إصابات"]);
  });
});

describe("an unnamed source in a directorate named by a chain of genitives («بمديرية أمن طرابلس»)", () => {
  it("keeps the whole description as the speaker, naming no one «أمن طرابلس»", () => {
    const text = [
      "وقال مصدر أمني بمديرية أمن طرابلس إن الوضع مستقر.",
      "وأكد مصدر في مديرية أمن مصراتة أن الطرق مفتوحة.",
    ].join("\n");
    expect(run(text).map((c) => c.speaker.name)).toEqual([
      "مصدر أمني بمديرية أمن طرابلس",
      "مصدر في مديرية أمن مصراتة",
    ]);
  });
  it("reads a place noun's bare names to the end («في ولاية شمال دارفور»), naming no one «دارفور»", () => {
    const [c] = run("وقال مسؤول في ولاية شمال دارفور إن الطرق مغلقة.");
    expect(c?.speaker.name).toBe("مسؤول في ولاية شمال دارفور");
  });
});

describe("«قضت محكمة الاستئناف … بإلغاء …» (an act, no claim), then «وقالت المحكمة …»", () => {
  it("gives the short name the body that opened a sentence by acting", () => {
    const text = [
      "قضت محكمة التمييز، أمس، برفض الطعن المقدم من البلدية.",
      'وقالت المحكمة في أسباب حكمها إن القرار "صدر وفق القانون".',
    ].join("\n");
    const [c] = run(text);
    expect([c?.speaker.name, c?.speaker.mention?.text]).toEqual(["محكمة التمييز", "المحكمة"]);
  });
  it("does the same for a ministry that opened a hospital", () => {
    const text = [
      "افتتحت وزارة الصحة، أمس، مستشفى جديدا في المدينة.",
      'وقالت الوزارة في بيان إن المستشفى "سيخدم مئة ألف نسمة".',
    ].join("\n");
    expect(run(text)[0]?.speaker.name).toBe("وزارة الصحة");
  });
});
