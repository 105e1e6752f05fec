// Arabic reviewer probe ar3 (speaker naming): Maghreb names with joiners, speakers after the content,
// relays and two speakers in one sentence. Made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("names joined by «ولد», «بن», «أبو»", () => {
  it("keeps «الشيخ» after «ولد» in a Mauritanian name, first and on later mention", () => {
    const [a, b] = run(
      "وقال الوزير الموريتاني أحمد ولد الشيخ الحسني إن الموسم ناجح. وأضاف ولد الشيخ الحسني أن الصادرات زادت.",
    );
    expect([a?.speaker.name, b?.speaker.name, b?.content.text]).toEqual([
      "أحمد ولد الشيخ الحسني",
      "أحمد ولد الشيخ الحسني",
      "الصادرات زادت",
    ]);
  });
});
