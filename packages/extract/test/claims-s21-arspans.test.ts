// Session 21 (arspans): where the content of an Arabic statement ends, and the day told after it, in the
// styles of Iraqi, Sudanese, Syrian and Egyptian papers. Made-up sentences; no text here comes from a fixture.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string, pub?: string) =>
  run(text, pub).map((c) => [c.speaker.name, c.content.text, c.kind, c.date]);

describe('the occasion told after the content «، في تصريح لـ"…" …»', () => {
  it("is out of the content, and its day dates the words", () => {
    expect(
      said(
        'وقال نادر السماني إن الجسر سيفتح قبل نهاية العام، في تصريح لـ"التيار" يوم الإثنين.',
        "2025-11-26",
      ),
    ).toEqual([["نادر السماني", "الجسر سيفتح قبل نهاية العام", "indirect", "2025-11-24"]]);
    expect(
      said(
        'وقال نادر السماني إن المخابز تعمل بنصف طاقتها، في حديث لـ"المدى" أمس، مضيفا أن الدقيق نفد.',
        "2025-11-26",
      ),
    ).toEqual([
      ["نادر السماني", "المخابز تعمل بنصف طاقتها", "indirect", "2025-11-25"],
      ["نادر السماني", "الدقيق نفد", "indirect", "2025-11-25"],
    ]);
  });
  it("takes «اليوم» after the hearer as the day, over the day told before", () => {
    expect(
      said(
        'وقال مدير التعليم يوم الأحد إن المدارس جاهزة.\nوقالت هدى الأمين إن "التسجيل مفتوح"، في تصريح لـ"الانتباهة" اليوم.',
        "2025-11-26",
      )[1]?.[3],
    ).toBe("2025-11-26");
  });
  it("keeps an aside in the middle of the content «، في حديثه عن …، …»", () => {
    expect(said("وقال نادر السماني إن الوزير أخطأ، في حديثه عن الموازنة، حين أهمل الزراعة.")[0]?.[1]).toBe(
      "الوزير أخطأ، في حديثه عن الموازنة، حين أهمل الزراعة",
    );
  });
});

describe("«، وفق حديثه», «، بحسب كلامها»: the speaker's own account", () => {
  it("closes the content", () => {
    expect(said('وأفاد المزارع عثمان البشير بأن التقاوي "بلغت ضعف السعر"، وفق حديثه.')[0]?.[1]).toBe(
      'التقاوي "بلغت ضعف السعر"',
    );
    expect(said("وقالت سعاد النور إن المدرسة أغلقت أبوابها، بحسب كلامها.")[0]?.[1]).toBe(
      "المدرسة أغلقت أبوابها",
    );
  });
});

describe("«، بحسب ما أفاد به …» with a day after the content", () => {
  it("dates the words with that day", () => {
    expect(
      said(
        "وقال مزارع للصحيفة أمس إن التمويل تأخر.\nوقال كمال الطاهر إن البنك أكمل تمويل المزارعين، بحسب ما أفاد به في مؤتمر صحفي مساء الأحد.",
        "2025-11-26",
      )[1]?.slice(1),
    ).toEqual(["البنك أكمل تمويل المزارعين", "indirect", "2025-11-23"]);
  });
});

describe("a relay «عن X قوله الأحد الماضي إن …»", () => {
  it("reads the day words between «قوله» and «إن», not into the content", () => {
    expect(
      said("ونقلت الإذاعة عن وزير الري، صلاح حامد، قوله الأحد الماضي إن القناة ستفتح قريبا.", "2025-11-26"),
    ).toEqual([["صلاح حامد", "القناة ستفتح قريبا", "indirect", "2025-11-23"]]);
  });
});

describe("«وزاد X أن …» (added)", () => {
  it("is a cue before a clause, not «زاد الطين بلة أن» nor «زاد عدد …»", () => {
    expect(said("وزاد المهندس عمر بشير أن المحطة ستعمل بكامل طاقتها.")).toEqual([
      ["عمر بشير", "المحطة ستعمل بكامل طاقتها", "indirect", null],
    ]);
    expect(said("وما زاد الطين بلة أن الأمطار هطلت بغزارة.")).toEqual([]);
    expect(said("وزاد عدد الزوار خلال العطلة.")).toEqual([]);
  });
});

describe('«أفاد X، …، "الصحيفة" أمس بأن …»: the paper\'s quoted name after the apposition', () => {
  it("is the hearer, with or without commas round the day", () => {
    for (const text of [
      'وأفاد مدير المستشفى، د. يوسف الطيب، "الصيحة" أمس بأن الأدوية نفدت من الصيدلية.',
      'وأفاد مدير المستشفى، د. يوسف الطيب، "الصيحة"، أمس، بأن الأدوية نفدت من الصيدلية.',
    ])
      expect(said(text, "2025-11-26")).toEqual([
        ["يوسف الطيب", "الأدوية نفدت من الصيدلية", "indirect", "2025-11-25"],
      ]);
  });
});

describe('«وطالب X في حديثه لـ"…" مساء أمس، الدولة بـ…»: the occasion before the object', () => {
  it("is out of the content, with no comma before it too", () => {
    expect(
      said('وطالب النائب جابر الحسن في حديثه لـ"الصيحة" مساء أمس، الحكومة بـ"فتح المعابر".', "2025-11-26"),
    ).toEqual([["جابر الحسن", 'الحكومة بـ"فتح المعابر"', "mixed", "2025-11-25"]]);
  });
});
