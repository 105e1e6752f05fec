// Arabic speaker conventions met in held-out batch 21 (Al-Arabiya, Al-Sabah, Hiba Press, Al-Ayam): made-up
// sentences, one rule each.
import { describe, expect, it } from "vitest";
import { one, run } from "./arabic.ts";

describe("a person's name in apposition wins over a role", () => {
  it("names «النائب X، مقدم المشروع،» by the name, and a later MP is another person", () => {
    const [a, b] = run(
      'وقال النائب سالم حمد العتيبي، مقدم المشروع، خلال الجلسة، إن "الوقت حان". وأكد النائب فهد ناصر الدوسري أن المشروع مكلف.',
    );
    expect(a && [a.speaker.name, b?.speaker.name]).toEqual(["سالم حمد العتيبي", "فهد ناصر الدوسري"]);
  });
  it("reads a rank («المقدم», «الملازم») in apposition as the title of the person it names", () => {
    const c = one("ونفى المتحدث باسم الدفاع المدني، المقدم سامي نوفل، صحة الأنباء المتداولة.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سامي نوفل", "صحة الأنباء المتداولة"]);
  });
  it("keeps «وزير شؤون البلديات، X» a portfolio, not a name after a one-word title", () => {
    expect(one("وقال وزير شؤون البلديات، ماجد سعيد الحربي، إن الخطة جاهزة.")?.speaker.name).toBe(
      "ماجد سعيد الحربي",
    );
  });
  it("reads «المختص في شؤون …، الدكتور X،» as a title and the person it names", () => {
    const c = one('ويرى المتخصص في الشأن المالي، الدكتور رامي فؤاد الكبيسي، أن "الأزمة ستطول".');
    expect(c?.speaker.name).toBe("رامي فؤاد الكبيسي");
  });
  it("reads «عدّ X أن» (considered, Iraqi press) as a statement of the councillor named in apposition", () => {
    const [a, b] = run(
      'وعدّ عضو مجلس محافظة البصرة، كريم جواد الموسوي، في تصريح للصحيفة، أن "الوعود لم تنفذ"، مطالباً بـ"محاسبة المقصرين".',
    );
    expect(a && [a.speaker.name, a.cue.text, a.content.text, b?.speaker.name]).toEqual([
      "كريم جواد الموسوي",
      "عدّ",
      '"الوعود لم تنفذ"',
      "كريم جواد الموسوي",
    ]);
  });
});

describe("the subject of a verb that reports nothing", () => {
  it("gives a participle after «تحفظ النائب X على …» to X, not to the MP quoted before", () => {
    const [, b] = run(
      "وقال النائب سالم حمد العتيبي إن الاقتراح ضروري. في المقابل، اعترض النائب يوسف علي المري على الاقتراح، معتبراً أن الكلفة عالية.",
    );
    expect(b && [b.speaker.name, b.cue.text]).toEqual(["يوسف علي المري", "معتبراً"]);
  });
  it("gives a participle to the subject of a paragraph's first verb written without «و»", () => {
    const [, b] = run(
      "وقال النائب سالم العتيبي إن الخطة متأخرة.\nزار الوزير كمال حداد مدينة العقبة، مؤكدا أن المشاريع ستنجز.",
    );
    expect(b && [b.speaker.name, b.cue.text]).toEqual(["كمال حداد", "مؤكدا"]);
  });
  it("ends the name of a non-reporting verb's subject before its object", () => {
    const names = [
      "ترأس رئيس الوزراء عمر الرزاز اجتماعا للحكومة، مشددا على أن الإصلاح مستمر.",
      "وأشاد الوزير سامر خليل بأداء الفريق، مؤكدا أن النتائج جيدة.",
      "وزار الوزير كمال حداد محافظة إربد، مشيرا إلى أن المستشفى سيفتتح.",
      "وأشادت النائبة منى الكعبي بجهود الوزارة، مطالبة بزيادة الدعم.",
    ].map((t) => one(t)?.speaker.name);
    expect(names).toEqual(["عمر الرزاز", "سامر خليل", "كمال حداد", "منى الكعبي"]);
  });
  it("ends a name before a verbal noun تفعيل and its genitive: «اقترح النائب X تخصيص مبلغ …»", () => {
    const c = one("واقترح النائب راشد محمد بوعلي تشكيل لجنة تحقيق في المخالفات.");
    expect(c && [c.speaker.name, c.cue.text, c.content.text]).toEqual([
      "راشد محمد بوعلي",
      "اقترح",
      "تشكيل لجنة تحقيق في المخالفات",
    ]);
  });
});

describe("a headline's title and the person the body names", () => {
  it("resolves «وزير النقل» in a headline to «وزير النقل والمواصلات، X» of the body", () => {
    const [h] = run(
      "وزير النقل يكشف: 300 حافلة جديدة قريباً\nكتب - المحرر\nوافق المجلس أمس على الموازنة.\nوقال النائب سالم حمد العتيبي إن الخطة متأخرة.\nوكشف وزير النقل والمواصلات، عادل حسن الرميحي، أن 300 حافلة ستصل.",
    );
    expect(h?.speaker.name).toBe("عادل حسن الرميحي");
  });
});

describe("unnamed people named by their description", () => {
  it("names a speaker known by initials in brackets by the initials: «وقال (ع.ك)، صاحب مقهى …، إن»", () => {
    const [a, b] = run(
      'وقال الوزير سامر خليل إن الأشغال ستنتهي. وقال (ع.ك)، صاحب مقهى بالحي، في حديثه للموقع، إن "الزبائن غادروا".',
    );
    expect(b && [b.speaker.name, b.speaker.mention?.text, b.content.text, a?.speaker.name]).toEqual([
      "ع.ك",
      "ع.ك",
      '"الزبائن غادروا"',
      "سامر خليل",
    ]);
  });
  it("keeps a relative verb after an indefinite noun: «وقال رجل يعمل في السوق، …، إن»", () => {
    const c = one("وقال رجل يعمل في سوق الخضار، فضل عدم ذكر اسمه، إن الأسعار تضاعفت.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["رجل يعمل في سوق الخضار", "الأسعار تضاعفت"]);
  });
  it("keeps where they come from: «طالبت جمعيات من المجتمع المدني بالمدينة الوالي بـ…»", () => {
    const c = one('وطالبت جمعيات من النسيج المدني بالمدينة الوالي بـ"فتح تحقيق".');
    expect(c && [c.speaker.name, c.content.text]).toEqual([
      "جمعيات من النسيج المدني بالمدينة",
      'الوالي بـ"فتح تحقيق"',
    ]);
  });
  it("keeps a place in construct with its name: «وأكد مواطنون في حي النصر أن»", () => {
    expect(one("وأكد مواطنون في حي الزهور أن الكهرباء مقطوعة.")?.speaker.name).toBe("مواطنون في حي الزهور");
  });
  it("names a group by its title and plural adjectives, not by the adjectives", () => {
    expect(one("وقال مسؤولون أوروبيون كبار إن الاتفاق قريب.")?.speaker.name).toBe("مسؤولون أوروبيون كبار");
  });
  it("reads «طالب» right after «وقال» as the speaker (a student), not as the verb «demanded»", () => {
    const c = one("وقال طالب يدرس في كلية الهندسة إن الرسوم ارتفعت.");
    expect(c && [c.speaker.name, c.cue.text, c.content.text]).toEqual([
      "طالب يدرس في كلية الهندسة",
      "قال",
      "الرسوم ارتفعت",
    ]);
  });
  it("stops before the verb's own particle: «اشتكت مراجعات في أحد المراكز بمنطقة X من …»", () => {
    const c = one("واشتكى مرضى في أحد المستوصفات بمنطقة الريان من نقص الأدوية.");
    expect(c && [c.speaker.name, c.content.text]).toEqual([
      "مرضى في أحد المستوصفات بمنطقة الريان",
      "نقص الأدوية",
    ]);
  });
});

describe("a document of a body named in quotation marks", () => {
  it("gives «وفق أرقام …» and «بحسب بيانات جمعتها …» to the body named in quotation marks, with the closing mark", () => {
    const [a, b] = run(
      'وارتفعت الصادرات بنسبة 8%، وفق أرقام "المركزي". وتراجع التضخم إلى 2%، بحسب بيانات جمعتها "رويترز".',
    );
    expect(a && [a.speaker.name, a.speaker.mention?.text, b?.speaker.name]).toEqual([
      "المركزي",
      'أرقام "المركزي"',
      "رويترز",
    ]);
  });
});

describe("colon headlines named the way the body names the speaker", () => {
  it("reads a surname alone before the colon as the person the body quotes by it", () => {
    const [h] = run(
      "كاردوسو: جئنا لننافس على اللقب هذا الموسم\nقدم النادي أمس المدرب البرازيلي ماركو كاردوسو.\nوقال كاردوسو إن الفريق قادر على المنافسة.",
    );
    expect(h && [h.speaker.name, h.content.text]).toEqual([
      "ماركو كاردوسو",
      "جئنا لننافس على اللقب هذا الموسم",
    ]);
  });
  it("drops the conjunction of a two-part headline before a body's short name", () => {
    const [h] = run(
      "حرائق الغابات تتواصل في الشمال... والزراعة التونسية: الجفاف وراء الكارثة\nوأرجعت وزارة الزراعة التونسية، في بيان، الحرائق إلى الجفاف.",
    );
    expect(h && [h.speaker.name, h.speaker.mention?.text]).toEqual([
      "وزارة الزراعة التونسية",
      "الزراعة التونسية",
    ]);
  });
  it("does not read a place before the colon as a speaker", () => {
    const claims = run(
      "صفاقس: انقطاع المياه يتواصل لليوم الثالث\nوقال المدير الجهوي سامي البجاوي إن الأشغال متواصلة.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["قال"]);
  });
});
