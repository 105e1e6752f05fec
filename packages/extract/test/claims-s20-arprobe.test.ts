// Session 20 (arprobe): what a probe of Arabic reports in the styles of outlets the sets do not cover turned
// up about naming the speaker. Made-up sentences; no text here comes from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);

describe("a passive relay «ونُقل عن X أن …» with no agency", () => {
  it("is a claim of the one relayed, also with «قوله»", () => {
    expect(said("ونُقل عن مسؤول في وزارة النقل أن الطريق الساحلي سيفتح الأسبوع المقبل.")).toEqual([
      ["مسؤول في وزارة النقل", "الطريق الساحلي سيفتح الأسبوع المقبل"],
    ]);
    expect(said("ونقل عن شهود عيان أن الحريق امتد إلى مخزنين مجاورين.")).toEqual([
      ["شهود عيان", "الحريق امتد إلى مخزنين مجاورين"],
    ]);
  });
});

describe("an unnamed source told a quoted outlet", () => {
  it("keeps «أوساط …» whole before «لـ«…»» and the complementizer", () => {
    expect(said("وقالت أوساط حكومية لـ«المدى» إن الموازنة ستقر قبل نهاية الشهر.")).toEqual([
      ["أوساط حكومية", "الموازنة ستقر قبل نهاية الشهر"],
    ]);
  });
});

describe("the adjectives of unnamed sources", () => {
  it("are no name: «مصادر معارضة», «مصادر سياسية متابعة»", () => {
    expect(said("وقالت مصادر معارضة إن المفاوضات متعثرة منذ أسابيع.")).toEqual([
      ["مصادر معارضة", "المفاوضات متعثرة منذ أسابيع"],
    ]);
    expect(said("وذكرت مصادر سياسية متابعة أن الجلسة أرجئت إلى الخميس.")[0]?.[0]).toBe("مصادر سياسية متابعة");
  });
});

describe("residents of a place with its side or age", () => {
  it("keeps «الجديد», «الغربية» after the place's bare name", () => {
    expect(said("وقال عدد من سكان مخيم عسكر الجديد إن المياه مقطوعة منذ يومين.")).toEqual([
      ["عدد من سكان مخيم عسكر الجديد", "المياه مقطوعة منذ يومين"],
    ]);
  });
});

describe("a name joined by «بن», then where the speaker is from", () => {
  it("ends the name before «من قرية …», «من معتمدية …»", () => {
    expect(said("وقال المزارع علي بن صالح من قرية الحامة إن الأمطار تأخرت هذا الموسم.")).toEqual([
      ["علي بن صالح", "الأمطار تأخرت هذا الموسم"],
    ]);
    expect(said("وأكد الصياد الطاهر بن يونس من معتمدية قرقنة أن الصيد تراجع.")[0]?.[0]).toBe(
      "الطاهر بن يونس",
    );
  });
});

describe("a bare «بـ» before a quotation after the name", () => {
  it("opens the object of «طالب», «رحب»", () => {
    expect(said("وطالبت الناشطة سلمى القاسمي بـ«محاسبة المسؤولين عن التلوث».")).toEqual([
      ["سلمى القاسمي", "بـ«محاسبة المسؤولين عن التلوث»"],
    ]);
  });
});

describe("a title pointed back with «ذاته/نفسه» before the verb's object", () => {
  it("ends at «ذاته»: «وعزا المسؤول ذاته التأخير إلى …»", () => {
    expect(
      said(
        "وقال مدير الميناء حسام الدين قويدر إن السفن وصلت. وعزا المسؤول ذاته التأخير إلى «سوء الأحوال الجوية».",
      )[1],
    ).toEqual(["حسام الدين قويدر", "التأخير إلى «سوء الأحوال الجوية»"]);
  });
});

describe("«عضو» of a parliament spoken of in the feminine", () => {
  it("is «النائبة» later", () => {
    expect(
      said("وقالت عضو البرلمان سهى الطراونة إن القانون ناقص. وأضافت النائبة أن التعديلات ضرورية.")[1],
    ).toEqual(["سهى الطراونة", "التعديلات ضرورية"]);
  });
});

describe("a paper named «اليوم» is no day", () => {
  it("dates «لـ«اليوم» أمس» yesterday and leaves «لـ«المصري اليوم»» undated", () => {
    expect(run("وقال مدير الميناء لـ«اليوم» أمس إن الشحنات وصلت.", "2025-11-25")[0]?.date).toBe("2025-11-24");
    expect(run("وقالت المتحدثة لـ«المصري اليوم» إن الشحنات وصلت.", "2025-11-25")[0]?.date).toBeNull();
  });
});

describe("a committee of an event named after a ruler", () => {
  it("keeps «لمهرجان الشيخ X», «لجائزة الأمير X» in the body's name", () => {
    expect(said("وقالت اللجنة المنظمة لمهرجان الشيخ راشد إن التذاكر نفدت.")[0]?.[0]).toBe(
      "اللجنة المنظمة لمهرجان الشيخ راشد",
    );
    expect(said("وأعلنت الأمانة العامة لجائزة الأمير سلطان أن الترشيحات مفتوحة.")[0]?.[0]).toBe(
      "الأمانة العامة لجائزة الأمير سلطان",
    );
  });
});

describe("unnamed people and where they are", () => {
  it("names them with a street, a market or a state: «تجار في سوق …», «زوار من مملكة …»", () => {
    expect(said("وقال تجار في سوق الحميدية إن الإقبال ضعيف.")).toEqual([
      ["تجار في سوق الحميدية", "الإقبال ضعيف"],
    ]);
    expect(said("وأكد زوار من مملكة البحرين أن التنظيم ممتاز.")[0]?.[0]).toBe("زوار من مملكة البحرين");
  });
  it("reads «أولياء أمور» as one noun of people", () => {
    expect(said("وطالب أولياء أمور في مدينة الزرقاء بـ«نقل المدرسة إلى مبنى آمن».")).toEqual([
      ["أولياء أمور في مدينة الزرقاء", "بـ«نقل المدرسة إلى مبنى آمن»"],
    ]);
  });
});
