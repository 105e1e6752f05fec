// Arabic news conventions met in held-out batch 12 (Lebanese NNA security story, Libyan LANA story with
// rival spokesmen, BBC Arabic-style analysis) and known misreads: made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("blame and accusation verbs with their object", () => {
  it("reads «حمّل X المسؤولية عن …» as a claim whose content keeps the blamed and the blame", () => {
    const c = run(
      'وحمّلت نقابة المعلمين، في بيان أصدرته مساء الاثنين، الوزارة "المسؤولية الكاملة" عن تأخر الرواتب.',
    )[0];
    expect(c && [c.speaker.name, c.cue.text, c.content.text, c.kind]).toEqual([
      "نقابة المعلمين",
      "حمّلت",
      'الوزارة "المسؤولية الكاملة" عن تأخر الرواتب',
      "mixed",
    ]);
  });
  it("splits the blamed from a definite speaker («حمّلت البلدية الشركة المسؤولية»)", () => {
    const c = run("وحمّلت البلدية الشركة المسؤولية عن انقطاع المياه، وفق ما ذكرت في بيان.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual(["البلدية", "الشركة المسؤولية عن انقطاع المياه"]);
  });
  it("does not read «حمل» (carried) as a statement without the blame", () => {
    expect(run("وحمل المتظاهرون لافتات كتب عليها شعارات تندد بالغلاء.")).toEqual([]);
  });
  it("reads blame right after the subject as borne («وتحمل الإدارة المسؤولية»), unless «لـ» names the blamed", () => {
    expect(run("وتحمل الإدارة المسؤولية عن سلامة الطلاب.")).toEqual([]);
    const c = run("وحمّلت الإدارة المسؤولية للمقاول.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual(["الإدارة", "المسؤولية للمقاول"]);
  });
  it("reads a definite word after a plural in «ون» as the blamed («ويحمّل مزارعون الوزارة مسؤولية …»)", () => {
    const c = run("ويحمّل مزارعون الوزارة مسؤولية تلف المحاصيل.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual(["مزارعون", "الوزارة مسؤولية تلف المحاصيل"]);
  });
  it("keeps a titled speaker's two-word name before the accused («واتهم الرئيس X Y المعارضة بـ…»)", () => {
    const c = run("واتهم الرئيس سامي فريد المعارضة بعرقلة الإصلاحات.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سامي فريد", "المعارضة بعرقلة الإصلاحات"]);
    const b = run("وحمّل وزير النقل كمال داود الشركة المسؤولية عن الحادث.")[0];
    expect(b && [b.speaker.name, b.content.text]).toEqual(["كمال داود", "الشركة المسؤولية عن الحادث"]);
  });
});

describe("speaker phrases met in the twelfth held-out batch", () => {
  it("joins a body and its directorate across a spaced dash («قيادة الجيش - مديرية التوجيه»)", () => {
    const c = run("وأعلنت قيادة الشرطة - شعبة العلاقات العامة، في بيان، أن دورية تعرضت لإطلاق نار.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual([
      "قيادة الشرطة - شعبة العلاقات العامة",
      "دورية تعرضت لإطلاق نار",
    ]);
    // the directorate after the dash may take its own genitive chain
    expect(run("وأعلن الجيش اللبناني - قيادة منطقة الشمال أن وحداته انتشرت.")[0]?.speaker.name).toBe(
      "الجيش اللبناني - قيادة منطقة الشمال",
    );
  });
  it("keeps an MP's constituency («النائب عن منطقة X - Y») in the title and names the person after it", () => {
    const c = run("وقال النائب عن منطقة زحلة - البقاع الأوسط جورج نعمة، في حديث إذاعي، إن الطريق مقطوع.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual(["جورج نعمة", "الطريق مقطوع"]);
    expect(run("وقال النائب عن منطقة زحلة جورج نعمة إن الطريق مقطوع.")[0]?.speaker.name).toBe("جورج نعمة");
  });
  it('reads a movement or current with its own name as a body («حراك "…"», «تيار …»)', () => {
    const c = run('وأكد حراك "شباب الساحل"، في بيان، أن الاعتصام مستمر.')[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual(['حراك "شباب الساحل"', "الاعتصام مستمر"]);
  });
  it("keeps a mission's country after «في» («بعثة … في ليبيا»), not an occasion («في تدوينة»)", () => {
    const c = run("ودعت بعثة الاتحاد الأوروبي في تونس، في تدوينة، الأطراف إلى الحوار.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual([
      "بعثة الاتحاد الأوروبي في تونس",
      "الأطراف إلى الحوار",
    ]);
    expect(run("وقالت وزارة الصحة في تدوينة إن الحصيلة ارتفعت.")[0]?.speaker.name).toBe("وزارة الصحة");
  });
  it("keeps bracketed initials with the speaker («عائلة الموقوف (م.ع.)»)", () => {
    const c = run("ونفت عائلة السجين (م.ع.)، في بيان، أن يكون ابنها مسلحا.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual(["عائلة السجين (م.ع.)", "يكون ابنها مسلحا"]);
    // with no comma after them, the initials' period and bracket do not end the sentence
    const d = run("ونفت عائلة السجين (م.ع.) أن يكون ابنها مسلحا.")[0];
    expect(d && [d.speaker.name, d.content.text]).toEqual(["عائلة السجين (م.ع.)", "يكون ابنها مسلحا"]);
  });
});

describe("subjects placed apart from their verb (batch 12)", () => {
  it("reads a subject named in an apposition before the verb («لكن الخبيرة، X، تقول لـ… إن»)", () => {
    const [, c] = run(
      "قال الوزير إن الوضع مستقر. لكن الباحثة الاجتماعية، هدى سالم، تقول لإذاعة محلية إن الأسر تعاني.",
    );
    expect(c && [c.speaker.name, c.content.text]).toEqual(["هدى سالم", "الأسر تعاني"]);
  });
  it("reads the subject after «فيه» in a time clause («في وقت يقول فيه خبراء إن …»)", () => {
    const c = run("ارتفعت الأسعار، في وقت يقول فيه خبراء إن التضخم تحت السيطرة.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual(["خبراء", "التضخم تحت السيطرة"]);
    const d = run("ارتفعت الأسعار في الوقت الذي يقول فيه مسؤولون إن التضخم تحت السيطرة.")[0];
    expect(d?.speaker.name).toBe("مسؤولون");
    const [e] = run("وفي وقت يرى فيه محللون أن الاتفاق هش، تؤكد الحكومة أنه صامد.");
    expect(e && [e.speaker.name, e.content.text]).toEqual(["محللون", "الاتفاق هش"]);
  });
});

describe("documents as sources (batch 12 and known misreads)", () => {
  it("ends a document source before who saw or obtained it («مسودة … التي اطلعت عليها الوكالة»)", () => {
    const c = run(
      "وبحسب مسودة البيان الختامي التي اطلعت عليها وكالة الأنباء، فإن القمة ستدعو إلى وقف النار.",
    )[0];
    expect(c && [c.speaker.name, c.speaker.mention?.text, c.content.text]).toEqual([
      "مسودة البيان الختامي",
      "مسودة البيان الختامي",
      "القمة ستدعو إلى وقف النار",
    ]);
    const d = run("ووفقا لوثيقة داخلية حصلت عليها الصحيفة، فإن المصنع سيغلق.")[0];
    expect(d?.speaker.name).toBe("وثيقة داخلية");
  });
  it("gives the latest of a body's documents to the body («أحدث تقديرات البنك الدولي»)", () => {
    const c = run("وبحسب أحدث تقديرات البنك الدولي، فإن النمو سيبلغ 3 في المئة.")[0];
    expect(c && [c.speaker.name, c.speaker.mention?.text]).toEqual([
      "البنك الدولي",
      "أحدث تقديرات البنك الدولي",
    ]);
  });
});

describe("an outlet's correspondent (batch 12)", () => {
  it('keeps the place a correspondent reports from («مندوب "…" في صيدا»), not a report («في تقرير»)', () => {
    const c = run('وأفاد مندوب "الإذاعة" في صيدا بأن الجيش انتشر في المدينة.')[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual([
      'مندوب "الإذاعة" في صيدا',
      "الجيش انتشر في المدينة",
    ]);
    expect(run("وقال مراسل القناة في تقرير إن القصف استمر.")[0]?.speaker.name).toBe("مراسل القناة");
  });
});

describe("groups known by whom they back (batch 12)", () => {
  it("names «أنصارها» by the nearest person or body of the same sentence, and keeps that body apart", () => {
    const claims = run(
      "وتقول النقابة إن الأجور تآكلت، بينما يرى منتقدوها أن المطالب مبالغ فيها. وأضافت النقابة أن الإضراب قائم.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["النقابة", "منتقدو النقابة", "النقابة"]);
    // the nearest noun is a thing («مشروع القانون»): its backers stay as written
    expect(run("وأثار مشروع القانون جدلا، إذ يرى مؤيدوه أنه ضروري.")[0]?.speaker.name).toBe("مؤيدوه");
  });
});

describe("more of the same conventions in other wordings", () => {
  it("ends a name before the BBC as addressee («… سمير حداد لبي بي سي عربي إن»)", () => {
    const c = run("ويقول المحلل السياسي ناصر عودة لبي بي سي عربي إن الهدنة هشة.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual(["ناصر عودة", "الهدنة هشة"]);
  });
  it("keeps a site's «نت» in an outlet's name («مراسل الجزيرة نت في …»)", () => {
    expect(run("وأفاد مراسل الجزيرة نت في نيالا بأن الاشتباكات تجددت.")[0]?.speaker.name).toBe(
      "مراسل الجزيرة نت في نيالا",
    );
  });
  it("finds the blamed past its adjectives («حمّل البيان السلطات المحلية مسؤولية …»)", () => {
    const c = run("وحمّل التقرير الأجهزة الرقابية مسؤولية تفاقم الفساد.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual([
      "التقرير",
      "الأجهزة الرقابية مسؤولية تفاقم الفساد",
    ]);
  });
  it("reads a bare word after a family name with the article as the accused («… الصفدي إسرائيل بـ…»)", () => {
    const c = run("واتهم وزير الخارجية نبيل الحسن تركيا بعرقلة الاتفاق.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual(["نبيل الحسن", "تركيا بعرقلة الاتفاق"]);
  });
});
