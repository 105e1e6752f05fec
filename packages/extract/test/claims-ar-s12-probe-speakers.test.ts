// Session 12 (probe): made-up Arabic news items on how speakers are introduced; no text comes from a fixture.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("an announced act («القبض على», «الموافقة على») right after a body's name", () => {
  it("is the object of «أعلن», not more of the body's name", () => {
    const claims = run(
      "أعلنت وزارة الداخلية الليبية القبض على عصابة تهريب في بنغازي. " +
        "وأعلن الجيش الأردني السيطرة على حريق في غابات عجلون. " +
        "وأعلن مجلس الوزراء الكويتي الموافقة على مشروع قانون الإسكان.",
    );
    expect(claims.map((c) => [c.speaker.name, c.content.text])).toEqual([
      ["وزارة الداخلية الليبية", "القبض على عصابة تهريب في بنغازي"],
      ["الجيش الأردني", "السيطرة على حريق في غابات عجلون"],
      ["مجلس الوزراء الكويتي", "الموافقة على مشروع قانون الإسكان"],
    ]);
  });

  it("stays a genitive right after an indefinite head («هيئة الإفراج عن …»)", () => {
    const [claim] = run("قال رئيس هيئة الإفراج عن الأسرى إن عدد المفرج عنهم ارتفع إلى مئة.");
    expect(claim?.speaker.mention?.text).toContain("رئيس هيئة الإفراج");
    expect(claim?.content.text).toBe("عدد المفرج عنهم ارتفع إلى مئة");
  });
});

describe("the given name «آن» with its madda", () => {
  it("is part of the speaker's name, not the complementizer «أن»", () => {
    const claims = run(
      "قالت سفيرة كندا لدى الأردن آن ماكلين إن بلادها ستزيد منحها الدراسية. وأضافت ماكلين أن البرنامج يبدأ في الخريف.",
    );
    expect(claims.map((c) => [c.speaker.name, c.content.text])).toEqual([
      ["آن ماكلين", "بلادها ستزيد منحها الدراسية"],
      ["آن ماكلين", "البرنامج يبدأ في الخريف"],
    ]);
  });
});

describe("two bare names joined by «و» before the occasion", () => {
  it("speak together («أكدت تونس والجزائر في بيان مشترك …»)", () => {
    const [claim] = run("أكدت تونس والجزائر في بيان مشترك ضرورة فتح المعابر الحدودية أمام الشاحنات.");
    expect(claim?.speaker.name).toBe("تونس والجزائر");
    expect(claim?.content.text).toBe("ضرورة فتح المعابر الحدودية أمام الشاحنات");
  });
});

describe("a statement issued or a conference held, with its time, before the verb's object", () => {
  it("is read past («في بيان صدر اليوم», «خلال مؤتمر صحفي عقده مساء الأحد»)", () => {
    const claims = run(
      "أكدت النقابة في بيان صدر اليوم رفضها القاطع لتجميد الأجور. " +
        "وأعلن المحافظ خلال مؤتمر صحفي عقده مساء الأحد إغلاق السوق القديم للترميم.",
    );
    expect(claims.map((c) => c.content.text)).toEqual([
      "رفضها القاطع لتجميد الأجور",
      "إغلاق السوق القديم للترميم",
    ]);
  });
});

describe("a lede that opens on the quotation after the dateline", () => {
  it("gives «بهذه العبارة ردّ X» the quotation after «عمّان - »", () => {
    const [claim] = run(
      'عمّان - "لن نسمح بتهريب السلاح عبر حدودنا"، بهذه العبارة رد وزير الداخلية الأردني مازن الفراية على تقارير التهريب.',
    );
    expect(claim?.speaker.name).toBe("مازن الفراية");
    expect(claim?.content.text).toBe('"لن نسمح بتهريب السلاح عبر حدودنا"');
  });
});

describe("a titled name the verb's object follows without a complementizer", () => {
  it("keeps the name's first two words («نفى المتحدث باسم الوزارة X Y وجود …»)", () => {
    const claims = run(
      "نفى المتحدث باسم وزارة الداخلية رامي بوعزيز وجود أي موقوفين سياسيين. " +
        "وهدد الرئيس البرازيلي لويس سيلفا بفرض رسوم على الواردات. " +
        "وأكد مدرب المنتخب المغربي وليد الركراكي جاهزية لاعبيه للمباراة.",
    );
    expect(claims.map((c) => [c.speaker.name, c.content.text])).toEqual([
      ["رامي بوعزيز", "وجود أي موقوفين سياسيين"],
      ["لويس سيلفا", "بفرض رسوم على الواردات"],
      ["وليد الركراكي", "جاهزية لاعبيه للمباراة"],
    ]);
  });

  it("runs to a family name with the article («المواطن سعيد عوض الزهراني معاناة …»)", () => {
    const [claim] = run('"البيوت غرقت"، بهذه الكلمات لخص المواطن حسن سالم القحطاني معاناة الحي.');
    expect(claim?.speaker.name).toBe("حسن سالم القحطاني");
  });
});

describe("a given name that opens with «و» («وليد», «وائل») after a title", () => {
  it("is the name, not «و» and a second portfolio", () => {
    const [claim] = run("وأكد وزير الصحة وائل الحلبي جاهزية المستشفيات لاستقبال الجرحى.");
    expect(claim?.speaker.name).toBe("وائل الحلبي");
    expect(claim?.content.text).toBe("جاهزية المستشفيات لاستقبال الجرحى");
  });
});

describe("a participle after «ردّ X على …» that opens the lede without «و»", () => {
  it("has the verb's subject («ردّ» written without its shadda)", () => {
    const [claim] = run(
      "رد المتحدث باسم الحكومة العراقية باسم العوادي على الانتقادات، قائلا إن الانتخابات ستجرى في موعدها.",
    );
    expect(claim?.cue.text).toBe("قائلا");
    expect(claim?.speaker.name).toBe("باسم العوادي");
  });
});

describe("a relative with the pronoun of whose relative the speaker is («شقيقه», «زوجته»)", () => {
  it("describes the named speaker and is no part of the name", () => {
    const claims = run(
      "وقال شقيقه ماهر الدباغ إن العائلة لم تتلق أي اتصال. وقالت زوجته ليلى الصفدي إن الشرطة لم تبلغها بشيء.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["ماهر الدباغ", "ليلى الصفدي"]);
  });
});

describe("a feminine noun right after a masculine verb of appeal («ودعا الحكومة إلى …»)", () => {
  it("is the verb's object; the speaker is the one before", () => {
    const claims = run(
      "قال محافظ البصرة أسعد العيداني إن محطات التحلية توقفت. ودعا الحكومة الاتحادية إلى إرسال مولدات. " +
        "وطالب المنظمات الدولية بتقديم الدعم.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["أسعد العيداني", "أسعد العيداني", "أسعد العيداني"]);
  });

  it("leaves a family name in «ـة» the subject («وأضاف الطراونة أن …»)", () => {
    const claims = run("قال الوزير خالد الطراونة إن الموسم بدأ. وأضاف الطراونة أن الحجوزات ارتفعت.");
    expect(claims[1]?.speaker.mention?.text).toBe("الطراونة");
  });
});
