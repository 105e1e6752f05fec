// Arabic speakers, from the misses of batch 19 (Saudi, Algerian, Egyptian and France 24 styles). Made-up
// sentences: one per rule.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const who = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.speaker.mention?.text ?? null]);

describe("a nominal cue whose verb keeps its preposition («حسب ما كشف عنه الوزير في ندوة صحفية»)", () => {
  it("names the verb's subject, without the occasion", () => {
    const cs = who(
      "أكد وزير الصحة، سمير داود، أمس، أن المستشفى جاهز. وسيتم توزيع 40 سيارة إسعاف على الولايات قبل نهاية الشهر، حسب ما كشف عنه الوزير في ندوة صحفية عقدها بمقر الولاية.",
    );
    expect(cs[1]).toEqual(["سمير داود", "الوزير"]);
  });
  it("names whom a paper learned it from («وحسب ما علمته «الأخبار» من مصادر …»)", () => {
    const cs = who("وحسب ما علمته «الأخبار» من مصادر بمديرية الصحة، فإن المستشفى سيفتح أبوابه الشهر المقبل.");
    expect(cs[0]?.[1]).toBe("مصادر بمديرية الصحة");
  });
});

describe("unnamed sources and the persons a story calls by a given name", () => {
  it("keep every adjective of an indefinite title in the speaker («مصدر أمني ليبي»)", () => {
    expect(who("وقال مصدر أمني ليبي إن الهجوم وقع فجرا.")[0]?.[0]).toBe("مصدر أمني ليبي");
    expect(who("وقالت مصادر طبية ومحلية إن الحصيلة ارتفعت.")[0]?.[0]).toBe("مصادر طبية ومحلية");
  });
  it("keep a ل-place after the workplace («مصادر بمديرية التربية لولاية سطيف»)", () => {
    expect(who("وقالت مصادر بمديرية التربية لولاية سطيف إن الدروس ستستأنف.")[0]?.[0]).toBe(
      "مصادر بمديرية التربية لولاية سطيف",
    );
  });
  it("take the name after «تدعى» («سيدة تدعى «ر. س»»)", () => {
    expect(who("وقالت سيدة تدعى «ر. س» إنها فقدت مدخراتها.")[0]?.[0]).toBe("ر. س");
  });
  it("read the prosecution's investigations as the prosecution's («وكشفت تحقيقات النيابة أن …»)", () => {
    expect(who("وكشفت تحقيقات النيابة أن المتهم زور العقود.")[0]?.[0]).toBe("النيابة");
  });
});

describe("«وتدعى»-style descriptions and the ones a question names", () => {
  it("read «يدعى X» after the subject's description as its name", () => {
    expect(who("وقال شاب يدعى سامر خليل إنه فقد مدخراته.")[0]).toEqual(["سامر خليل", "شاب يدعى سامر خليل"]);
  });
  it("give a verb without «و» after «…، بينهم رجل يدعى «س. ك»، 40 عاما،» that person as subject", () => {
    const cs = who(
      "واستمعت النيابة إلى أقوال 12 من الشهود، بينهم رجل يدعى «س. ك»، 40 عاما، قال في التحقيقات إنه رأى المتهم يبيع السيارات.",
    );
    expect(cs[0]).toEqual(["س. ك", "رجل يدعى «س. ك»"]);
  });
  it("keep initials drawn out with a tatweel in one sentence («هـ. م»)", () => {
    const cs = who("وقالت سيدة تدعى «هـ. م» إنها باعت شقتها.");
    expect(cs[0]?.[0]).toBe("هـ. م");
  });
  it("make the one asked the subject of the answer («وبسؤال المتهم عن …، أجاب بأنه …»)", () => {
    const cs = who(
      "وقال مصدر في البلدية إن العقود مزورة. وبسؤال المتهم في التحقيقات عن مصير السيارات، أجاب بأنه باعها لتاجر، نافيا علمه بأنها مسروقة.",
    );
    expect(cs.slice(1)).toEqual([
      ["المتهم", null],
      ["المتهم", null],
    ]);
  });
});

describe("a ḥāl right after a verb without a subject («قبل أن يضيف مخاطبا إياهم: …»)", () => {
  it("is neither the speaker nor the content", () => {
    const cs = run("قال الوزير سمير داود إن الدعم مستمر. ثم أضاف مخاطبا إياهم: «لن نتخلى عنكم».");
    expect(cs[1]?.speaker.name).toBe("سمير داود");
    expect(cs[1]?.content.text).toBe("«لن نتخلى عنكم»");
  });
});

describe("a headline speaker followed by where it spoke from («وزير الصحة من وهران: …»)", () => {
  it("leaves the place out, and the title names the minister of the story", () => {
    const cs = who(
      "وزير الصحة من وهران: «لن نغلق أي مستشفى»\nأكد وزير الصحة والسكان، سمير داود، أمس، خلال زيارة إلى ولاية وهران، أن المستشفيات جاهزة.",
    );
    expect(cs[0]).toEqual(["سمير داود", "وزير الصحة"]);
  });
});

describe("«المصادر ذاتها», «المصدر نفسه»", () => {
  it("are the sources the article called so, even when someone else spoke in between", () => {
    const cs = who(
      "وقالت مصادر أمنية إن المتهم اعتقل في المطار. وقال محامي المتهم، سامر خليل، إن موكله بريء. ومن المنتظر أن تبدأ المحاكمة الشهر المقبل، بحسب المصادر ذاتها.",
    );
    expect(cs[2]).toEqual(["مصادر أمنية", "المصادر ذاتها"]);
  });
});

describe("a woman who opened the sentence before with a verb that reported nothing", () => {
  it("is the subject of a feminine «وقالت» that follows, not the man quoted last", () => {
    const cs = who(
      "وقال الخبير سامر خليل إن المياه ملوثة.\nوتقدمت النائبة عن دائرة سنورس، هدى سالم، بطلب إحاطة إلى رئيس المجلس. وقالت في الطلب إن الحكومة «أهملت البحيرة».",
    );
    expect(cs[1]).toEqual(["هدى سالم", null]);
  });
});

describe("a name in apposition closed by the colon before the words («…، أحمد فؤاد: «…»»)", () => {
  it("belongs to the mention", () => {
    expect(who("وقال المتحدث باسم الوزارة، أحمد فؤاد: «لا تغيير».")[0]).toEqual([
      "أحمد فؤاد",
      "المتحدث باسم الوزارة، أحمد فؤاد",
    ]);
  });
  it("but a clause on the speaker before the colon is not («فاطمة، وهي أم لطفلين: …»)", () => {
    expect(who("وقالت السيدة سعاد، وهي أم لطفلين: «لا نجد الحليب».")[0]?.[0]).toBe("سعاد");
  });
});
