// Session 13 (asides): honorifics of ordinary people («الحاج», «الحاجة», «الشيخ», «السيد» …) and the asides
// after a speaker's name before the verb or its complement; made-up sentences, none from a fixture.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const pairs = (text: string): [string | null, string][] =>
  run(text).map((c) => [c.speaker.name, c.content.text]);

describe("«الحاج» before a name", () => {
  it("is an honorific, not part of the name, before a «، وهو …،» aside too", () => {
    expect(pairs("وقال الحاج كمال عيسى، وهو صاحب دكان في الحي، إن الخبز صار غاليا.")).toEqual([
      ["كمال عيسى", "الخبز صار غاليا"],
    ]);
    expect(pairs("وأوضح الحاج صالح بن عمار، وهو تاجر حبوب في سوق الجملة، أن القمح شح.")).toEqual([
      ["صالح بن عمار", "القمح شح"],
    ]);
    expect(pairs("وقال الحاج يونس الدباغ، وهو أب لأربعة أطفال، إنه خسر بيته في السيول.")).toEqual([
      ["يونس الدباغ", "خسر بيته في السيول"],
    ]);
    expect(pairs("وقال الحاج رشيد الكتاني إن الموسم كان سيئا.")).toEqual([
      ["رشيد الكتاني", "الموسم كان سيئا"],
    ]);
  });
  it("stays a family name after a given name, and alone for a person already named so", () => {
    expect(pairs("وقال خليل الحاج، وهو مدرس متقاعد، إن الحافلة لم تأت.")).toEqual([
      ["خليل الحاج", "الحافلة لم تأت"],
    ]);
    expect(
      run("وقالت الممرضة سهى الحاج إن القسم ممتلئ. وأضافت الحاج أن الأسرّة لا تكفي.").map(
        (c) => c.speaker.name,
      ),
    ).toEqual(["سهى الحاج", "سهى الحاج"]);
  });
});

describe("a «، وهو/وهي …،» clause on what the speaker was doing", () => {
  it("leaves a bare title the speaker («وقال المسن، وهو يبكي، إن …»)", () => {
    expect(pairs("وقال الرجل، وهو يبكي، إن ابنه ما زال مفقودا.")).toEqual([["الرجل", "ابنه ما زال مفقودا"]]);
    expect(pairs("وقالت الأم، وهي تحمل رضيعها، إن الحليب نفد.")).toEqual([["الأم", "الحليب نفد"]]);
    expect(pairs("وقال الحاج، وهو يشير إلى الركام، إن البيت بناه والده.")).toEqual([
      ["الحاج", "البيت بناه والده"],
    ]);
  });
  it("still takes the name «وهو X Y» gives after a title", () => {
    expect(run("وقال المسؤول، وهو نبيل حداد، إن المعبر سيفتح.").map((c) => c.speaker.name)).toEqual([
      "نبيل حداد",
    ]);
  });
});

describe("a name opening the sentence, then an aside, then the verb", () => {
  it("is the speaker («X، وهو …، قال إن …», «X، أحد سكان الحي، قال …»)", () => {
    expect(pairs("حسام الرفاعي، وهو صاحب ورشة نجارة، قال إن الكهرباء تنقطع يوميا.")).toEqual([
      ["حسام الرفاعي", "الكهرباء تنقطع يوميا"],
    ]);
    expect(pairs("جميلة بوعلام، وهي أم لثلاثة أطفال، تقول إن المدرسة بعيدة.")).toEqual([
      ["جميلة بوعلام", "المدرسة بعيدة"],
    ]);
    expect(pairs("ماهر السقا، البالغ من العمر 41 عاما، قال إنه فقد عمله.")).toEqual([
      ["ماهر السقا", "فقد عمله"],
    ]);
    expect(pairs("رنا عثمان، 27 عاماً، وهي طالبة جامعية، قالت إن السكن غال.")).toEqual([
      ["رنا عثمان", "السكن غال"],
    ]);
    expect(pairs("وديع سمعان، الذي يعمل سائقا منذ عشرين عاما، قال إن الطريق خطر.")).toEqual([
      ["وديع سمعان", "الطريق خطر"],
    ]);
  });
  it("with an age in brackets, one name word is enough («سمير (35 عاما) يقول إن …»)", () => {
    expect(pairs("مراد (39 عاما) يقول إن الأجور لم تتغير منذ سنوات.")).toEqual([
      ["مراد", "الأجور لم تتغير منذ سنوات"],
    ]);
    expect(pairs("عائشة الكبيسي (52 عاماً) تقول إن الدواء مفقود.")).toEqual([
      ["عائشة الكبيسي", "الدواء مفقود"],
    ]);
  });
  it("after an honorific too («الحاج X، 70 عاما، يقول إن …»)", () => {
    expect(pairs("الحاج بشير الورفلي، 73 عاما، يقول إن الزيتون لم يثمر هذا العام.")).toEqual([
      ["بشير الورفلي", "الزيتون لم يثمر هذا العام"],
    ]);
  });
  it("leaves a topic («أما X، …، فقد …») and a place to their own readings", () => {
    expect(run("بيروت، وهي مدينة ساحلية، قالت إن الميناء مغلق.").map((c) => c.speaker.name)).toEqual([null]);
    expect(run("أما المتهم الأول، صاحب المخزن، فقد اعترف بإخفاء السلع.").map((c) => c.speaker.name)).toEqual([
      "المتهم الأول",
    ]);
  });
});

describe("«نقل» after an indefinite noun («شركة نقل»)", () => {
  it("is a noun in an aside, not a second cue", () => {
    expect(pairs("وقال أيمن خليفة، صاحب شركة نقل، إن الشاحنات متوقفة عند المعبر.")).toEqual([
      ["أيمن خليفة", "الشاحنات متوقفة عند المعبر"],
    ]);
  });
  it("still reports as «نقل … عن»", () => {
    expect(run("ونقل موقع محلي عن الوزير قوله إن الميناء سيفتح.").length).toBe(1);
  });
});
