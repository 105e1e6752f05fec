// Arabic claim spans met in held-out batch 22 (SANA, Al-Wasat, Atheer, RT Arabic): made-up sentences,
// one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("«، لكنه/لكنها» after the content", () => {
  it("goes on with the content when a present or negated verb follows, whatever the speaker's gender", () => {
    const contents = [
      "وقالت المديرة إن المدرسة وسعت صفوفها، لكنها تعاني نقصا في المعلمين.",
      "وقال المهندس إن الجسر صمد أمام السيول، لكنه لن يتحمل شتاء آخر.",
    ].map((t) => run(t)[0]?.content.text);
    expect(contents).toEqual([
      "المدرسة وسعت صفوفها، لكنها تعاني نقصا في المعلمين",
      "الجسر صمد أمام السيول، لكنه لن يتحمل شتاء آخر",
    ]);
  });
  it("still ends before «لكنه» with a past act of the speaker or a reporting verb", () => {
    const [a, b] = run(
      "وقال المدير إن المصنع رفع الأجور، لكنه رفض الكشف عن التفاصيل. وقال الوزير إن الخطة جاهزة، لكنه يحذر من أن التمويل ناقص.",
    );
    expect([a?.content.text, b?.content.text]).toEqual(["المصنع رفع الأجور", "الخطة جاهزة"]);
  });
});

describe("a source after the content, then a relative clause on it", () => {
  it("reads «…، بحسب ما أفادت به X، التي توقعت أن …» as two claims of X", () => {
    const [a, b] = run(
      "وتسببت الأمطار الغزيرة في قطع الطريق الساحلي لساعات، بحسب ما أفادت به هيئة الطرق والجسور، التي توقعت أن يعاد فتحه مساء اليوم.",
    );
    expect(a && [a.cue.text, a.content.text, a.speaker.name]).toEqual([
      "بحسب",
      "تسببت الأمطار الغزيرة في قطع الطريق الساحلي لساعات",
      "هيئة الطرق والجسور",
    ]);
    expect(b && [b.cue.text, b.content.text, b.speaker.name]).toEqual([
      "توقعت",
      "يعاد فتحه مساء اليوم",
      "هيئة الطرق والجسور",
    ]);
  });
});
