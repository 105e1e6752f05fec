// Arabic speaker conventions met in held-out batch 20 (Lebanese, Gulf, Mauritanian and Qatari papers): made-up
// sentences, one rule each.
import { describe, expect, it } from "vitest";
import { one, run } from "./arabic.ts";

describe("relayed words and the one who said them", () => {
  it("reads «نقل زوار X عنه قوله إنّ» with a quoted bloc name and a shadda on the complementizer", () => {
    const c = one(
      'ونقل زوار رئيس حزب "الغد الجديد" النائب سمير داود عنه قوله إنّ الحزب "لن يشارك في الحكومة".',
    );
    expect(c && [c.speaker.name, c.cue.text, c.content.text]).toEqual([
      "سمير داود",
      "قوله",
      'الحزب "لن يشارك في الحكومة"',
    ]);
  });
  it("reads the relayed one after «أوساط قريبة من», not the circles", () => {
    const c = one("ونقلت أوساط قريبة من الوزيرة هالة سعيد عنها قولها إنّ الموازنة ستُقرّ قريباً.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["هالة سعيد", "الموازنة ستُقرّ قريباً"]);
  });
  it("drops «فإنّ» (with shadda) after «وبحسبه،»", () => {
    const [, c] = run('قال الوزير سعد حداد إن الانتخابات ستجري. وبحسبه، فإنّ "النواب يعرفون ذلك".');
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سعد حداد", '"النواب يعرفون ذلك"']);
  });
});

describe("sources described by what they know or whom they are close to", () => {
  it("keeps «مطلعة على …» and «قريبة من …» in the source's description", () => {
    expect(one("وتؤكد مصادر مطلعة على أجواء القصر أنّ الرئيس لن يوقّع المرسوم.")?.speaker.name).toBe(
      "مصادر مطلعة على أجواء القصر",
    );
    expect(one("وأكدت أوساط قريبة من رئيس الحكومة أمس أن الجلسة تأجلت.")?.speaker.name).toBe(
      "أوساط قريبة من رئيس الحكومة",
    );
    expect(one("وقال مسؤولون مطلعون على المحادثات إن الاتفاق بات قريبا.")?.content.text).toBe(
      "الاتفاق بات قريبا",
    );
  });
  it("ends the description before the hearer «لـ…»", () => {
    expect(one('وقالت مصادر مقربة من الوزير لـ"الشروق" إن الاستقالة غير واردة.')?.speaker.name).toBe(
      "مصادر مقربة من الوزير",
    );
  });
});

describe("a demonstrative pointing back to a source", () => {
  it("reads «وتقول هذه الأوساط لـ…» as the subject, the circles named before", () => {
    const [, c] = run('وقالت أوساط حزبية إن الخلاف عميق. وتقول هذه الأوساط لـ"الديار" إنّ "الحل بعيد".');
    expect(c && [c.speaker.name, c.speaker.mention?.text, c.content.text]).toEqual([
      "أوساط حزبية",
      "هذه الأوساط",
      '"الحل بعيد"',
    ]);
  });
  it("names the circles the narrative brought in when no claim of theirs came before", () => {
    const c = one(
      'تعثرت المفاوضات فيما تتكلم أوساط دبلوماسية غربية عن جمود. وتقول هذه الأوساط إنّ "الحل بعيد".',
    );
    expect(c?.speaker.name).toBe("أوساط دبلوماسية غربية");
  });
  it("reads «هؤلاء الخبراء» and «نفس المصادر» as the ones named before, not the last speaker", () => {
    const [, , c] = run(
      "وقال خبراء إن الأسعار سترتفع. وقال الوزير سعد حداد إن الدعم مستمر. ويرى هؤلاء الخبراء أن التضخم سيستمر.",
    );
    expect(c?.speaker.name).toBe("خبراء");
  });
  it("keeps «هذه الأنباء بأنها» after «وصف» as the object", () => {
    const c = one('نفى المكتب الإعلامي للوزارة الخبر، ووصف هذه الأنباء بأنها "مختلقة".');
    expect(c?.content.text).toBe('هذه الأنباء بأنها "مختلقة"');
  });
  it("keeps «هذا الأسبوع» after the verb out of the subject", () => {
    const [, c] = run("وقال الوزير إن الأسعار سترتفع. وأكد هذا الأسبوع أن التضخم سيستمر.");
    expect(c?.speaker.mention).toBeNull();
  });
});

describe("a quotation before its speaker and the outlet told", () => {
  it("reads «…، يقول X لـ…، مضيفاً» with the quotation as the content", () => {
    const [c] = run('"لن نوقّع على أي تسوية"، يقول النائب وليد سمعان لـ"الأخبار"، مضيفاً أنّ الكتلة ستعارض.');
    expect(c && [c.speaker.name, c.content.text]).toEqual(["وليد سمعان", '"لن نوقّع على أي تسوية"']);
    const [d] = run("«لن نتراجع»، قالت الوزيرة سلمى حداد لموقع «عربي21».");
    expect(d?.content.text).toBe("«لن نتراجع»");
  });
});

describe("a counted group as the subject (surveys and polls)", () => {
  it("reads «N من أصل M X», «N% من X» and «N في المئة من X» as the speakers", () => {
    const c = one("وتوقع 9 من أصل 14 محللاً شملهم استطلاع للوكالة أن يرتفع التضخم.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["9 من أصل 14 محللاً", "يرتفع التضخم"]);
    expect(one("وقال 55% من المستطلعين إن البطالة أولويتهم.")?.speaker.name).toBe("55% من المستطلعين");
    expect(one("ويرى 40 في المئة من الناخبين الشباب أن الحكومة فشلت.")?.speaker.name).toBe(
      "40 في المئة من الناخبين الشباب",
    );
  });
});

describe("medical titles in an apposition", () => {
  it("reads «، استشاري أول … بمستشفى …،» as the doctor's apposition before «من أن»", () => {
    const c = one(
      "وحذّر الدكتور ماهر الشامي، استشاري أول أمراض القلب بمستشفى الأمل، من أن التدخين «يضاعف الخطر».",
    );
    expect(c && [c.speaker.name, c.content.text]).toEqual(["ماهر الشامي", "التدخين «يضاعف الخطر»"]);
    const d = one("وقالت الدكتورة سلمى العلي، أخصائية التغذية، إن الصيام مفيد.");
    expect(d?.speaker.name).toBe("سلمى العلي");
  });
});
