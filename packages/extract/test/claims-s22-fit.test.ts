// Session 22 (fit): the constructions Arabic batch 35 and English set AD turned up, each with made-up sentences
// (names, places and outlets that no fixture has).
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";
import { englishOn } from "./english.ts";

const said = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.content.text]);
const en = englishOn("2026-10-15");
const enSaid = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text, c.date]);

describe("a minister of two portfolios, the first of two words ('Natural Resources and Commerce Minister X')", () => {
  it("is one title before the person, not two people joined by 'and'", () => {
    expect(
      enSaid(
        "Natural Resources and Commerce Minister Halima Orsted told lawmakers that the levy would stay.",
      ),
    ).toEqual([["Halima Orsted", "the levy would stay", null]]);
    expect(
      enSaid("Primary Industries and Energy Minister Corwin Blaise said ferry fares would rise."),
    ).toEqual([["Corwin Blaise", "ferry fares would rise", null]]);
    expect(enSaid("Foreign Affairs and Trade Minister Odile Marsh said the talks had stalled.")).toEqual([
      ["Odile Marsh", "the talks had stalled", null],
    ]);
  });
  it("and her pronoun in the next quote goes to her with her day, not to the body quoted before", () => {
    const text =
      "The Kestrel Mining Company said on Monday that the spill was contained. " +
      "Mineral Resources and Water Minister Petra Vanek said on Tuesday the inquiry would go ahead. " +
      "“Nobody is above the rules,” she said.";
    expect(enSaid(text)).toEqual([
      ["Kestrel Mining Company", "the spill was contained", "2026-10-12"],
      ["Petra Vanek", "the inquiry would go ahead", "2026-10-13"],
      ["Petra Vanek", "“Nobody is above the rules,”", "2026-10-13"],
    ]);
  });
  it("also as the office alone with its holder in apposition ('The … and Commerce Minister, X, said')", () => {
    expect(
      enSaid("The Marine Resources and Commerce Minister, Tavita Reupena, said the quota would be cut."),
    ).toEqual([["Tavita Reupena", "the quota would be cut", null]]);
    expect(enSaid("The Commerce Minister, Lindiwe Maseko, said the quota would be cut.")).toEqual([
      ["Lindiwe Maseko", "the quota would be cut", null],
    ]);
  });
  it("still splits two people when the first is a person's name", () => {
    const claims = en("Amos Kettering and Finance Minister Lydia Brandt said the budget was balanced.");
    expect(claims[0]?.speaker.name).toBe("Amos Kettering");
  });
});

describe("a long academic title, then «د.» and the name with no comma", () => {
  it("names the person after the field, the faculty and the university", () => {
    expect(
      said(
        "وقال أستاذ هندسة المياه في كلية الزراعة بجامعة الموصل د. رياض فاضل النعيمي لـ«الصباح» أمس: «الآبار تجف قبل الصيف».",
      ),
    ).toEqual([["رياض فاضل النعيمي", "«الآبار تجف قبل الصيف»"]]);
    expect(said("وقالت أستاذة علم النفس بجامعة وهران د. سعاد بلقاسم إن الامتحانات ترهق التلاميذ.")).toEqual([
      ["سعاد بلقاسم", "الامتحانات ترهق التلاميذ"],
    ]);
    expect(said("وقال أستاذ الاقتصاد الزراعي د. مازن عوض الحربي إن الأسعار سترتفع.")).toEqual([
      ["مازن عوض الحربي", "الأسعار سترتفع"],
    ]);
  });
  it("also with «الدكتور» after the university and no comma", () => {
    expect(
      said("وأكد أستاذ طب الأسنان في كلية الطب بجامعة حلب الدكتور نزار سليم الأحمد أن العيادات مكتظة."),
    ).toEqual([["نزار سليم الأحمد", "العيادات مكتظة"]]);
  });
});

describe("«أ.د.» (professor doctor) before the name", () => {
  it("is an abbreviated honorific, joined or spaced, after a short or a long title", () => {
    expect(said("وقالت عميدة كلية الصيدلة أ.د. هالة منير السقا إن الدواء متوفر.")).toEqual([
      ["هالة منير السقا", "الدواء متوفر"],
    ]);
    expect(
      said("وقال أستاذ الجيولوجيا في كلية العلوم بجامعة دمشق أ. د. وائل حسن العلي إن التربة مشبعة بالمياه."),
    ).toEqual([["وائل حسن العلي", "التربة مشبعة بالمياه"]]);
  });
});

describe("a student known by her field («طالبة الدراسات العليا X»)", () => {
  it("is a description before the name, also with a relative aside before «إن»", () => {
    expect(
      said(
        'فيما تقول طالبة الهندسة المدنية ريم كاظم الساعدي، التي تسكن في الكرادة، إن الحافلة "تتأخر كل يوم".',
      ),
    ).toEqual([["ريم كاظم الساعدي", 'الحافلة "تتأخر كل يوم"']]);
    expect(said("وقال طالب الطب البيطري حيدر جواد إن المختبرات تفتقر إلى الأجهزة.")).toEqual([
      ["حيدر جواد", "المختبرات تفتقر إلى الأجهزة"],
    ]);
  });
});

describe("a stance on a thing told by «قائلا … إن»", () => {
  it("is one claim, the words after «قائلا»; the stance's object is none of its own", () => {
    expect(
      said(
        'وانتقد عضو مجلس المحافظة، المهندس كريم صادق الزبيدي، خطة النقل الجديدة، قائلا لـ«الشرق» إن "الخطة ولدت ميتة".',
      ),
    ).toEqual([["كريم صادق الزبيدي", '"الخطة ولدت ميتة"']]);
  });
  it("keeps the stance as a claim when a participle of another verb follows («معتبرا أن»)", () => {
    expect(said("وانتقد مدرب الفريق، سامي وهبة، جدول الدوري، معتبرا أن فريقه منهك.")).toEqual([
      ["سامي وهبة", "جدول الدوري"],
      ["سامي وهبة", "فريقه منهك"],
    ]);
  });
});

describe("a body named for the owners or drivers of something («لأرباب …», «لسائقي …»)", () => {
  it("keeps the whole chain and the state it is in, with the aside before the object of «دعت»", () => {
    expect(
      said(
        "ودعت الجمعية الوطنية لأرباب محطات غسل السيارات بالمغرب، في بلاغ أصدرته أمس الأحد، وزارة الداخلية إلى «مراجعة الرسوم».",
        "2026-11-16",
      ),
    ).toEqual([["الجمعية الوطنية لأرباب محطات غسل السيارات بالمغرب", "وزارة الداخلية إلى «مراجعة الرسوم»"]]);
    expect(said("وقالت النقابة المستقلة لسائقي الشاحنات الثقيلة إن الطرق مغلقة.")).toEqual([
      ["النقابة المستقلة لسائقي الشاحنات الثقيلة", "الطرق مغلقة"],
    ]);
    expect(said("وأكدت الرابطة الوطنية لأصحاب المطاحن أن القمح متوفر.")).toEqual([
      ["الرابطة الوطنية لأصحاب المطاحن", "القمح متوفر"],
    ]);
  });
});

describe("«حسب ما أفادت به X لـ<outlet in Latin script>»", () => {
  it("names the sources, not the outlet told", () => {
    expect(
      said("وحسب ما أفادت به مصادر نقابية لـHespress أمس الجمعة، ستتوقف الحافلات عن العمل.", "2026-11-21"),
    ).toEqual([["مصادر نقابية", "ستتوقف الحافلات عن العمل"]]);
  });
});
