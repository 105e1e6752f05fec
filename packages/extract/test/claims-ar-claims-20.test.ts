// Arabic claim and date rules from held-out batch 20 (Lebanese «الثلثاء», …): made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.cue.text, c.content.text]);

describe("dates", () => {
  it("dates a statement by the day of the occasion after its content («، خلال جلسة … يوم الأربعاء»)", () => {
    const text =
      "وقال الوزير مساء أمس الأحد إن الموسم سيفتتح قريبا. وكان النائب سالم ولد أحمد قد طالب الوزارة بنشر اللوائح، خلال جلسة برلمانية يوم الأربعاء الماضي خصصت للأسئلة.";
    expect(run(text, "2026-02-09").map((c) => c.date)).toEqual(["2026-02-08", "2026-02-04"]);
  });
  it("reads the Lebanese spelling «الثلثاء» as Tuesday, an adjunct and not the content", () => {
    const [c] = run("وكانت النائبة سلمى داغر قد أعلنت الثلثاء الماضي أنّ كتلتها ستقاطع الجلسة.", "2026-03-14");
    expect([c?.content.text, c?.date]).toEqual(["كتلتها ستقاطع الجلسة", "2026-03-10"]);
  });
});

describe("speakers' descriptions", () => {
  it("reads a description with no known title between commas before «من أن» as an apposition", () => {
    expect(
      said("وحذّر المهندس رامي سعد، اختصاصي شبكات الري بمصلحة المياه، من أن المخزون سينفد قريبا."),
    ).toEqual([["رامي سعد", "حذّر", "المخزون سينفد قريبا"]]);
  });
});

describe("cues", () => {
  it("reads «مكتفيا بالقول» with «بالقول» as the cue, and not «مكتفيا بالصمت»", () => {
    expect(
      said("ورفض المدير الرد على الأسئلة، مكتفيا بالقول إن «التحقيق مستمر».").map((c) => c.slice(1)),
    ).toEqual([["بالقول", "«التحقيق مستمر»"]]);
    expect(run("وغادر المدير القاعة مكتفيا بالصمت.")).toEqual([]);
  });
});

describe("trailing sources", () => {
  it("reads «…، على ما يقول X» as a nominal cue with the content before it", () => {
    expect(said("والاتفاق على الموازنة بات قريبا، على ما يقول مصدر وزاري.")).toEqual([
      ["مصدر وزاري", "على ما يقول", "الاتفاق على الموازنة بات قريبا"],
    ]);
    expect(said("وقال الوزير إن الحكومة ملتزمة على ما قال الرئيس.").map((c) => c[1])).toEqual(["قال"]);
  });
});

describe("participles", () => {
  it("reads «ناصحا بـ…» with the ب-phrase as the content", () => {
    expect(said("وقال الطبيب إن الموسم صعب، ناصحا بشرب السوائل «بكثرة».").map((c) => c.slice(1))).toEqual([
      ["قال", "الموسم صعب"],
      ["ناصحا", "بشرب السوائل «بكثرة»"],
    ]);
  });
  it("reads the feminine plural «، مطالبات بـ…» as a participle, not the noun «مطالبات النقابة»", () => {
    expect(said("واشتكت معلمات من تأخر الرواتب، مطالبات بصرفها قبل العيد.").map((c) => c.slice(1))).toEqual([
      ["اشتكت", "تأخر الرواتب"],
      ["مطالبات", "بصرفها قبل العيد"],
    ]);
    expect(run("ورفضت الحكومة، مطالبات النقابة بزيادة الأجور.")).toEqual([]);
  });
});

describe("Annahar's shadda", () => {
  it("drops «فإنّ» with its shadda after «وبحسبه،»", () => {
    expect(
      said("وقال النائب سامي فرح إنّ الجلسة مؤجلة. وبحسبه، فإنّ «اللجان لم تنهِ عملها».").map((c) => c[2]),
    ).toEqual(["الجلسة مؤجلة", "«اللجان لم تنهِ عملها»"]);
  });
});

describe("quote-first leads", () => {
  it('reads «"…"، يقول X لـ"الصحيفة"» with the outlet told after the speaker', () => {
    expect(
      said('"لن نقاطع الجلسة"، يقول النائب سامي فرح لـ"الديار"، مضيفاً أنّ الكتلة ستحضر.').map((c) => c[2]),
    ).toEqual(['"لن نقاطع الجلسة"', "الكتلة ستحضر"]);
    expect(said("«لن نتراجع»، قالت الوزيرة لـ«الوطن» أمس.").map((c) => c[2])).toEqual(["«لن نتراجع»"]);
  });
});

describe("relayed words", () => {
  it('reads «نقل زوار رئيس كتلة "X" عنه قوله إنّ» past the quoted bloc name and Annahar shadda', () => {
    expect(said('نقل زوار رئيس حزب "النهضة" النائب وليد عساف عنه قوله إنّ الحزب لن يشارك.')).toEqual([
      ["وليد عساف", "قوله", "الحزب لن يشارك"],
    ]);
    expect(said("ونقلت الوكالة عن مصدر أمني قوله إنّ الوضع هادئ.").map((c) => c[2])).toEqual(["الوضع هادئ"]);
  });
});

describe("demonstrative subjects", () => {
  it("reads «وتقول هذه المصادر إنّ «…»، وإنّ …» with the demonstrative subject and one content", () => {
    const cs = said(
      "وقالت مصادر مطلعة إن الجلسة تأجلت. وتقول هذه المصادر إنّ «الموازنة جاهزة»، وإنّ التصويت «سيتم قريبا».",
    );
    // (the demonstrative points back to the sources named before: ar/pointing.ts)
    expect(cs[1]).toEqual(["مصادر مطلعة", "تقول", "«الموازنة جاهزة»، وإنّ التصويت «سيتم قريبا»"]);
  });
  it("keeps «وصف X هذه الأنباء بأنها …» an object, not a speaker", () => {
    expect(said("ووصف المكتب هذه الأنباء بأنها «عارية عن الصحة».").map((c) => c[0])).toEqual(["المكتب"]);
  });
});

describe("objects", () => {
  it("keeps «، ولا سيما …،» inside the object of «دعا X إلى»", () => {
    expect(
      said("ودعا المحافظ المواطنين، ولا سيما سكان الأحياء المنخفضة، إلى إخلاء منازلهم.").map((c) => c[2]),
    ).toEqual(["المواطنين، ولا سيما سكان الأحياء المنخفضة، إلى إخلاء منازلهم"]);
  });
});
