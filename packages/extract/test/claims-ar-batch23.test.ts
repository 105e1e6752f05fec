// Arabic conventions met in held-out batch 23 (Sudan Tribune, Al-Rai, Arab48, Xinhua Arabic): made-up
// sentences, one rule each.
import { describe, expect, it } from "vitest";
import { brief, one, run } from "./arabic.ts";

describe("a dateline run into the lead without a dash", () => {
  it("reads the verb after «PLACE DAY MONTH YEAR (AGENCY)» as opening the lead", () => {
    const c = one("عمان 24 نوفمبر 2025 (بترا) قال وزير المياه سامر فؤاد العلي إن السدود امتلأت.");
    expect(c && brief(c)).toEqual({
      speaker: "سامر فؤاد العلي",
      cue: "قال",
      content: "السدود امتلأت",
      kind: "indirect",
    });
  });
  it("reads the verb after «PLACE (AGENCY)» too", () => {
    const c = one("الرباط (و م ع) أعلنت وزارة الفلاحة أن المحصول تضاعف.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["وزارة الفلاحة", "المحصول تضاعف"]);
  });
});

describe("a headline's unnamed official named by the lede", () => {
  it("resolves «مسؤول مصري:» to the official the lede names next", () => {
    const [h] = run(
      "مسؤول مصري: الموسم السياحي الأفضل منذ عشر سنوات\nالقاهرة (أ ش أ) - قال وزير السياحة كريم حسن الشافعي اليوم إن عدد الزوار ارتفع.",
    );
    expect(h && [h.speaker.name, h.speaker.mention?.text]).toEqual(["كريم حسن الشافعي", "مسؤول مصري"]);
  });
  it("keeps it unnamed when the lede's official is unnamed too", () => {
    const [h] = run(
      "مسؤول مصري: الموسم السياحي الأفضل منذ عشر سنوات\nقال مسؤول في وزارة السياحة اليوم إن عدد الزوار ارتفع. وأضاف وزير السياحة كريم حسن الشافعي أن الفنادق ممتلئة.",
    );
    expect(h?.speaker.name).toBe("مسؤول مصري");
  });
});

describe("«مساعد» (assistant) heads a title", () => {
  it("reads «مساعد وزير السياحة X» as a title before the name", () => {
    const c = one("وقال مساعد وزير السياحة كريم حسن الشافعي إن عدد الزوار ارتفع.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["كريم حسن الشافعي", "عدد الزوار ارتفع"]);
  });
  it("reads «مساعد وكيل الوزارة لشؤون … اللواء X» before a nominal-looking clause", () => {
    const c = one(
      "كشف مساعد وكيل وزارة النقل لشؤون الطرق اللواء سالم فهد المري أن الجسر سيفتح الشهر المقبل.",
    );
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سالم فهد المري", "الجسر سيفتح الشهر المقبل"]);
  });
});

describe("«رجل الأعمال» (businessman) is a title", () => {
  it("reads «رجل الأعمال الأردني X، الذي …، لمراسل … إن» with the name as the speaker", () => {
    const [a, b] = run(
      'وقال رجل الأعمال الأردني سامي فؤاد الحسن، الذي يصدر الخضار منذ عشرين عاما، لمراسل الوكالة إن "الطلب يتزايد"، مضيفا أن شركته ستتوسع.',
    );
    expect(a && [a.speaker.name, a.content.text, b?.speaker.name]).toEqual([
      "سامي فؤاد الحسن",
      '"الطلب يتزايد"',
      "سامي فؤاد الحسن",
    ]);
  });
});

describe("a governor's place and a retired rank", () => {
  it("keeps an office's adjective after the place in the speaker phrase of «أبلغ»", () => {
    const c = one('وأبلغ محافظ نينوى المكلف، أحمد عثمان، "الصباح"، أن الطرق مفتوحة.');
    expect(c && [c.speaker.name, c.speaker.mention?.text]).toEqual([
      "أحمد عثمان",
      "محافظ نينوى المكلف، أحمد عثمان",
    ]);
  });
  it("reads «والي شمال دارفور» as the office, the name in apposition, past a retired rank «(م)»", () => {
    const c = one("وقال والي شمال دارفور، العميد (م) نمر محمد عبد الرحمن، إن الطرق مفتوحة.");
    expect(c && [c.speaker.name, c.speaker.mention?.text]).toEqual([
      "نمر محمد عبد الرحمن",
      "والي شمال دارفور، العميد (م) نمر محمد عبد الرحمن",
    ]);
  });
  it("reads «اللواء (متقاعد) X» as a rank before the name", () => {
    const c = one("وقال اللواء (متقاعد) سامي فؤاد الحسن إن الجيش مستعد.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سامي فؤاد الحسن", "الجيش مستعد"]);
  });
  it("names no one by a governor's place alone («والي غرب كردفان المكلف»)", () => {
    const c = one("وقال والي غرب كردفان المكلف إن الطرق مفتوحة.");
    expect(c?.speaker.name).toBe("والي غرب كردفان المكلف");
  });
  it("reads a compass word and a place after a governor before a name without commas", () => {
    const c = one("وقال والي شمال دارفور نمر محمد عبد الرحمن ان السلطات شكلت لجنة.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["نمر محمد عبد الرحمن", "السلطات شكلت لجنة"]);
  });
});

describe("a body's wing after a spaced dash", () => {
  it("keeps «– شمال» in the body's name and reads the name in apposition after it", () => {
    const c = one("وقال المتحدث باسم الجبهة الثورية – جنوب، سامي فؤاد الحسن، إن الجبهة لم تهاجم أي قرية.");
    expect(c && [c.speaker.name, c.speaker.mention?.text]).toEqual([
      "سامي فؤاد الحسن",
      "المتحدث باسم الجبهة الثورية – جنوب، سامي فؤاد الحسن",
    ]);
  });
});

describe("a bulleted sub-headline with a colon", () => {
  it("reads «• SURNAME: words» under the headline as a claim of the person the body quotes", () => {
    const [h] = run(
      "المدارس جاهزة للعام الدراسي الجديد\n• الحمادي: الكتب وصلت إلى كل المدارس... والحافلات جاهزة\n• 12 ألف طالب جديد هذا العام\nأكد وكيل وزارة التربية سالم راشد الحمادي، في مؤتمر صحافي عقده أمس، أن الاستعدادات اكتملت.",
    );
    expect(h && [h.speaker.name, h.cue.text, h.content.text, h.date]).toEqual([
      "سالم راشد الحمادي",
      ":",
      "الكتب وصلت إلى كل المدارس... والحافلات جاهزة",
      "2025-11-24",
    ]);
  });
});

describe("a dateline's day and the statement's own", () => {
  it("dates the lead by «في بيان الاثنين», not by the dateline before the verb", () => {
    const c = one("الخرطوم 25 نوفمبر 2025 – اعلنت وزارة الصحة، في بيان الاثنين، ارتفاع الاصابات بالكوليرا.");
    expect(c && [c.speaker.name, c.date]).toEqual(["وزارة الصحة", "2025-11-24"]);
  });
  it("still dates a lead with no day of its own by the dateline", () => {
    const c = one("الخرطوم 24 نوفمبر 2025 – اعلنت وزارة الصحة ارتفاع الاصابات بالكوليرا.");
    expect(c?.date).toBe("2025-11-24");
  });
});

describe("an apposition on a place inside a nominal object", () => {
  it("keeps «، عاصمة ولاية X، منذ …» in the announced object", () => {
    const c = one("أعلنت المنظمة وصول شحنة أدوية إلى مدينة الفاشر، عاصمة ولاية شمال دارفور، منذ أسبوعين.");
    expect(c?.content.text).toBe("وصول شحنة أدوية إلى مدينة الفاشر، عاصمة ولاية شمال دارفور، منذ أسبوعين");
  });
});

describe("data named by a body's field", () => {
  it("gives «بيانات الضرائب» to the body a speaker's title named («… باسم الهيئة العامة للضرائب المصرية»)", () => {
    const [, b] = run(
      "وقال المتحدث باسم الهيئة العامة للضرائب المصرية سامي فؤاد الحسن إن الحصيلة ارتفعت. ووفقا لبيانات الضرائب، فإن عدد الممولين تضاعف.",
    );
    expect(b && [b.speaker.name, b.speaker.mention?.text]).toEqual([
      "الهيئة العامة للضرائب المصرية",
      "بيانات الضرائب",
    ]);
  });
});
