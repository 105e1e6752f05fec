// Session 23 (arprobe): Arabic speakers the lane's probes found. Made-up sentences; no text here comes from a
// fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);

describe("a preposition with a pronoun after a title word", () => {
  it("is no name: «المفوض لها» in a quotation is no official for a later «المسؤول»", () => {
    expect(
      said(
        'وقال رئيس بلدية المدينة، سعيد الكتاني، إن "الوكالة المفوض لها تسيير الحافلات أخلفت وعودها". وأضاف المسؤول أن المجلس سيجتمع قريبا.',
      ),
    ).toEqual([
      ["سعيد الكتاني", '"الوكالة المفوض لها تسيير الحافلات أخلفت وعودها"'],
      ["سعيد الكتاني", "المجلس سيجتمع قريبا"],
    ]);
  });
});

describe("the Maghreb press's «الفاعل الجمعوي» / «الفاعلة الجمعوية»", () => {
  it("is a title before a name", () => {
    expect(said("وقال الفاعل الجمعوي يحيى المودن إن الطريق متضررة.")).toEqual([
      ["يحيى المودن", "الطريق متضررة"],
    ]);
  });

  it("alone, names the woman quoted before, not a man called «المسؤول» earlier", () => {
    expect(
      said(
        "قال مسؤول في الجماعة إن الإنارة ستعود. وأضاف المسؤول أن الأشغال بدأت. وقالت نادية الحمري، رئيسة جمعية النور للتنمية، إن الحي بلا إنارة منذ شهر. وأضافت الفاعلة الجمعوية أن السكان راسلوا العمالة.",
      ).map(([name]) => name),
    ).toEqual(["مسؤول في الجماعة", "مسؤول في الجماعة", "نادية الحمري", "نادية الحمري"]);
  });
});

describe("a described person named in an aside before the verb", () => {
  it("speaks by the name of «، ويدعى X،» / «، وتدعى X،»", () => {
    expect(said("لكن أحد التجار، ويدعى رضا الشاذلي، قال إن الأسعار تضاعفت.")).toEqual([
      ["رضا الشاذلي", "الأسعار تضاعفت"],
    ]);
    expect(said("إحدى المعلمات، وتدعى سلوى بن عمر، قالت إن الأقسام مكتظة.")).toEqual([
      ["سلوى بن عمر", "الأقسام مكتظة"],
    ]);
  });
});

describe("a relay's «قوله» with the day between commas", () => {
  it("leaves the day out of the content and dates the words by it", () => {
    const [c] = run("ونقلت الصحيفة عن وزير النقل، كمال الدباغ، قوله، أمس الإثنين، إن الخط سيفتح قريبا.");
    expect([c?.speaker.name, c?.content.text, c?.date]).toEqual([
      "كمال الدباغ",
      "الخط سيفتح قريبا",
      "2025-11-24",
    ]);
  });
});

describe("the Egyptian staff grade «أركان حرب» after a military rank", () => {
  it("is part of the rank, not of the name", () => {
    expect(said("وقال العميد أركان حرب ممدوح سالم إن الكوبري سيفتح غدا.")).toEqual([
      ["ممدوح سالم", "الكوبري سيفتح غدا"],
    ]);
  });
});

describe("a headline's title in bare construct", () => {
  it("ending in a place's name («مدير صحة X») names the one the body gives that office", () => {
    const claims = run(
      "مدير صحة لحج: المستشفيات تستقبل الحالات مجانا\nلحج - خاص\nوقال مدير مكتب الصحة بمحافظة لحج، الدكتور فهمي ناصر، إن العلاج مجاني.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["فهمي ناصر", "فهمي ناصر"]);
  });

  it("with a verbal noun «تفعيل» after the title («مدير تعليم X») keeps it as a title, not a verb", () => {
    const claims = run(
      "مدير تعليم المنيا: لا تأجيل للامتحانات\nكتب- محمود:\nوقال مدير مديرية التربية والتعليم بالمنيا، عادل شوقي، إن الامتحانات في موعدها.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["عادل شوقي", "عادل شوقي"]);
  });
});

describe("a statement issued in the pluperfect, then «قالت فيه»", () => {
  it("is the issuer's, named between «كانت» and «قد»", () => {
    expect(
      said('وكانت رابطة الصيادلة بالولاية قد أصدرت بيانا أمس قالت فيه إن "الأدوية متوفرة بالمخازن".'),
    ).toEqual([["رابطة الصيادلة بالولاية", '"الأدوية متوفرة بالمخازن"']]);
  });
});

describe("an aside «، وهو/وهي …،» opening with a noun of people", () => {
  it("describes the titled person named before it, names no one («وهي ربة منزل»)", () => {
    expect(said("وقال حاج عثمان بابكر الأمين، وهو رب أسرة، إن الخبز صار نادرا.")).toEqual([
      ["عثمان بابكر الأمين", "الخبز صار نادرا"],
    ]);
    expect(said("وقالت حاجة سكينة آدم، وهي ربة منزل، إن الخبز صار نادرا.")).toEqual([
      ["سكينة آدم", "الخبز صار نادرا"],
    ]);
  });
});

describe("a body placed by «لـ» and a place noun, then where it spoke", () => {
  it("keeps «لمدينة X» / «لإقليم X» in its name before «في بيان»", () => {
    expect(said("وقالت السلطات المحلية لإقليم الحسيمة في بيان إن الطريق فتحت.")).toEqual([
      ["السلطات المحلية لإقليم الحسيمة", "الطريق فتحت"],
    ]);
    expect(said("وأكد المجلس البلدي لمدينة مكناس في بلاغ أن الأشغال ستنتهي.")).toEqual([
      ["المجلس البلدي لمدينة مكناس", "الأشغال ستنتهي"],
    ]);
  });
});
