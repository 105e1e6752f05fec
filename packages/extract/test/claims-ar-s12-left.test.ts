// Session 12 (left): made-up probes of the misses the last session's closing note listed (Arabic).
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("a place, club or country in construct with a bare title before the name", () => {
  it("names the holder, not the club («مدرب ريال بيتيس …», «لاعب بايرن ميونخ …»)", () => {
    const claims = run(
      "قال مدرب ريال بيتيس مانويل بيليغريني إن الفريق جاهز للنهائي. وأكد لاعب بايرن ميونخ توماس مولر أن المباراة صعبة. وأوضح رئيس بنفيكا روي كوستا أن النادي لن يبيع لاعبيه.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["مانويل بيليغريني", "توماس مولر", "روي كوستا"]);
  });

  it("keeps a bare country with the title («رئيس تونس قيس …», «مدرب منتخب مصر …»)", () => {
    const claims = run(
      "وقال رئيس لبنان ميشال سليمان إن الحوار هو الحل. وأكد مدرب منتخب مصر حسن شحاتة أن الفريق سيتأهل.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["ميشال سليمان", "حسن شحاتة"]);
  });

  it("names an unnamed ruler by the office and its country, also when the adjective names it after", () => {
    const claims = run(
      "وقال أمير قطر إن بلاده ستواصل الوساطة. وأضاف الأمير القطري أن المفاوضات ستستأنف الأسبوع المقبل. وقال ملك الأردن إن المنطقة تمر بمرحلة صعبة. وأكد رئيس الوزراء العراقي أن الانتخابات في موعدها، فيما قال رئيس وزراء العراق إن الحكومة لن تستقيل.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual([
      "أمير قطر",
      "أمير قطر",
      "ملك الأردن",
      "رئيس الوزراء العراقي",
      "رئيس الوزراء العراقي",
    ]);
  });
});

describe("a headline «subject + non-reporting verb … و + reporting verb»", () => {
  it("yields no claim when no reporting verb follows («الرئيس X يستقبل …»)", () => {
    expect(
      run("الرئيس الغزواني يستقبل وفدا من رجال الأعمال\nاستقبل الرئيس محمد ولد الشيخ الغزواني اليوم وفدا."),
    ).toEqual([]);
  });

  it("gives the joined reporting verb the headline's subject, not the noun after it", () => {
    const claims = run(
      "الرئيس عون يستقبل وفدا من رجال الأعمال ويؤكد متانة الاقتصاد\nاستقبل رئيس الجمهورية جوزيف عون اليوم وفدا من رجال الأعمال. وقال عون إن الحكومة ستدعم المستثمرين.",
    );
    expect(claims.map((c) => [c.speaker.name, c.cue.text, c.content.text])).toEqual([
      ["جوزيف عون", "يؤكد", "متانة الاقتصاد"],
      ["جوزيف عون", "قال", "الحكومة ستدعم المستثمرين"],
    ]);
  });

  it("reads a body's joined verb with a clause («… تفتتح المعرض وتعلن أن …») as the body's", () => {
    const [a] = run("وزارة الثقافة تفتتح معرض الكتاب وتعلن أن الدورة المقبلة ستقام في الربيع");
    expect([a?.speaker.name, a?.content.text]).toEqual(["وزارة الثقافة", "الدورة المقبلة ستقام في الربيع"]);
  });
});

describe("«وعد/وعدت/يعد/تعد … بـ» (promised): a reporting verb, content from بـ (batch 21's headline «تعد بـ»)", () => {
  it("reads the promise with its ب-phrase, and with a clause after a hearer", () => {
    const claims = run(
      "عنوان\nووعدت الهيئة بتوفير حافلات إضافية خلال الأسبوع المقبل. ويعد المسؤولون بتحسين الخدمات قبل الصيف. ووعد المحافظ بأن تفتح المدارس في موعدها. ووعد الوزير المعلمين بأن الرواتب ستصرف.",
    );
    expect(claims.map((c) => [c.speaker.name, c.cue.text, c.content.text])).toEqual([
      ["الهيئة", "وعدت", "بتوفير حافلات إضافية خلال الأسبوع المقبل"],
      ["المسؤولون", "يعد", "بتحسين الخدمات قبل الصيف"],
      ["المحافظ", "وعد", "تفتح المدارس في موعدها"],
      ["الوزير", "وعد", "الرواتب ستصرف"],
    ]);
  });

  it("dates a body's headline promise by its spokesperson's statement", () => {
    const [headline] = run(
      "الصحة تعد بتوفير الأدوية خلال أيام\nوقال المتحدث باسم وزارة الصحة، الدكتور سامي العلي، أمس إن الشحنات وصلت إلى الميناء.",
    );
    expect([headline?.cue.text, headline?.content.text, headline?.date]).toEqual([
      "تعد",
      "بتوفير الأدوية خلال أيام",
      "2025-11-24",
    ]);
  });

  it("leaves «يعد» as «is considered» alone («ويعد القطاع من أكبر …», «يعد بمثابة …», «تعد بالآلاف»)", () => {
    expect(
      run(
        "عنوان\nويعد القطاع من أكبر مصادر العملة الصعبة. ويعد هذا القرار بمثابة إعلان حرب. وتعد الخسائر بالملايين.",
      ),
    ).toEqual([]);
  });
});
