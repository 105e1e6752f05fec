// Session 11 (probe-ar-speakers): made-up probes of who speaks in Arabic news.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("feminine royal titles («الشيخة», «الأميرة», «الملكة») before a woman's name", () => {
  it("are titles, and a long name with «بنت … آل» after them is the speaker's", () => {
    const claims = run(
      "قالت الشيخة مريم بنت حمد بن خليفة آل ثاني، رئيسة مؤسسة التراث، إن المتحف سيفتح أبوابه في الربيع. وأكدت الأميرة نورة بنت فيصل أن الرياضة النسائية تنمو بسرعة. وقالت الملكة سلمى المنصوري إن التعليم أولوية.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual([
      "مريم بنت حمد بن خليفة آل ثاني",
      "نورة بنت فيصل",
      "سلمى المنصوري",
    ]);
  });

  it("without the article are given names («أميرة», «شيخة»)", () => {
    const claims = run("قالت أميرة سعيد إن المدرسة أغلقت. وأوضحت شيخة النعيمي أن الطلاب عادوا إلى بيوتهم.");
    expect(claims.map((c) => c.speaker.name)).toEqual(["أميرة سعيد", "شيخة النعيمي"]);
  });
});

describe("a feminine honorific pronoun («سموها», «فخامتها») as the subject", () => {
  it("is the woman named before", () => {
    const claims = run(
      "قالت الشيخة مريم بنت حمد إن المتحف سيفتح أبوابه في الربيع. وأضافت سموها أن الدخول سيكون مجانيا للطلاب.",
    );
    expect(claims.map((c) => [c.speaker.name, c.speaker.mention?.text])).toEqual([
      ["مريم بنت حمد", "الشيخة مريم بنت حمد"],
      ["مريم بنت حمد", "سموها"],
    ]);
  });
});

describe("a local body's or a court's bare ب-town before the speaker's name («المحكمة الابتدائية بتونس X Y»)", () => {
  it("is the title's, and the name after it is the speaker's, later called by the family name alone", () => {
    const claims = run(
      "وصرح الناطق باسم المحكمة الابتدائية بنابل كريم العياري بأن التحقيق شمل أربعة موظفين. وأضاف العياري أن الأبحاث متواصلة. وقال رئيس محكمة الاستئناف بقابس منير بن صالح إن الجلسة أجلت.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["كريم العياري", "كريم العياري", "منير بن صالح"]);
  });

  it("is not a given name that opens with ب («بشير»)", () => {
    const [a] = run("وقال رئيس المجلس الجهوي بشير الكافي إن الميزانية صودق عليها.");
    expect(a?.speaker.name).toBe("بشير الكافي");
  });
});
