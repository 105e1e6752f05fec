// Session 14 (probe, names-ar): made-up Arabic news items on how the speaker is named, written the way
// outlets no batch covered write them (Iraqi, Gulf, Maghreb, Sudanese, Levantine); no text comes from a fixture.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const who = (text: string) =>
  run(text).map((c) => [c.speaker.name, c.speaker.mention?.text ?? null, c.content.text]);
const names = (text: string) => run(text).map((c) => c.speaker.name);

describe("religious honorifics before a name", () => {
  it("reads «فضيلة» and «سماحة» as honorifics, and «فضيلته/سماحته» as the one named", () => {
    expect(names("وقال سماحة السيد جواد الموسوي إن الوحدة واجبة. وأضاف سماحته أن الانتخابات مهمة.")).toEqual([
      "جواد الموسوي",
      "جواد الموسوي",
    ]);
    expect(names("وقال فضيلة الشيخ سالم النعيمي إن الزكاة تجمع مبكرا. وأكد فضيلته أن الحوار ضروري.")).toEqual(
      ["سالم النعيمي", "سالم النعيمي"],
    );
  });
});

describe("two offices joined by «و» in an apposition", () => {
  it("keeps «إمام وخطيب جامع …» a title after the name («رئيس ومؤسس جمعية …» too)", () => {
    expect(
      names("قال فضيلة الشيخ أبو يوسف الراشدي، إمام وخطيب جامع الرحمة، إن الأوضاع تتطلب الحكمة."),
    ).toEqual(["أبو يوسف الراشدي"]);
    expect(names("قال الدكتور مازن العطار، رئيس ومؤسس جمعية الأمل، إن التبرعات تراجعت.")).toEqual([
      "مازن العطار",
    ]);
  });
});

describe("a bare body head in construct with a bare genitive and a definite word", () => {
  it("keeps «دائرة ماء البصرة» in the title before the name", () => {
    expect(names("وأكد مدير دائرة ماء البصرة حيدر جاسم الموسوي أن الدائرة باشرت العمل.")).toEqual([
      "حيدر جاسم الموسوي",
    ]);
    expect(
      names(
        "وأكد مدير عام دائرة ماء الديوانية بوزارة الإعمار والإسكان المهندس كريم عبد الحسين أن المحطات جاهزة.",
      ),
    ).toEqual(["كريم عبد الحسين"]);
  });
});

describe("an Iraqi district head («قائممقام قضاء …»)", () => {
  it("is a governor of a district: named after «قضاء X», by the title alone when unnamed", () => {
    expect(
      who(
        "وقال قائممقام قضاء الفاو رامي علي السعيدي إن الأهالي يعانون. وأشار القائممقام إلى أن الأزمة تفاقمت.",
      ),
    ).toEqual([
      ["رامي علي السعيدي", "قائممقام قضاء الفاو رامي علي السعيدي", "الأهالي يعانون"],
      ["رامي علي السعيدي", "القائممقام", "الأزمة تفاقمت"],
    ]);
    expect(names("وأكد قائمقام قضاء الزبير أن العمل مستمر.")).toEqual(["قائمقام قضاء الزبير"]);
    expect(names("وقال مدير ناحية الرشيد سالم حسن إن الطرق قطعت.")).toEqual(["سالم حسن"]);
  });
});

describe("a parliamentary bloc named in quotes after «تكتل»", () => {
  it("is the title's, the MP after it the speaker", () => {
    expect(names('ورأى عضو تكتل "لبنان القوي" النائب جورج عطا الله أن التعطيل مخالف للدستور.')).toEqual([
      "جورج عطا الله",
    ]);
  });
});

describe("a short form of a compound name whose second part is also a title word", () => {
  it("names «محمد الأمين» met before, not «محمد» with «الأمين» as the content", () => {
    expect(
      who(
        "وقال مدير الصحة عثمان محمد الأمين إن المستشفيات استأنفت العمل. وأضاف محمد الأمين أن الوزارة تحتاج إلى دعم.",
      ),
    ).toEqual([
      ["عثمان محمد الأمين", "مدير الصحة عثمان محمد الأمين", "المستشفيات استأنفت العمل"],
      ["عثمان محمد الأمين", "محمد الأمين", "الوزارة تحتاج إلى دعم"],
    ]);
  });
});

describe("a governor («والي») opening a headline", () => {
  it("keeps its «و», which is no conjunction, and takes the body's name", () => {
    expect(
      names(
        "والي القضارف يعلن عودة الخدمات إلى المدينة\n\nوقال والي القضارف توفيق محمد عثمان إن الكهرباء عادت.",
      ),
    ).toEqual(["توفيق محمد عثمان", "توفيق محمد عثمان"]);
  });
});

describe("a governor of a place noun and its bare name («محافظ محافظة ديالى», «والي ولاية سنار»)", () => {
  it("keeps the place in the title, before a name or alone", () => {
    expect(names("وأعلن والي ولاية سنار توفيق محمد عثمان عن عودة الكهرباء.")).toEqual(["توفيق محمد عثمان"]);
    expect(
      who("وقال محافظ محافظة ديالى منير التميمي إن الطرق آمنة. وقال محافظ محافظة واسط إن المياه شحيحة."),
    ).toEqual([
      ["منير التميمي", "محافظ محافظة ديالى منير التميمي", "الطرق آمنة"],
      ["محافظ محافظة واسط", "محافظ محافظة واسط", "المياه شحيحة"],
    ]);
  });
});

describe("the official told, with «لل», right after a speaker's name", () => {
  it("ends the name («وقال الساعدي للسفير إن …», «… للمبعوث الأممي إن …»)", () => {
    expect(
      who("وقال الوزير كمال الساعدي إن الوفد وصل. وقال الساعدي للسفير إن بلاده حريصة على العلاقات."),
    ).toEqual([
      ["كمال الساعدي", "الوزير كمال الساعدي", "الوفد وصل"],
      ["كمال الساعدي", "الساعدي", "بلاده حريصة على العلاقات"],
    ]);
    expect(names("وقال نادر الحلبي للمبعوث الأممي إن بلاده حريصة على العلاقات.")).toEqual(["نادر الحلبي"]);
  });
});

describe("an ordinal ending the title («الوزير الأول», «النائب الأول»)", () => {
  it("is no regnal number: the name after it is the speaker's", () => {
    expect(
      who(
        "قال الوزير الأول سيدي ولد التاه إن الحكومة ماضية في الإصلاح. وأضاف الوزير الأول أن الميزانية جاهزة.",
      ),
    ).toEqual([
      ["سيدي ولد التاه", "الوزير الأول سيدي ولد التاه", "الحكومة ماضية في الإصلاح"],
      ["سيدي ولد التاه", "الوزير الأول", "الميزانية جاهزة"],
    ]);
    expect(names("وقال النائب الأول لرئيس المجلس حسن الكعبي إن الجلسة تأجلت.")).toEqual(["حسن الكعبي"]);
  });
});
