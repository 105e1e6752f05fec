// Session 21 (fit): the constructions Arabic batch 34 and English set AC turned up, each with made-up sentences
// (names, places and outlets that no fixture has).
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";
import { englishOn, said as saidEn } from "./english.ts";

const said = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.content.text]);
const dated = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.date]);
const en = englishOn("2026-10-15");

describe("a body's name joined by «و», then the day it spoke", () => {
  it("keeps the second construct when «اليوم», «أمس الأحد» stand before the complementizer", () => {
    expect(said("أعلنت وزارة الإسكان والتخطيط وتطوير المدن اليوم أن ألف وحدة سكنية سلمت.")).toEqual([
      ["وزارة الإسكان والتخطيط وتطوير المدن", "ألف وحدة سكنية سلمت"],
    ]);
    expect(said("وذكرت هيئة الطيران والملاحة وسلامة الأجواء أمس الأحد أن المطار استأنف رحلاته.")).toEqual([
      ["هيئة الطيران والملاحة وسلامة الأجواء", "المطار استأنف رحلاته"],
    ]);
  });
});

describe("a councillor's or an MP's seat «عن ولاية …» after where the council is", () => {
  it("belongs to the title: the name in apposition is the speaker, also of the participle after", () => {
    expect(
      said(
        "وأكد عضو المجلس البلدي لمحافظة ظفار عن ولاية صلالة، هلال بن سعيد المقبالي، أن السوق يحتاج إلى مظلات، داعيا البلدية إلى الإسراع.",
      ),
    ).toEqual([
      ["هلال بن سعيد المقبالي", "السوق يحتاج إلى مظلات"],
      ["هلال بن سعيد المقبالي", "البلدية إلى الإسراع"],
    ]);
  });
});

describe("the Gulf title «النوخذة» (a boat's master)", () => {
  it("is a title before the name, and alone it points back to him", () => {
    const text =
      'وقال النوخذة سالم جمعة المهندي، الذي يبحر منذ عشرين عاما، لـ"الراية" أمس: "البحر لم يعد كما كان". وأضاف النوخذة أن أسعار الشباك تضاعفت.';
    expect(dated(text)).toEqual([
      ["سالم جمعة المهندي", "2025-11-24"],
      ["سالم جمعة المهندي", "2025-11-24"],
    ]);
  });
});

describe("an agency relaying an official «نقلا عن X، Y، أن …»", () => {
  it("credits the official named in apposition, after the agency's day too", () => {
    expect(
      dated(
        "وذكرت وكالة الأنباء الكويتية (كونا) الأحد، نقلا عن مدير إدارة الموانئ بالهيئة، فيصل جاسم العنزي، أن الرصيف الجديد جاهز.",
      ),
    ).toEqual([["فيصل جاسم العنزي", "2025-11-23"]]);
  });
  it("credits the unnamed source, without the aside on its anonymity", () => {
    const c = run("وذكرت صحيفة الأيام، نقلا عن مصادر دبلوماسية، لم تسمها، أن الوفد سيصل الخميس.")[0];
    expect([c?.speaker.name, c?.speaker.mention?.text]).toEqual(["مصادر دبلوماسية", "مصادر دبلوماسية"]);
  });
});

describe("a time in the speaker's relative clause", () => {
  it("ranks below the day after the verb: the words are dated by «yesterday»", () => {
    const claims = en(
      "Bus conductor Samuel T. Koroma, who waited at a depot in Kissy for five hours last week, told the Freetown Herald yesterday that routes had been cut.\n“We cannot run on promises,” Koroma said.",
    );
    expect(claims.map((c) => [c.speaker.name, c.date])).toEqual([
      ["Samuel T. Koroma", "2026-10-14"],
      ["Samuel T. Koroma", "2026-10-14"],
    ]);
  });
});

describe("a body's dated statement, then «…, according to the body.»", () => {
  it("goes on with that statement's day in the next paragraph", () => {
    const claims = en(
      "Rutile output slumps\nOutput at the country's largest mine slumped in September, the mines ministry said on Monday.\nThe Sierra Rutile Corporation (SRC), which runs the dredge at Mogbwemo, said on Tuesday that output fell by a fifth.\nA second dredge will start work on October 30, according to the SRC.",
    );
    expect(saidEn(claims, "second dredge")?.date).toBe("2026-10-13");
  });
});

describe("acts and findings that report no words", () => {
  it("«officers found 40 kilograms of X in a lorry», «police found the body of …» tell a search, not a finding", () => {
    const claims = en(
      "Border Force officers found 40 kilograms of cannabis hidden in a lorry at Dover on Monday.",
    );
    expect(claims).toEqual([]);
    expect(en("Police found the body of a 52-year-old man in a drainage ditch near Fenton.")).toEqual([]);
    expect(en("Auditors found 12 contracts had been signed without a tender.")).toHaveLength(1);
    expect(en("The survey found lower rates of truancy in rural schools.")).toHaveLength(1);
  });
  it("«the committee has agreed to put £…» is a decision", () => {
    expect(
      en("ORKNEY Islands Council’s harbours committee has agreed to spend £2m on the Stromness pier."),
    ).toEqual([]);
    expect(en("The dockers' union agreed to pay the fine.")).toHaveLength(1);
  });
});

describe("«For X, the figures confirm what he has seen»", () => {
  it("is no claim of the figures, and the next «he said» is X's", () => {
    const claims = en(
      "For Aled Pritchard, who has farmed oysters on the Menai Strait for 30 years, the figures confirm what he has noticed.\n“The spat just stopped coming,” he said.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Aled Pritchard"]);
  });
});

describe("an opening «According to X, which …,»", () => {
  it("keeps the relative clause with the source; the words start after it", () => {
    const claims = en(
      "According to the Marine Conservation Society, which runs the annual beach clean, volunteers collected 9,000 bottles.",
    );
    expect(claims[0]?.content.text).toBe("volunteers collected 9,000 bottles");
  });
});

describe("a passive report inside a speaker's words", () => {
  it("is no claim of its own: «X said the industry was being blamed for …»", () => {
    const claims = en(
      "Gwen Tallis, who runs a campsite near Abersoch, said the caravan parks were being blamed for problems that start upstream.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["said"]);
  });
});

describe("the object of a verb of stance or of mourning after a full name", () => {
  it("is no family name: a body, a thing criticised, a noun before «الراحل»", () => {
    expect(said("وانتقدت النائبة هدى المصري الحكومة، معتبرة أنها تأخرت في صرف الرواتب.")).toEqual([
      ["هدى المصري", "الحكومة"],
      ["هدى المصري", "تأخرت في صرف الرواتب"],
    ]);
    expect(said("وانتقد النائب سامر الخطيب الموازنة العامة، معتبرا أنها متأخرة.")[0]).toEqual([
      "سامر الخطيب",
      "الموازنة العامة",
    ]);
    expect(said("ونعى رئيس البلدية كريم العلي الزميل الراحل، مؤكدا أنه كان مثالا للنزاهة.")[0]?.[0]).toBe(
      "كريم العلي",
    );
  });
});

describe("«Late on Monday the …» before a body's name", () => {
  it("is no part of the name or the mention", () => {
    const claims = en("Late on Monday the Ministry of Mines said the licence had been revoked.");
    expect(claims.map((c) => [c.speaker.name, c.speaker.mention?.text])).toEqual([
      ["Ministry of Mines", "the Ministry of Mines"],
    ]);
  });
});
