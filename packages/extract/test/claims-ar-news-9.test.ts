// Arabic news conventions from the team's known misses and the remaining misses of the held-out sets:
// made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.cue.text, c.content.text]);

describe("an outlet quoted right after a definite title is the hearer, not part of the speaker", () => {
  it('reads «وأبلغت الوزيرة "الصباح" أن …» as the minister\'s claim told to the paper', () => {
    expect(
      said(
        'وقالت وزيرة الصحة منى داود إن الخطة جاهزة. وأبلغت الوزيرة "الصباح" أن المستشفيات ستعمل بكامل طاقتها.',
      ),
    ).toContainEqual(["منى داود", "أبلغت", "المستشفيات ستعمل بكامل طاقتها"]);
  });
  it("keeps a quoted name after an indefinite title («مراسل «الوطن»»)", () => {
    const c = run('وقال مراسل "الوطن" إن القصف استمر طوال الليل.')[0];
    expect(c?.speaker.mention?.text).toBe('مراسل "الوطن"');
  });
});

describe("a name after an honorific that runs into the verb's object", () => {
  it("takes the two words after «الدكتور» as the name when no punctuation closes it", () => {
    expect(
      said("وأكد وزير التخطيط الدكتور نادر سليم رفع الاستثمارات العامة إلى 40 مليارا خلال العام المقبل."),
    ).toEqual([["نادر سليم", "أكد", "رفع الاستثمارات العامة إلى 40 مليارا خلال العام المقبل"]]);
  });
  it("keeps a longer name that a complementizer closes", () => {
    expect(said("وقال رئيس الجامعة الدكتور علي حسن يوسف الطائي إن التسجيل يبدأ الأحد.")[0]?.[0]).toBe(
      "علي حسن يوسف الطائي",
    );
  });
});

describe("the town of a body, a definite ب-word after its name", () => {
  it("keeps «بالبصرة» in «مسؤول في شركة الكهرباء بالبصرة» and starts the content after إن", () => {
    expect(said("وقال مسؤول في شركة نفط الجنوب بالبصرة إن الصادرات عادت إلى مستواها.")).toEqual([
      ["مسؤول في شركة نفط الجنوب بالبصرة", "قال", "الصادرات عادت إلى مستواها"],
    ]);
  });
  it("does not read the town as the name of an untitled person («مديرة مستشفى الولادة بالخرطوم»)", () => {
    const c = run('وقالت مديرة مستشفى الأطفال بالخرطوم: "نحتاج إلى أدوية عاجلة".')[0];
    expect([c?.speaker.name, c?.content.text]).toEqual([
      "مديرة مستشفى الأطفال بالخرطوم",
      '"نحتاج إلى أدوية عاجلة"',
    ]);
  });
  it("leaves a ب-object of a verb that takes ب alone («أشاد مسؤول في الوزارة بالاتفاق،»)", () => {
    expect(run("وأشاد مسؤول في الوزارة بالاتفاق، مؤكدا أنه خطوة مهمة.")[0]?.speaker.name).toBe(
      "مسؤول في الوزارة",
    );
  });
});

describe("what goes on with a nominal object after a comma", () => {
  it("the operation the announced act was done in («، في عملية أمنية …»)", () => {
    expect(
      said(
        "أعلنت مديرية الجمارك، الأحد، حجز 12 طنا من السجائر المهربة، في عملية مشتركة مع خفر السواحل قرب الميناء.",
      )[0]?.[2],
    ).toBe("حجز 12 طنا من السجائر المهربة، في عملية مشتركة مع خفر السواحل قرب الميناء");
  });
  it("its measure («، بطاقة استيعابية …», «، بكلفة …»)", () => {
    expect(
      said("وأعلنت البلدية افتتاح مدرسة جديدة في الحي الغربي، بطاقة استيعابية تبلغ 900 طالب.")[0]?.[2],
    ).toBe("افتتاح مدرسة جديدة في الحي الغربي، بطاقة استيعابية تبلغ 900 طالب");
  });
  it("the terms of a decision («، على أن …»)", () => {
    expect(
      said("وأعلنت الهيئة وقف الرحلات إلى الجزيرة ثلاثة أيام، على أن تستأنف بعد تحسن الطقس.")[0]?.[2],
    ).toBe("وقف الرحلات إلى الجزيرة ثلاثة أيام، على أن تستأنف بعد تحسن الطقس");
  });
  it("but not a writer's clause («، وذلك …»)", () => {
    expect(said("وأعلنت الهيئة وقف الرحلات إلى الجزيرة، وذلك بسبب سوء الطقس.")[0]?.[2]).toBe(
      "وقف الرحلات إلى الجزيرة",
    );
  });
});

describe("the writer's tag on whose view it is ends the content", () => {
  it("«، بحسب وصفه», «، وفق تقديراتها»", () => {
    expect(
      said(
        "وقال الخبير إن سوق العقار يمر بمرحلة ركود عميق، بحسب وصفه. وترى الباحثة أن البطالة ستتراجع العام المقبل، وفق تقديراتها.",
      ).map((c) => c[2]),
    ).toEqual(["سوق العقار يمر بمرحلة ركود عميق", "البطالة ستتراجع العام المقبل"]);
  });
});

describe("a request for anonymity after a nominal source («وحسب مصدر …، طلب عدم …، فإن …»)", () => {
  it("starts the content after «فإن»", () => {
    expect(
      said("وحسب مصدر في وزارة الدفاع، طلب عدم الكشف عن هويته، فإن المناورات ستبدأ الأسبوع المقبل."),
    ).toEqual([["مصدر في وزارة الدفاع", "وحسب", "المناورات ستبدأ الأسبوع المقبل"]]);
  });
});

describe("«وصف X الشيء بأنه …»: what is described is the object", () => {
  it("ends the speaker before the described noun and keeps it in the content", () => {
    expect(said('ووصف الوزير الهجوم بأنه "عمل جبان".')).toEqual([
      ["الوزير", "وصف", 'الهجوم بأنه "عمل جبان"'],
    ]);
  });
  it("keeps a nisba adjective in the speaker («وصفت الوزارة الأردنية القرار بـ…»)", () => {
    expect(said('ووصفت الوزارة الأردنية القرار بـ"المتسرع".')[0]?.[0]).toBe("الوزارة الأردنية");
  });
});

describe("a ل-genitive office with its body inside a speaker phrase («المكتب الإعلامي لرئيس حكومة …»)", () => {
  it("keeps the office and its body in the speaker", () => {
    expect(said("ونفى المكتب الإعلامي لرئيس حكومة الإنقاذ ما نشرته صحف محلية عن استقالته.")).toEqual([
      ["المكتب الإعلامي لرئيس حكومة الإنقاذ", "نفى", "ما نشرته صحف محلية عن استقالته"],
    ]);
  });
});
