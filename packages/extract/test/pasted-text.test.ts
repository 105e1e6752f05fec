// Text pasted from web pages and CMS copies: the furniture between paragraphs says nothing and breaks
// nothing around it. Made-up articles.
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";
import { withoutFurniture } from "../src/text/furniture.ts";

const claims = (text: string, lang: "en" | "ar") =>
  extract({ text, lang, publishedAt: "2026-11-30" }).claims.map((c) => [
    c.speaker.name,
    c.cue.text,
    c.content.text,
  ]);

describe("link lines to other stories", () => {
  it("gives no claim for 'Read more: …', 'ALSO READ | …' or a 'Related' label with its title on the next line", () => {
    const text = [
      "The council voted on Saturday to approve the new depot.",
      "Read more: Residents fear traffic as depot plan advances",
      "Councilman Raj Patel said the site was too close to two schools.",
      "ALSO READ | Teachers' union threatens strike over pay",
      "Related",
      "Drivers say new routes add an hour to their day",
      "The transit authority said construction would begin in March.",
    ].join("\n");
    expect(claims(text, "en")).toEqual([
      ["Raj Patel", "said", "the site was too close to two schools"],
      ["transit authority", "said", "construction would begin in March"],
    ]);
  });
  it("gives no claim for «اقرأ أيضا: …» nor for a link title under «اقرأ أيضاً» alone", () => {
    const text = [
      "قال وزير المالية أحمد كمال، الأحد، إن العجز سينخفض.",
      "اقرأ أيضا: الحكومة تعلن خطة لخفض الدين العام",
      "وأضاف كمال أن الدعم سيستمر.",
      "اقرأ أيضاً",
      "النقابات تطالب برفع الأجور",
      "وقال الخبير سامي حسن إن الأرقام متفائلة.",
    ].join("\n");
    expect(claims(text, "ar")).toEqual([
      ["أحمد كمال", "قال", "العجز سينخفض"],
      ["أحمد كمال", "أضاف", "الدعم سيستمر"],
      ["سامي حسن", "قال", "الأرقام متفائلة"],
    ]);
  });
});

describe("link lines whose label ends in dots", () => {
  it("gives no claim for «اقرأ أيضاً.. …», «اقرأ ايضا… …» or 'Read more... …'", () => {
    const ar =
      "قال الوزير إن الخطة جاهزة.\nاقرأ أيضاً.. الحكومة تعلن خطة لخفض الدين\nاقرأ ايضا… النقابات تطالب برفع الأجور";
    expect(claims(ar, "ar")).toEqual([["الوزير", "قال", "الخطة جاهزة"]]);
    expect(claims("Read more... Unions demand pay rise", "en")).toEqual([]);
  });
});

describe("furniture between a speaker and the words that follow", () => {
  it("keeps 'told the council:' with the quote after an 'Advertisement' line", () => {
    const text =
      'Mayor Linda Park told the council:\nAdvertisement\n"We have balanced the books without cutting a library."';
    expect(claims(text, "en")).toEqual([
      ["Linda Park", "told", '"We have balanced the books without cutting a library."'],
    ]);
  });
  it("names the lede's speaker from the body across a 'Share this article' line", () => {
    const text = [
      "Minister defends school closures",
      "Britain's education minister on Sunday defended plans to close 40 rural schools.",
      "Share this article",
      '"Small schools are hard to staff," Education Secretary Helen Ward told the BBC.',
    ].join("\n");
    const [lede] = extract({ text, lang: "en", publishedAt: "2026-11-30" }).claims.filter(
      (c) => c.cue.text === "defended",
    );
    expect(lede?.speaker.name).toBe("Helen Ward");
  });
});

describe("bylines, credits and editors' notes", () => {
  it("gives no claim for the byline «كتب: …»", () => {
    const text = "عجز الموازنة إلى تراجع\nكتب: محمد عبد الله\nقال وزير المالية أحمد كمال إن العجز سينخفض.";
    expect(claims(text, "ar")).toEqual([["أحمد كمال", "قال", "العجز سينخفض"]]);
  });
  it("gives no claim for a correction, in English or Arabic", () => {
    expect(
      claims(
        "Correction: An earlier version of this story said the vote was held on Tuesday.\nThe council leader said the homes were needed.",
        "en",
      ),
    ).toEqual([["council leader", "said", "the homes were needed"]]);
    expect(
      claims(
        "قال النائب سمير حداد إن الكتلة ستصوت ضد المشروع.\nتصحيح: ذكرت نسخة سابقة من هذا الخبر أن الجلسة يوم الثلاثاء.",
        "ar",
      ),
    ).toEqual([["سمير حداد", "قال", "الكتلة ستصوت ضد المشروع"]]);
  });
  it("blanks credits and furniture lines, and nothing of an ordinary paragraph", () => {
    const lines = [
      "Jane Doe/AP",
      "(Photo: Reuters)",
      "(صورة: أرشيفية)",
      "By Jane Doe and Omar Reyes, Staff Writers",
      "— Sarah Cole (@SarahColeMP) November 29, 2026",
      "إعلان",
    ];
    for (const line of lines)
      expect(withoutFurniture(`${line}\nNext.`)).toBe(`${" ".repeat(line.length)}\nNext.`);
    const caption = "Daniel Morse speaking in Bristol. Photograph: Ian Cole/PA";
    expect(withoutFurniture(caption).trimEnd()).toBe("Daniel Morse speaking in Bristol.");
    const body = [
      "By Monday, officials said the road would reopen.",
      "More than 40 people were hurt, police said.",
      "Read the full statement here, she said.",
      "كتب الوزير على حسابه: «لن نتراجع».",
    ].join("\n");
    expect(withoutFurniture(body)).toBe(body);
  });
});

describe("bulleted and numbered items", () => {
  it("reads a claim after «•», «*», «(2)» and «1)» in Arabic", () => {
    const text =
      "• قال الناصر إن القرار نهائي.\n* أكد المدير أن العمل مستمر.\n(2) قالت الوزارة إن الطريق مغلق.\n1) أوضح الوزير أن الرئيس قبل الاستقالة.";
    expect(claims(text, "ar").map(([, cue]) => cue)).toEqual(["قال", "أكد", "قالت", "أوضح"]);
  });
  it("leaves the number out of the speaker words: '(1) The mayor said …'", () => {
    const [c] = extract({ text: "(1) The mayor said the budget was balanced.", lang: "en" }).claims;
    expect(c?.speaker.mention?.text).toBe("The mayor");
  });
});

describe("direction marks pasted around Latin names and numbers", () => {
  it("leaves RLM and LRM out of the speaker's name; spans still quote the text as given", () => {
    const text =
      "\u200Fقال وزير التخطيط \u200Fزياد العلي\u200F، الثلاثاء، إن النمو بلغ \u200E2.5%\u200E. وقال النائب \u2067Michel Haddad\u2069 إن الكتلة ستصوت ضد المشروع.";
    const found = extract({ text, lang: "ar", publishedAt: "2026-11-30" }).claims;
    expect(found.map((c) => c.speaker.name)).toEqual(["زياد العلي", "Michel Haddad"]);
    for (const c of found) expect(text.slice(c.content.start, c.content.end)).toBe(c.content.text);
  });
});

describe("interviews in questions and answers", () => {
  it("keeps the label out of an answer's content: 'A. I will replant, he said, if …'", () => {
    const text = "Q. What will you do now?\nA. I will replant, he said, if the government helps.";
    const [c] = extract({ text, lang: "en" }).claims;
    expect(c?.content.text).toBe("I will replant, he said, if the government helps");
  });
  it("gives no claim for the interviewer's question, in English or Arabic", () => {
    expect(claims("Q: Why do critics say the plan failed?\nA: Nobody funded it.", "en")).toEqual([]);
    expect(
      claims("س: كيف ترى الوضع الاقتصادي؟\nج: الوضع صعب.\nس: هل تتوقع الحكومة انخفاض الأسعار؟", "ar"),
    ).toEqual([]);
  });
  it("still reads a question put in someone's words after a colon", () => {
    expect(claims('قال الوزير: "كيف نقبل بهذا؟"', "ar")).toEqual([["الوزير", "قال", '"كيف نقبل بهذا؟"']]);
  });
});

describe("an aside between dashes after the speaker (Arabic)", () => {
  it("starts the content after «إن» past «– طلب عدم ذكر اسمه –» and «—في رد على سؤال—»", () => {
    const text =
      'قال مسؤول مصري – طلب عدم ذكر اسمه – إن الوسطاء سيعقدون جولة جديدة.\nوتابع الوزير —في رد على سؤال— أن المفاوضات "تسير بشكل جيد".';
    expect(claims(text, "ar").map(([, , content]) => content)).toEqual([
      "الوسطاء سيعقدون جولة جديدة",
      'المفاوضات "تسير بشكل جيد"',
    ]);
  });
});

describe("an ellipsis closing the content", () => {
  it("leaves '…' out of the content, as '...' is: after a closing quote or ending the sentence", () => {
    const ar = claims('أكد الوزير أن "الدولة لن تتراجع"… مضيفا أن "الوقت ضيق".', "ar");
    expect(ar.map(([, , content]) => content)).toEqual(['"الدولة لن تتراجع"', '"الوقت ضيق"']);
    expect(claims("Smith said the plan was over…", "en")).toEqual([["Smith", "said", "the plan was over"]]);
  });
});

describe("live blogs stamped in hours ago", () => {
  const dates = (text: string, lang: "en" | "ar") =>
    extract({ text, lang, publishedAt: "2026-11-30" }).claims.map((c) => [c.date, c.dateSource?.text]);
  it("dates the posts under «منذ 3 ساعات» and «منذ 10 دقائق» on the day of publication", () => {
    const text =
      "تغطية مباشرة\nمنذ 10 دقائق\nأعلن حزب الاستقلال أنه سيطعن في النتائج.\nمنذ 3 ساعات\nقال رئيس الهيئة إن الفرز سيبدأ مساء.";
    expect(dates(text, "ar")).toEqual([
      ["2026-11-30", "منذ 10 دقائق"],
      ["2026-11-30", "منذ 3 ساعات"],
    ]);
  });
  it("dates the posts under '2 hours ago' on the day of publication", () => {
    const text =
      "Election live\n2 hours ago\nThe electoral commission said turnout had reached 35%.\n45 minutes ago\nThe Liberal Party said it would appeal.";
    expect(dates(text, "en")).toEqual([
      ["2026-11-30", "2 hours ago"],
      ["2026-11-30", "2 hours ago"],
    ]);
  });
});

describe("a kicker before the headline", () => {
  it("reads the Arabic headline's speaker after «عاجل |» or «عاجل:»", () => {
    for (const kicker of ["عاجل | ", "عاجل: "]) {
      const text = `${kicker}وزير الخارجية: لا تفاوض تحت النار\nأكد وزير الخارجية فيصل العمر أن المملكة لن تتفاوض.`;
      const [headline] = claims(text, "ar");
      expect(headline).toEqual(["فيصل العمر", ":", "لا تفاوض تحت النار"]);
    }
  });
});

describe("a quote resumed after a dash", () => {
  it("keeps '“A,” said X, the director — “B.”' one claim, as with a comma", () => {
    const text =
      '"Our offer is fair," said Tom Baker, the authority\'s director — "more than fair, actually."';
    const [c, ...rest] = extract({ text, lang: "en" }).claims;
    expect(rest).toEqual([]);
    expect(c?.content.text.endsWith('"more than fair, actually."')).toBe(true);
    expect(c?.kind).toBe("direct");
  });
});

describe("a quotation, then «هكذا» opening the next sentence", () => {
  it("gives the quotation to the speaker after «هكذا قال/ردّ», past «.» or «…», and never «هكذا» as a speaker", () => {
    for (const text of [
      "«لن نقبل بأي تسوية». هكذا قال القيادي في الحركة ماهر يوسف.",
      "«لن نقبل بأي تسوية»… هكذا ردّ القيادي في الحركة ماهر يوسف على المقترح.",
    ])
      expect(claims(text, "ar")).toEqual([
        ["ماهر يوسف", text.includes("ردّ") ? "ردّ" : "قال", "«لن نقبل بأي تسوية»"],
      ]);
  });
});
