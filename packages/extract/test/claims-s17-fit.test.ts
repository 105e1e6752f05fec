// Session 17 (fit): rules for how news is written, found fitting Arabic batch 30 and English set Y and the
// Arabic leftovers of 1.61. Made-up sentences; no text here comes from a fixture.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";
import { englishOn } from "./english.ts";

// (a Monday)
const en = englishOn("2026-07-20");
const ar = (text: string) => run(text, "2026-07-20");
const arDates = (text: string) => ar(text).map((c) => [c.speaker.name, c.date]);
const arSpeakers = (text: string) => ar(text).map((c) => [c.speaker.name, c.content.text]);

describe("a date inside a proper name is no day of the story", () => {
  it("does not date a statement by «قصر 15 يناير» or «ساحة 14 آذار»", () => {
    expect(
      arDates(
        "وقال الوزير، في كلمة ألقاها أمس الأحد خلال حفل بقصر 15 يناير في العاصمة، إن النسبة «مرتفعة»، مبينا أن الوزارة ضاعفت عدد المراكز.",
      ),
    ).toEqual([
      ["الوزير", "2026-07-19"],
      ["الوزير", "2026-07-19"],
    ]);
    expect(
      arDates("وأكد النائب أمس الأحد، من ساحة 14 آذار، أن الحكومة «لن تصمد»، مضيفا أن الشارع معه."),
    ).toEqual([
      ["النائب", "2026-07-19"],
      ["النائب", "2026-07-19"],
    ]);
  });
  it('does not date a statement by "Palais du 15 Janvier" or "the 26 March Stadium"', () => {
    expect(
      en(
        'Speaking at the Palais du 15 Janvier, the minister said the rate was "the highest in a decade". The coach said at the 26 March Stadium that his side was ready.',
      ).map((c) => c.date),
    ).toEqual([null, null]);
  });
});

describe("Arabic names", () => {
  it("keeps «معلم» inside a Somali name («سعدية معلم إيدلي»)", () => {
    expect(
      arSpeakers(
        'وقالت مديرة مستشفى المدينة، الدكتورة سعدية معلم إيدلي، للصحيفة إن الجناح "ممتلئ". وأضافت: "نفد المخزون".',
      ).map(([s]) => s),
    ).toEqual(["سعدية معلم إيدلي", "سعدية معلم إيدلي"]);
  });
  it("does not name unnamed sources by the apposition on their town («، كبرى مدن الشمال،»)", () => {
    expect(
      arSpeakers("وأفادت مصادر طبية في نيالا، كبرى مدن الإقليم، بأن المستشفى «ممتلئ».").map(([s]) => s),
    ).toEqual(["مصادر طبية في نيالا"]);
    expect(
      arSpeakers("وقالت مصادر محلية في المكلا، عاصمة المحافظة، إن القصف «استمر».").map(([s]) => s),
    ).toEqual(["مصادر محلية في المكلا"]);
  });
  it("gives a body «في الولاية» the state the story named before it", () => {
    expect(
      arSpeakers(
        "ارتفعت الإصابات في مدينة كسلا، عاصمة ولاية كسلا الشرقية، إلى 300 حالة. وقالت وزارة الصحة في الولاية إن الوضع «مقلق».",
      ).map(([s]) => s),
    ).toEqual(["وزارة الصحة في ولاية كسلا الشرقية"]);
  });
});

describe("Arabic participles", () => {
  it("splits «، منبها إلى أن …» off the statement before it", () => {
    expect(
      arSpeakers(
        "وأوضح رئيس الهيئة، سامي نادر، أن ارتفاع الرسوم “مسؤول عن الزيادات”، منبها إلى أن على الأسر “مراجعة العقود قبل تجديدها”.",
      ),
    ).toEqual([
      ["سامي نادر", "ارتفاع الرسوم “مسؤول عن الزيادات”"],
      ["سامي نادر", "على الأسر “مراجعة العقود قبل تجديدها”"],
    ]);
  });
});

describe("English hearers and bodies", () => {
  it('reads a hearer\'s short form in brackets as part of the hearer ("told the … Committee (PAC) on Monday that")', () => {
    const [c] = en(
      "The agency's chief executive Mary Banda told Parliament's Public Accounts Committee (PAC) on Monday that 40 drugs were out of stock.",
      "2026-07-22",
    );
    expect([c?.content.text, c?.date]).toEqual(["40 drugs were out of stock", "2026-07-20"]);
  });
  it('names a body whose name lists its fields, with a slash inside a word ("Ethics, Law and HIV/AIDS")', () => {
    expect(
      en(
        "In a statement released yesterday, the Malawi Network on Ethics, Law and HIV/AIDS (MANELA) said it had received reports of shortages.",
      ).map((c) => c.speaker.name),
    ).toEqual(["Malawi Network on Ethics, Law and HIV/AIDS"]);
  });
  it('gives "The organisation" the body quoted last, whatever its kind', () => {
    expect(
      en(
        "The Lilongwe Legal Aid Network said on Friday it had received reports of evictions. The organisation warned that families would be left homeless.",
      ).map((c) => c.speaker.name),
    ).toEqual(["Lilongwe Legal Aid Network", "Lilongwe Legal Aid Network"]);
  });
});

describe("English contents that run on or report nothing", () => {
  it('keeps a passive "but told to …" inside the reported clause', () => {
    expect(
      en(
        "Grace Phiri, 58, said she had been given her inhaler but told to buy her heart pills at a private chemist.",
      ).map((c) => c.content.text),
    ).toEqual(["she had been given her inhaler but told to buy her heart pills at a private chemist"]);
  });
  it('reads no claim in "accounts showing higher running costs" or in a past promise of a thing', () => {
    expect(
      en(
        "The fees were raised after the clubs filed accounts showing higher running costs, the league said on Friday.",
      ).map((c) => [c.speaker.name, c.cue.text]),
    ).toEqual([["league", "said"]]);
    expect(
      en(
        "Opposition MP Ruth Banda said the council had promised cleaner streets last year and had “done nothing.”",
      ).map((c) => [c.speaker.name, c.cue.text]),
    ).toEqual([["Ruth Banda", "said"]]);
  });
});

describe("English dates", () => {
  it('dates "According to the Ministry, …" by the circular the Ministry sent just before', () => {
    expect(
      en(
        "Fees rise at 20 schools\nThe increases were approved after the schools filed their accounts, the Ministry said in a circular sent to schools on Thursday.\nAccording to the Ministry, the remaining schools will keep their current fees.",
      ).map((c) => [c.speaker.name, c.date]),
    ).toEqual([
      ["Ministry", "2026-07-16"],
      ["Ministry", "2026-07-16"],
    ]);
  });
});

describe("Arabic leftovers of 1.61", () => {
  it("keeps «ذي قار» whole in a body's name, an affiliation and before a person's name", () => {
    expect(arSpeakers("وقالت قيادة شرطة محافظة ذي قار في بيان إن الطريق «آمن».").map(([s]) => s)).toEqual([
      "قيادة شرطة محافظة ذي قار",
    ]);
    expect(arSpeakers("وقال النائب عن محافظة ذي قار علي حسن إن المشروع «متعثر».").map(([s]) => s)).toEqual([
      "علي حسن",
    ]);
    expect(ar("وأكد مسؤول في ذي قار أن المدارس «جاهزة».").map((c) => c.speaker.mention?.text)).toEqual([
      "مسؤول في ذي قار",
    ]);
  });
  it("keeps a state's long name and its «لدى» post in an envoy's title («سعادة سفير جمهورية … المتحدة لدى …»)", () => {
    expect(
      ar("وقال سعادة سفير جمهورية الجزر المتحدة لدى المملكة إن التعاون «يتوسع».").map((c) => c.speaker.name),
    ).toEqual(["سعادة سفير جمهورية الجزر المتحدة لدى المملكة"]);
    expect(
      ar("وقال سفير جمهورية مصر العربية سامح عادل إن التعاون «يتوسع».").map((c) => c.speaker.name),
    ).toEqual(["سامح عادل"]);
  });
  it("reads «لنساء إريتريا», «لعمال مصر» inside the body of a title, before «السيدة X»", () => {
    expect(
      ar(
        "وقالت رئيس الاتحاد الوطني لنساء جيبوتي السيدة فاطمة حسن إن المرأة «شريكة في البناء». وقال رئيس الاتحاد العام لعمال مصر منير سالم إن الأجور «متدنية».",
      ).map((c) => c.speaker.name),
    ).toEqual(["فاطمة حسن", "منير سالم"]);
  });
  it("ends a bare two-word name before a definite object and its adjective («المدرب X Y الجدول الزمني …»)", () => {
    expect(
      ar("وانتقد المدرب كارلوس منديز الجدول الزمني للدوري، معتبرا أنه «مرهق للاعبين».").map(
        (c) => c.speaker.name,
      ),
    ).toEqual(["كارلوس منديز", "كارلوس منديز"]);
  });
  it("names «سكان الحي» (and «سكان الحي القديم») after «أحد السكان» was quoted", () => {
    expect(
      ar(
        "وقال أحد السكان إن المياه «مقطوعة منذ أيام». واشتكى سكان الحي من الإهمال. واشتكى سكان الحي القديم من أن الطريق «مغلق».",
      ).map((c) => c.speaker.name),
    ).toEqual(["أحد السكان", "سكان الحي", "سكان الحي القديم"]);
  });
});
