// Session 27 (arprobe): Arabic shapes the lane's made-up probes showed. Made-up sentences; no text here comes
// from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);

describe("a given name compounded with «الله», «الدين» … in a long name («عطا الله», «سر الختم»)", () => {
  it("is one word of the name, so a family name with «أبو» after four words is still read", () => {
    expect(
      said(
        'وقال الأمين العام لاتحاد المزارعين عطا الله حسن الأمين أبو زيد لـ"الرأي" أمس، إن المصنع توقف عن العمل.',
      ),
    ).toEqual([["عطا الله حسن الأمين أبو زيد", "المصنع توقف عن العمل"]]);
  });
  it("lets a five-word name between commas after a title be its apposition", () => {
    expect(
      said("وقال وزير الزراعة بولاية كسلا، الصادق عثمان أحمد سر الختم، إن الموسم الزراعي ناجح."),
    ).toEqual([["الصادق عثمان أحمد سر الختم", "الموسم الزراعي ناجح"]]);
  });
});

describe("the Sudanese «ود» (son of) inside a name", () => {
  it("joins the name's words like «ولد»", () => {
    expect(said("وحذر الخبير الزراعي الدكتور عبد الباقي حسن ود الزين من أن الجفاف سيضرب المحصول.")).toEqual([
      ["عبد الباقي حسن ود الزين", "الجفاف سيضرب المحصول"],
    ]);
  });
});

describe("a trade title in construct with what it works on («سائق سيارة الأجرة», «صاحب محل الخضار»)", () => {
  it("is all the title, before the worker's name", () => {
    expect(
      said('"الطابور من الصبح للمغرب"، يقول سائق سيارة الأجرة سالم عبد الله الفيتوري لـ"الوسط" أمس.'),
    ).toEqual([["سالم عبد الله الفيتوري", '"الطابور من الصبح للمغرب"']]);
    expect(said("وقال صاحب محل الخضار منير عبد الله الشريف إن الأسعار ارتفعت.")).toEqual([
      ["منير عبد الله الشريف", "الأسعار ارتفعت"],
    ]);
  });
});

describe("a committee «في» a body named with its «لـ» genitive («في النقابة العامة لأصحاب …») before the name", () => {
  it("is all the title, and the name after it the speaker", () => {
    expect(
      said("وقال رئيس لجنة المخابز في الاتحاد العام لأصحاب المهن الحرة سامي خليل العمري إن الإضراب مستمر."),
    ).toEqual([["سامي خليل العمري", "الإضراب مستمر"]]);
  });
});

describe("a body «بالولاية» after a title placed «بولاية البحر الأحمر» with the holder's name right after", () => {
  it("takes the state's name, not the holder's first names", () => {
    expect(
      said(
        "وقال رئيس اتحاد الصيادين بولاية البحر الأحمر خالد محمد الزين إن الصيد توقف. " +
          "من جهتها، أعلنت وزارة الثروة الحيوانية بالولاية، في بيان، أنها ستدعم الصيادين.",
      ),
    ).toEqual([
      ["خالد محمد الزين", "الصيد توقف"],
      ["وزارة الثروة الحيوانية بولاية البحر الأحمر", "ستدعم الصيادين"],
    ]);
  });
});

const dated = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.date]);

describe("«وخلالها أكد X أن …»: a preposition with a pronoun back to an event, then the verb and its subject", () => {
  it("is the verb's claim, said by the subject after it on the event's day", () => {
    expect(
      dated(
        "وكانت البلدية قد نظمت يوم الأحد لقاء مع التجار، وخلاله أكد رئيس البلدية المهندس سامر خليل العتوم أن الأسواق ستفتح.",
        "2025-11-25",
      ),
    ).toEqual([["سامر خليل العتوم", "2025-11-23"]]);
  });
});

describe("«ويقول بلهجته: …»: how the speaker said it, with its pronoun, after the verb", () => {
  it("is no subject; the quote is the last speaker's", () => {
    expect(
      said('وقال التاجر سالم حمد العنزي إن السوق راكد، ويقول بلهجته: "ما فيه بيع ولا شراء".').map(
        (c) => c[0],
      ),
    ).toEqual(["سالم حمد العنزي", "سالم حمد العنزي"]);
  });
});

describe("«نقلت الوكالة عن X قوله خلال جولة … أمس، إن …»: the occasion and day between «قوله» and «إن», no comma before", () => {
  it("starts the content after «إن» and dates it by the day in the occasion", () => {
    const text =
      "ونقلت الوكالة الرسمية عن وزير النقل قوله خلال جولة ميدانية في الميناء أمس، إن الأرصفة الجديدة جاهزة.";
    expect(said(text)).toEqual([["وزير النقل", "الأرصفة الجديدة جاهزة"]]);
    expect(dated(text, "2025-11-25")).toEqual([["وزير النقل", "2025-11-24"]]);
  });
});

describe("«صلب» (within, Tunisian) tying a chamber to its union, before the name between commas", () => {
  it("is part of the title; the name is the speaker", () => {
    expect(
      said(
        "وقال رئيس الغرفة الوطنية لمصدري التمور صلب الاتحاد التونسي للفلاحة، السيد الهادي بن صالح، إن الصادرات تراجعت.",
      ),
    ).toEqual([["الهادي بن صالح", "الصادرات تراجعت"]]);
  });
});

describe("a noun spelled like a feminine participle opening the headline («ملوحة», salinity)", () => {
  it("is no participle cue: nothing before it can have said it", () => {
    expect(
      said(
        "ملوحة النهر ترتفع.. والسكان يشترون الماء\nقال مدير الدائرة سامي حسن العلي أمس إن الملوحة مرتفعة.",
      ),
    ).toEqual([["سامي حسن العلي", "الملوحة مرتفعة"]]);
  });
});

describe("«بحسب الخطة المعلنة …», «وفق الجدول الزمني»: a plan or a schedule after a nominal cue", () => {
  it("is what things go by, no one who says it", () => {
    expect(said("وتبدأ أعمال الصيانة الأسبوع المقبل، بحسب الخطة المعلنة على موقع البلدية.")).toEqual([]);
    expect(said("وستفتتح المدرسة في أيلول، وفق الجدول الزمني الذي وضعته الوزارة.")).toEqual([]);
  });
});
