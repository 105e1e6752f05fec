// Session 20 (fit): the constructions Arabic batch 33 and English set AB turned up, each with made-up sentences
// (names, places and outlets that no fixture has).
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";
import { englishOn } from "./english.ts";

const said = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.content.text]);
const en = englishOn("2026-11-20");

describe("a body whose name joins a second noun with «و»", () => {
  it("keeps «و» + a construct and its adjective in the name before the comma", () => {
    expect(
      said("وأعلنت وزارة الري والموارد المائية العراقية، في بيان مساء الأحد، أن منسوب دجلة ارتفع."),
    ).toEqual([["وزارة الري والموارد المائية العراقية", "منسوب دجلة ارتفع"]]);
    expect(said("وأكدت هيئة النقل وتنظيم الطرق البرية الأردنية، في بيان، أن الأجور لن ترتفع.")).toEqual([
      ["هيئة النقل وتنظيم الطرق البرية الأردنية", "الأجور لن ترتفع"],
    ]);
  });
  it("keeps «و» + a noun with the body's pronoun and where the body is", () => {
    expect(said("وأكد اتحاد منتجي الزيتون ومشتقاته في محافظة إدلب، في بيان، أن الموسم ضعيف.")).toEqual([
      ["اتحاد منتجي الزيتون ومشتقاته في محافظة إدلب", "الموسم ضعيف"],
    ]);
  });
  it("leaves the object alone: «وفاة …» after the body is what it announced", () => {
    expect(said("وأعلنت وزارة الصحة وفاة الطفل الثالث، مؤكدة أن الوباء انحسر.")[0]).toEqual([
      "وزارة الصحة",
      "وفاة الطفل الثالث",
    ]);
  });
});

describe("a title's field of study before its workplace and the apposition that names the holder", () => {
  it("reads «أستاذ علم … بجامعة X، الدكتور Y،» as the title and Y as the speaker", () => {
    expect(
      said(
        "وقال أستاذ علم الأوبئة السريرية بجامعة المنصورة، الدكتور وائل فهمي الشربيني، في اتصال هاتفي، إن العدوى محدودة.",
      ),
    ).toEqual([["وائل فهمي الشربيني", "العدوى محدودة"]]);
    expect(said("ورأت أستاذة هندسة السدود المائية في جامعة الموصل، هالة نزار، أن الجسر آمن.")).toEqual([
      ["هالة نزار", "الجسر آمن"],
    ]);
  });
});

describe("«الأخير» with only one person named before it", () => {
  it("is that person, not a name of its own", () => {
    const claims = said(
      "وقال مدير الدفاع المدني في المحافظة، نبيل حمدان، إن الحريق أخمد.\nوأوضح الأخير أن فرق الإطفاء ما زالت في الموقع.",
    );
    expect(claims[1]).toEqual(["نبيل حمدان", "فرق الإطفاء ما زالت في الموقع"]);
  });
});

describe("a long document aside between commas before the verb's object", () => {
  it("is read past: its own «إلى» opens no content, its day dates the call", () => {
    const claims = run(
      'وكانت وزارة النقل قد دعت، في مذكرة وجهتها إلى المحافظين ومديري الموانئ في 3 نونبر الجاري، شركات الشحن إلى "احترام مواعيد الرسو".',
      "2026-11-20",
    );
    expect(claims.map((c) => [c.content.text, c.date])).toEqual([
      ['شركات الشحن إلى "احترام مواعيد الرسو"', "2026-11-03"],
    ]);
  });
});

describe("«في الدورية نفسها», «في البيان ذاته»: the same document as the speaker's earlier words", () => {
  it("takes the day of that earlier statement, not the running day", () => {
    const claims = run(
      [
        "وقالت الجمعية، في بيان أصدرته الخميس، إن الأسعار ارتفعت.",
        'وكانت وزارة النقل قد دعت، في مذكرة بتاريخ 3 نونبر الجاري، الشركات إلى "احترام المواعيد".',
        "وشددت الوزارة، في المذكرة نفسها، على أن المخالفين سيعاقبون.",
      ].join("\n"),
      "2026-11-20",
    );
    expect(claims.map((c) => c.date)).toEqual(["2026-11-19", "2026-11-03", "2026-11-03"]);
  });
});

describe("a member's style of address after an office (Jersey's «Deputy»)", () => {
  it("is no part of the title, so 'the minister' goes back to the person", () => {
    const claims = en(
      [
        "Housing Minister Deputy Carla Venn told a briefing at the harbour on Tuesday that 200 homes would be built.",
        "The minister said the first tenants would move in by 2029.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.speaker.name, c.date])).toEqual([
      ["Carla Venn", "2026-11-17"],
      ["Carla Venn", "2026-11-17"],
    ]);
  });
});

describe("a belief in a relative clause inside someone's words", () => {
  it("is no claim of its own: 'a plot that farmers believed had been cleared'", () => {
    const claims = en(
      "Police chief Dara Kim told reporters on Monday that the two men had been digging in a plot that farmers believed had been cleared of mines.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Dara Kim"]);
  });
});

describe("a fronted place phrase with its comma before the speaker", () => {
  it("is no part of the speaker: 'At Tereora, Tua Rima, who runs …, said'", () => {
    const claims = en(
      "At Tereora, Tua Rima, who runs a small shop near the wharf, said the tanks were empty.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Tua Rima"]);
  });
});

describe("'the corporation', 'the bureau' back for a body quoted before", () => {
  it("is that body, and its statement's day goes on with it", () => {
    const claims = en(
      [
        "Trucks short at the port",
        "The Ethiopian Grain Corporation said in a statement on Sunday that 40,000 tonnes were waiting at the port.",
        "More than 900 trucks have been assigned to the corridor, according to the corporation.",
      ].join("\n"),
    );
    expect(claims.map((c) => [c.speaker.name, c.date])).toEqual([
      ["Ethiopian Grain Corporation", "2026-11-15"],
      ["Ethiopian Grain Corporation", "2026-11-15"],
    ]);
  });
});

describe("the verb's object right after a given and a family name", () => {
  it("is no family name: «انتقد النائب X Y الميزانية،», «نعى الوزير X Y الراحل»", () => {
    expect(said("وانتقد النائب سمير الحداد الميزانية، معتبرا أنها لا تلبي حاجات المواطنين.")).toEqual([
      ["سمير الحداد", "الميزانية"],
      ["سمير الحداد", "لا تلبي حاجات المواطنين"],
    ]);
    expect(said("ونعى وزير الثقافة رامي عيسى الراحل، مؤكدا أنه كان قامة أدبية كبيرة.")[0]?.[0]).toBe(
      "رامي عيسى",
    );
  });
});

describe("a fronted time phrase without its comma before a body's name", () => {
  it("is no part of the name: 'On Monday the Bank of Lesotho said'", () => {
    const claims = en("On Monday the Bank of Lesotho said inflation would slow.");
    expect(claims.map((c) => c.speaker.name)).toEqual(["Bank of Lesotho"]);
  });
});
