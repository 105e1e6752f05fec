// Session 21 (arprobe): what a probe of Arabic reports in the styles of outlets the sets do not cover turned
// up about naming the speaker. Made-up sentences; no text here comes from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);

describe("Moroccan family names with «آيت»", () => {
  it("name the title holder in an apposition, also when the family name is an honorific", () => {
    expect(said("وأكد رئيس جماعة إمليل، حسن آيت الحاج، في تصريح للموقع، أن القنطرة ستفتح قريبا.")).toEqual([
      ["حسن آيت الحاج", "القنطرة ستفتح قريبا"],
    ]);
    expect(said("وقالت المديرة الإقليمية للصحة، سعاد أيت الشيخ، إن المستوصف سيجهز بسيارة إسعاف.")).toEqual([
      ["سعاد أيت الشيخ", "المستوصف سيجهز بسيارة إسعاف"],
    ]);
  });
});

describe("an unnamed source with a nisba and a ب-workplace", () => {
  it("keeps the workplace in the source and the complementizer's clause as content", () => {
    expect(said("وقال مصدر نقابي بالمحطة الطرقية لفاس، في تصريح للجريدة، إن السائقين سيضربون غدا.")).toEqual([
      ["مصدر نقابي بالمحطة الطرقية لفاس", "السائقين سيضربون غدا"],
    ]);
    expect(said("وأفاد مصدر إداري بسوق السمك، في اتصال هاتفي، أن الأسعار تراجعت.")).toEqual([
      ["مصدر إداري بسوق السمك", "الأسعار تراجعت"],
    ]);
  });
});

describe("«نقلا عن» a titled name between commas, after a day", () => {
  it("gives the one relayed, not the paper", () => {
    expect(
      said("وذكرت صحيفة محلية، أمس، نقلا عن مدير الميناء، كريم بن عيسى، أن السفينة ستغادر الأحد."),
    ).toEqual([["كريم بن عيسى", "السفينة ستغادر الأحد"]]);
  });
  it("keeps the paper when an occasion follows the source", () => {
    expect(said("وذكرت صحيفة محلية، نقلا عن مصدر أمني، في تصريح خاص، أن الطريق أغلق.")[0]?.[0]).toBe(
      "صحيفة محلية",
    );
  });
});

describe("the commander «آمر»", () => {
  it("is a title before its holder's rank and name", () => {
    expect(said("وقال آمر الكتيبة الخامسة، العقيد فرج سالم المنفي، إن قواته انسحبت من الجسر.")).toEqual([
      ["فرج سالم المنفي", "قواته انسحبت من الجسر"],
    ]);
  });
});

describe("a plural of people after a name and a verb of appeal", () => {
  it("is the one appealed to, also when a body's name made the word known", () => {
    const text =
      "وقال رئيس نقابة الأطباء البيطريين، سالم عوض أبو زيد، إن العيادات مغلقة. ودعا أبو زيد البيطريين إلى الالتزام بالإضراب.";
    expect(said(text)[1]).toEqual(["سالم عوض أبو زيد", "البيطريين إلى الالتزام بالإضراب"]);
  });
});

describe("the given name «فالح»", () => {
  it("is no «فألح» (insisted) inside a name, still the verb opening a clause", () => {
    expect(said("وقال النائب ماجد فالح العتيبي إن الجلسة تأجلت.")).toEqual([
      ["ماجد فالح العتيبي", "الجلسة تأجلت"],
    ]);
    expect(said("فالح الوزير على ضرورة الإسراع في المشروع.")[0]?.[0]).toBe("الوزير");
  });
});

describe("the headman «مختار» before the village or quarter he heads", () => {
  it("is a title, also before a quarter's number, and «المختار» alone points back to him", () => {
    const text =
      "وقال مختار قرية العين البيضاء، سالم حمود الدليمي، إن الجسر انهار ليلا. وأضاف المختار أن الأهالي معزولون.";
    expect(said(text)).toEqual([
      ["سالم حمود الدليمي", "الجسر انهار ليلا"],
      ["سالم حمود الدليمي", "الأهالي معزولون"],
    ]);
    expect(said("وقال مختار محلة 312 في الشعلة، جاسم كاظم الموسوي، إن الشارع غرق.")).toEqual([
      ["جاسم كاظم الموسوي", "الشارع غرق"],
    ]);
  });
  it("stays a given name before a name", () => {
    expect(said("وقال مختار سعيد الهاشمي إن الشارع غرق.")[0]?.[0]).toBe("مختار سعيد الهاشمي");
  });
});

describe("the coach «الإطار الوطني»", () => {
  it("is a title before the name, in an apposition or not; «الإطار التنسيقي» stays a body", () => {
    expect(said("وقال مدرب الوداد، الإطار الوطني سعيد بلخياط، إن الفريق جاهز للمباراة.")).toEqual([
      ["سعيد بلخياط", "الفريق جاهز للمباراة"],
    ]);
    expect(said("وقال الإطار التقني كمال الزياني إن الحصة التدريبية أجلت.")[0]?.[0]).toBe("كمال الزياني");
    expect(said("وقال الإطار التنسيقي في بيان إن المفاوضات مستمرة.")[0]?.[0]).toBe("الإطار التنسيقي");
  });
});

describe("the field marshal «المشير»", () => {
  it("is a rank in an apposition and a title alone, the participle «مشيرا إلى» still a cue", () => {
    expect(
      said("وقال قائد الجيش، المشير الركن ناصر عوض القيسي، إن القوات انسحبت، مشيرا إلى أن الهدنة صامدة."),
    ).toEqual([
      ["ناصر عوض القيسي", "القوات انسحبت"],
      ["ناصر عوض القيسي", "الهدنة صامدة"],
    ]);
  });
});

describe("a body named with «الله» in a ل-genitive", () => {
  it("belongs to the title before the named holder", () => {
    expect(said("وقال عضو المجلس السياسي لأنصار الله، فهد سالم المروني، إن المفاوضات متوقفة.")).toEqual([
      ["فهد سالم المروني", "المفاوضات متوقفة"],
    ]);
  });
});

describe("a name of three words, then its title in construct with a body", () => {
  it("ends the subject after the title phrase", () => {
    expect(said("وقال خالد سعيد المنصوري مدير إدارة الدفاع المدني إن الحريق أخمد.")).toEqual([
      ["خالد سعيد المنصوري", "الحريق أخمد"],
    ]);
  });
});
