// Session 27 (arfit): Arabic shapes of batch 40 and leftovers of earlier sessions. Made-up sentences; no text
// here comes from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);
const cued = (text: string) => run(text).map((c) => [c.speaker.name, c.cue.text, c.content.text]);

describe("a lawyer's court after the title («المحامي بالنقض X»)", () => {
  it("is the title, not the verb's object", () => {
    expect(
      said("وأوضح المحامي بالاستئناف سامي فؤاد الدمرداش، في حديثه للصحيفة، أن الحكم قابل للطعن."),
    ).toEqual([["سامي فؤاد الدمرداش", "الحكم قابل للطعن"]]);
  });
});

describe("a quotation told after it to the outlet's reporter who visited («لمراسل X الذي زاره …»)", () => {
  it("is the quotation of the breeder named after the verb", () => {
    expect(
      cued(
        '"المرعى راح والماي مالح"، يروي المربي حمد سالم الكعبي لمراسل الوطن الذي زاره في بيته على ضفة النهر مساء الأحد.',
      ),
    ).toEqual([["حمد سالم الكعبي", "يروي", '"المرعى راح والماي مالح"']]);
  });
});

describe("«ويتابع X، وهو يشير إلى …: …» (a circumstantial clause before the colon, then a quotation)", () => {
  it("is the quotation of the speaker, the scene out, and no claim of «وهو»", () => {
    expect(
      said(
        'ويتابع سالم حسن جابر، وهو يشير إلى بيته المهدوم: "هنا كانت غرفة أولادي"، متسائلا عن مصير التعويضات.',
      ),
    ).toEqual([["سالم حسن جابر", '"هنا كانت غرفة أولادي"']]);
  });
});

describe("an agency's «نقلاً عن X، بأن …» with the tanwin written", () => {
  it("is said by the one relayed", () => {
    expect(
      said(
        "وأفادت وكالة الأنباء الأردنية (بترا)، مساء الإثنين، نقلاً عن مدير الأرصاد الجوية سامر خالد العمري، بأن الأمطار ستستمر.",
      ),
    ).toEqual([["سامر خالد العمري", "الأمطار ستستمر"]]);
  });
});

describe("«فـ…، على حد قوله.» (the writer's tag on a sentence of the speaker's words, after them)", () => {
  it("is a claim of the speaker just quoted, from after the «ف»", () => {
    expect(
      cued(
        'وقال رئيس النقابة سامي فؤاد الدمرداش إن الأعضاء "من صغار التجار". فأسعار الإيجار تضاعفت ثلاث مرات خلال عام، على حد قوله.',
      ),
    ).toEqual([
      ["سامي فؤاد الدمرداش", "قال", 'الأعضاء "من صغار التجار"'],
      ["سامي فؤاد الدمرداش", "على حد قوله", "أسعار الإيجار تضاعفت ثلاث مرات خلال عام"],
    ]);
  });
});

describe("a quotation, then «، بهذه الكلمات عبّر X عن …» and «بهذه الكلمات لخّص X غضب …»", () => {
  it("is the quotation, of several sentences, told with «عبّر»", () => {
    expect(
      cued(
        '"عشت هنا عمري كله. يعني إيه أسيبها؟ أروح فين؟"، بهذه الكلمات عبّر الحاج سالم حسن جابر، أحد سكان الحي، عن مخاوفه خلال حديثه لـ"الوطن" أمس.',
      ),
    ).toEqual([["سالم حسن جابر", "عبّر", '"عشت هنا عمري كله. يعني إيه أسيبها؟ أروح فين؟"']]);
  });
  it("ends the speaker before the feeling summed up", () => {
    expect(said('"لن نسكت بعد اليوم". بهذه الكلمات لخّص محمد العلوي غضب زملائه.')).toEqual([
      ["محمد العلوي", '"لن نسكت بعد اليوم"'],
    ]);
  });
});

describe("a professor's field joined by «و» and his university before «الدكتور X»", () => {
  it("is the title, the name after the honorific the speaker; a quotation after «و» makes it mixed", () => {
    const [c] = run(
      'ورأى أستاذ علوم الأرض والبيئة في جامعة بغداد الدكتور سالم حسن جابر، في اتصال مع "الوطن"، أن المخلفات تحتاج سنوات حتى تتحلل، و"الأرض لم تعد تحتمل".',
    );
    expect([c?.speaker.name, c?.kind]).toEqual(["سالم حسن جابر", "mixed"]);
  });
});

describe("leftovers: «الأمين ولد X», a trade of the form فعّال before a name, «ومنهم …» after the speaker", () => {
  it("reads «الأمين ولد أحمد» as one name", () => {
    expect(said("وقال الأمين ولد أحمد إن الطريق مقطوعة.")).toEqual([["الأمين ولد أحمد", "الطريق مقطوعة"]]);
  });
  it("reads «الكسال محمد العلوي» as the trade and the name", () => {
    expect(said("وقال الكسال محمد العلوي إن الزبائن قلوا.")).toEqual([["محمد العلوي", "الزبائن قلوا"]]);
  });
  it("skips the aside «، ومنهم …،» to the clause", () => {
    expect(said("ويؤكد الأهالي، ومنهم الحاج محمد سالم العلوي، أن الماء مالح منذ شهور.")).toEqual([
      ["الأهالي", "الماء مالح منذ شهور"],
    ]);
  });
});
