import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "../src/types.ts";
import { brief, run } from "./arabic.ts";
import { scoreGold } from "./gold.ts";

describe("Arabic cues and content", () => {
  it("reads a verb with و prefix, title + name subject and a complementizer", () => {
    const [c] = run("وقال وزير الخارجية الفرنسي جان دوبون إن المفاوضات ستستأنف قريبا.");
    expect(c && brief(c)).toEqual({
      speaker: "جان دوبون",
      cue: "قال",
      content: "المفاوضات ستستأنف قريبا",
      kind: "indirect",
    });
    expect(c?.speaker.mention?.text).toBe("وزير الخارجية الفرنسي جان دوبون");
    expect(c?.speaker.titles).toEqual(["وزير الخارجية الفرنسي"]);
  });
  it("reads feminine, plural, imperfect and ف-prefixed forms", () => {
    expect(run("فقالت الوزيرة سارة خليل إن الخطة جاهزة.")[0]?.cue.text).toBe("قالت");
    expect(run("وأكدوا أن الاتفاق صامد.")[0]?.cue.text).toBe("أكدوا");
    expect(run("ويقول المحلل سامر حداد إن الأسعار سترتفع.")[0]?.speaker.name).toBe("سامر حداد");
    expect(run("وحذّر الرئيس كمال ناصر من أن الوضع خطير.")[0]?.content.text).toBe("الوضع خطير");
  });
  it("gives a circumstantial participle the main clause's speaker", () => {
    const claims = run("وقال سامر حداد إن الأسعار سترتفع، مشيرا إلى أن التضخم سيستمر.");
    expect(claims.map(brief)).toEqual([
      { speaker: "سامر حداد", cue: "قال", content: "الأسعار سترتفع", kind: "indirect" },
      { speaker: "سامر حداد", cue: "مشيرا إلى", content: "التضخم سيستمر", kind: "indirect" },
    ]);
    expect(claims[1]?.speaker.mention).toBeNull();
  });
  it("keeps direct and mixed quotes with their marks", () => {
    const [direct] = run("وأضاف المتحدث: «لن نتراجع عن قرارنا».");
    expect(direct && [direct.content.text, direct.kind]).toEqual(["«لن نتراجع عن قرارنا»", "direct"]);
    const [mixed] = run("وقال الوزير إن الحكومة “لن تتراجع” عن قرارها.");
    expect(mixed && [mixed.content.text, mixed.kind]).toEqual(["الحكومة “لن تتراجع” عن قرارها", "mixed"]);
  });
  it("resolves an implicit subject and a bare title to the person named before", () => {
    const claims = run(
      "وقال رئيس الوزراء علي حسن إن الاقتصاد يتعافى.\nوأضاف أن البطالة تراجعت.\nوأوضح رئيس الوزراء أن الديون مستقرة.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["علي حسن", "علي حسن", "علي حسن"]);
    expect(claims[2]?.speaker.mention?.text).toBe("رئيس الوزراء");
  });
  it("reads nominal cues", () => {
    const [c] = run("وبحسب وزارة الصحة، ارتفع عدد الإصابات إلى مئة.");
    expect(c && [c.cue.text, c.speaker.mention?.text, c.content.text]).toEqual([
      "وبحسب",
      "وزارة الصحة",
      "ارتفع عدد الإصابات إلى مئة",
    ]);
  });
  it("takes the quoted person, not the agency, in «نقلت … عن X قوله إن»", () => {
    const [c] = run("ونقلت وكالة الأنباء عن مسؤول أمني قوله إن الحدود ستفتح غدا.");
    expect(c && [c.speaker.mention?.text, c.content.text]).toEqual(["مسؤول أمني", "الحدود ستفتح غدا"]);
  });
  it("names an unnamed source by its description and a family name with the article", () => {
    const [a] = run("وقال مصدر مسؤول لـ«الصحيفة» إن الاتفاق بات قريبا.");
    expect(a && [a.speaker.name, a.speaker.kind, a.content.text]).toEqual([
      "مصدر مسؤول",
      "unknown",
      "الاتفاق بات قريبا",
    ]);
    const [b] = run("وأوضح المتحدث باسم الحكومة محمد الحمصاني أن الخطة جاهزة.");
    expect(b?.speaker.name).toBe("محمد الحمصاني");
  });
  it("skips an adjunct before the particle that opens the object", () => {
    const [c] = run("وكانت الوزيرة ليلى سالم قد أعلنت في 3 أكتوبر عن حزمة حوافز.");
    expect(c && [c.content.text, c.date, c.dateSource?.text]).toEqual([
      "حزمة حوافز",
      "2025-10-03",
      "3 أكتوبر",
    ]);
  });
  it("reads a quotation followed by its speaker", () => {
    const [c] = run("«لن نتراجع عن قرارنا»، قال الوزير سامي عادل.");
    expect(c && [c.speaker.name, c.content.text, c.kind]).toEqual([
      "سامي عادل",
      "«لن نتراجع عن قرارنا»",
      "direct",
    ]);
  });
  it("reads a subject before the verb and a definite-noun subject", () => {
    const [a] = run("رام الله - الرئيس الفلسطيني محمود عباس قال إن القيادة لن تقبل بحلول منقوصة.");
    expect(a && [a.speaker.name, a.cue.text, a.content.text]).toEqual([
      "محمود عباس",
      "قال",
      "القيادة لن تقبل بحلول منقوصة",
    ]);
    const [b] = run("وطالب المتظاهرون بإسقاط الحكومة.");
    expect(b && [b.speaker.mention?.text, b.content.text]).toEqual(["المتظاهرون", "بإسقاط الحكومة"]);
  });
  it("gives an implicit subject the latest speaker whose gender fits the verb", () => {
    const claims = run(
      "وقال النائب خالد يوسف إن القانون سيمر.\nولفتت الوزيرة سلمى حداد إلى أن المساعدات ستصل.\nوأكد أن المفاوضات متعثرة.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["خالد يوسف", "سلمى حداد", "خالد يوسف"]);
  });
  it("does not read a nominal object after a bare title as a name", () => {
    const [denial] = run("ونفى المتحدث باسم الحكومة وجود أي خلافات مع الصندوق.");
    expect(denial && [denial.speaker.mention?.text, denial.content.text]).toEqual([
      "المتحدث باسم الحكومة",
      "وجود أي خلافات مع الصندوق",
    ]);
    // a name closed by an adjunct, or one the article named before, is still a name
    expect(run("وأكد الرئيس كمال ناصر في كلمة له أن الوضع خطير.")[0]?.speaker.name).toBe("كمال ناصر");
    const [, again] = run(
      "وقال الوزير كمال ناصر إن الخطة جاهزة.\nوأعلن الوزير كمال ناصر بدء تنفيذ الخطة في المدن الكبرى.",
    );
    expect(again?.speaker.mention?.text).toBe("الوزير كمال ناصر");
  });
  it("dates a statement by the scene sentence that follows it", () => {
    const claims = run("وقال سامر حداد إن الأسعار سترتفع.\nجاء ذلك خلال مؤتمر صحفي عقده الأحد.");
    expect(claims[0]?.date).toBe("2025-11-23");
    expect(claims[0]?.dateSource?.text).toBe("الأحد");
  });
});

describe("the sample article (fixtures/ar-saar-kazakhstan.txt)", () => {
  const base = new URL("../../../fixtures/", import.meta.url);
  const text = readFileSync(new URL("ar-saar-kazakhstan.txt", base), "utf8");
  const gold = JSON.parse(readFileSync(new URL("ar-saar-kazakhstan.gold.json", base), "utf8")) as {
    claims: { speaker: string; content: { span: [number, number] }; date: string | null }[];
  };
  const claims = run(text);
  const overlaps = (c: ExtractedClaim, g: { content: { span: [number, number] } }) => {
    const [s, e] = g.content.span;
    const inter = Math.max(0, Math.min(e, c.content.end) - Math.max(s, c.content.start));
    return inter / (Math.max(e, c.content.end) - Math.min(s, c.content.start)) >= 0.5;
  };
  it("finds every gold claim with its speaker and date", () => {
    for (const g of gold.claims) {
      const c = claims.find((x) => overlaps(x, g));
      expect(c, g.speaker).toBeDefined();
      expect(c?.speaker.name).toBe(g.speaker);
      if (g.date) expect(c?.date).toBe(g.date);
    }
    expect(claims).toHaveLength(gold.claims.length);
  });
  it("keeps every span true to the text", () => {
    for (const c of claims) {
      for (const part of [c.cue, c.content, c.speaker.mention, c.dateSource]) {
        if (part) expect(text.slice(part.start, part.end)).toBe(part.text);
      }
    }
  });
});

describe("the Arabic held-out sets (fixtures/ar-heldout*, each written before the rules were fitted to it)", () => {
  // folder, the version whose figures it holds, and the least recall, precision, attribution and dates
  const batches: [string, string, number, number, number, number][] = [
    ["ar-heldout", "1.24.0", 0.98, 0.98, 0.97, 0.99],
    ["ar-heldout2", "1.25.0", 0.98, 0.99, 0.98, 0.99],
    ["ar-heldout3", "1.48.0", 0.98, 0.98, 0.97, 0.99],
    // the Qatari lead («رحبت دولة قطر …») has no day of its own; the gold gives it the publication day
    ["ar-heldout4", "1.40.0", 0.96, 0.99, 0.96, 0.84],
    ["ar-heldout5", "1.32.0", 0.99, 0.99, 0.99, 0.99],
    ["ar-heldout7", "1.34.0", 0.99, 0.99, 0.99, 0.99],
    // the Jordanian lead has no dated dateline and «أمس الثلاثاء» inside its content: 2 of 3 dated claims
    ["ar-heldout8", "1.39.0", 0.99, 0.99, 0.99, 0.66],
    ["ar-heldout9", "1.40.0", 0.97, 0.97, 0.95, 0.99],
    // the Mauritanian headline («مفوضية اللاجئين تحذر من …») is read as a claim; the gold gives headlines none
    ["ar-heldout10", "1.40.0", 0.99, 0.98, 0.99, 0.99],
    // «وبحسب مسودة البيان الختامي …»: the document words themselves (an alias of the council in the gold)
    ["ar-heldout11", "1.42.0", 0.99, 0.99, 0.99, 0.99],
    ["ar-heldout12", "1.42.0", 0.99, 0.99, 0.99, 0.99],
    // batch 13 (unseen at 1.42: 0.84 / 0.80 / 0.60); 1.44 resolves its headline titles and «المدرب»
    ["ar-heldout13", "1.48.0", 0.98, 0.98, 0.98, 0.99],
    // batch 14 (unseen at 1.43 and 1.44: 0.89 / 0.85 / 0.74)
    ["ar-heldout14", "1.47.0", 0.99, 0.99, 0.99, 0.99],
    // batch 15 (unseen at 1.45 and 1.46: 0.90 / 0.87 / 0.87): one headline undated («… والهجرة الدولية تحذر»)
    ["ar-heldout15", "1.47.0", 0.99, 0.99, 0.99, 0.96],
    // batch 16 (unseen at 1.45 and 1.46: 0.89 / 0.83 / 0.65): «انتقد … الإضراب بشدة، وقال» is a claim as in
    // batches 2 and 3, where this batch's gold has none
    ["ar-heldout16", "1.47.0", 0.99, 0.98, 0.99, 0.99],
    // batch 17 (held back: 0.92 / 0.91 / 0.71 at 1.45, 0.94 / 0.92 / 0.76 at 1.47)
    ["ar-heldout17", "1.48.0", 0.99, 0.99, 0.99, 0.99],
    // batch 18 (held back: 0.96 / 0.90 / 0.87 at 1.45, 0.96 / 0.92 / 0.92 at 1.48); 1.50 and 1.52 fit its speakers
    ["ar-heldout18", "1.52.0", 0.99, 0.99, 0.99, 0.99],
    // batch 19 (unseen at 1.49: 0.92 / 0.90 / 0.75)
    ["ar-heldout19", "1.50.0", 0.99, 0.99, 0.99, 0.95],
    // batch 20 (held back at 1.49 and 1.50: 0.84 / 0.77 / 0.74); «أشاد … بـ» and «تتحدث … عن» are no claims in the rules,
    // as in batches 3 and 4; the doctor's and the fishermen's undated words take the running day
    ["ar-heldout20", "1.52.0", 0.95, 0.99, 0.93, 0.99],
    // batch 21 (held back at 1.49–1.51: 0.88 / 0.80 / 0.66); «، فيما …» follows the conventions of earlier
    // batches where this batch's gold differs; questions («متسائلاً») are no claims, as
    // in its gold and batch 22's (batch 6's «وتساءل النائب» is one)
    ["ar-heldout21", "1.52.0", 0.98, 0.96, 0.98, 0.99],
    // batch 23 (held back at 1.53 and 1.54: 0.93 / 0.92 / 0.80); one article without hamza on alif
    ["ar-heldout23", "1.55.0", 0.99, 0.99, 0.99, 0.99],
    // batch 24 (held back at 1.54 and 1.55: 0.89 / 0.79 / 0.70); «أشاد … بروح لاعبيه» is no claim in the rules,
    // as in batches 3 and 4
    ["ar-heldout24", "1.56.0", 0.98, 0.99, 0.98, 0.99],
    // batch 25 (held back at 1.55 and 1.56: 0.88 / 0.84 / 0.78); the researchers' sub-headline takes the day
    // of the study in the gold (undated in the rules)
    ["ar-heldout25", "1.57.0", 0.99, 0.99, 0.99, 0.96],
    // batch 26 (held back at 1.56 and 1.57: 0.96 / 0.93 / 0.87); its undated words take the running day in
    // the rules (not scored), and its cues keep no «و» (the cue spans overlap)
    ["ar-heldout26", "1.58.0", 0.99, 0.99, 0.99, 0.99],
    // batch 27 (held back at 1.57 and 1.58: 0.87 / 0.83 / 0.54); its shopkeeper's «متسائلا: "…؟"» is a claim in
    // its gold, no claim in the rules (as in batches 21 and 24)
    ["ar-heldout27", "1.59.0", 0.98, 0.99, 0.98, 0.99],
    // batch 28 (held back at 1.58 and 1.59: 0.98 / 0.90 / 0.84); its undated words take the running day in the
    // rules (not scored), its cues keep no «و» and its mentions no aside «، وهو …» (the spans overlap)
    ["ar-heldout28", "1.60.0", 0.99, 0.99, 0.99, 0.99],
    // batch 29 (held back at 1.60: 0.97 / 0.97 / 0.95); the outlet's own «بحسب ما رصدته «بوابة الوسط»» is no claim
    // (session 17: as in its gold and batch 21's; batch 17's gold revised to match)
    ["ar-heldout29", "1.61.0", 0.99, 0.97, 0.99, 0.99],
    // batch 30 (held back at 1.60 and 1.61: 0.97 / 0.97 / 0.89); a date inside a name («قصر 15 يناير») dates nothing
    ["ar-heldout30", "1.62.0", 1.0, 1.0, 1.0, 1.0],
    // batch 31 (held back at 1.61 and 1.62: 0.97 / 0.95 / 0.91); a possessive title before a name («أمينها العام، X»)
    // and a counted group («ثمانية أندية من الدوري الممتاز») name their speakers
    ["ar-heldout31", "1.63.0", 1.0, 1.0, 1.0, 1.0],
    // batch 32 (held back at 1.62 and 1.63: 0.97 / 0.97 / 0.91); «بحسب بيان … نشرته الهيئة» ends the source before
    // the issuing verb, and a widow named after her description («أرملة العامل، X») is X
    ["ar-heldout32", "1.64.0", 1.0, 1.0, 1.0, 1.0],
    // batch 33 (held back at 1.63 and 1.64: 0.92 / 0.92 / 0.82); «و» inside a body's name («وزارة الزراعة واستصلاح
    // الأراضي») and a title's field and workplace («أستاذ علم … بجامعة أسيوط، X») stay in the speaker
    ["ar-heldout33", "1.65.0", 1.0, 1.0, 1.0, 1.0],
    // batch 34 (held back at 1.64 and 1.65: 0.94 / 0.94 / 0.86); a time word before «أن» closes a body's name with
    // «و» («وزارة النقل والاتصالات وتقنية المعلومات اليوم أن»), «عن ولاية X» is part of a councillor's title, the
    // boat master's «النوخذة» is a title, and «نقلا عن X، Y، أن» after an agency is Y's
    ["ar-heldout34", "1.66.0", 1.0, 1.0, 1.0, 1.0],
    // batch 35 (held back at 1.65 and 1.66: 0.95 / 0.93 / 0.89); «د.» ends a long academic title before the name
    // («أستاذ هندسة الطرق في كلية … بجامعة الكويت د. X»), «طالبة الدراسات العليا X» names X, a body «لأرباب …» keeps
    // its whole name, and «انتقد X الشيء، قائلا … إن» is one claim
    ["ar-heldout35", "1.67.0", 1.0, 1.0, 1.0, 1.0],
    // batch 36 (held back at 1.66 and 1.67: 0.89 / 0.89 / 0.64); a title holding a «بـ» workplace or body
    // («أستاذ … بجامعة السلطان قابوس الدكتور X», «الوكالة … المتعلقة بالقنب الهندي») or ending in a place run on into
    // the name with no comma («في سوق الشيخ عثمان الشيخ X», «في عكار والضنية X») keeps the name; the two questions
    // («تساءل», «متسائلا عن») stay no claims
    ["ar-heldout36", "1.68.0", 0.96, 1.0, 0.96, 1.0],
    // batch 37 (held back at 1.67 and 1.68: 0.88 / 0.88 / 0.74); a title holding a «بـ» town run on into the name
    // («… بالقصرين لزهر الدريدي», «التاجر في سوق المحاصيل بالقضارف X»), a group of people after a title («ممثل مستثمري
    // المقاصف المدرسية X»), «وكان X قد أكد، يوم …» carrying its day to the same speaker's next words; the two
    // questions stay no claims
    ["ar-heldout37", "1.69.0", 0.96, 1.0, 0.96, 1.0],
    // batch 38 (held back at 1.69 and 1.70: 0.88 / 0.86 / 0.80); a title in construct with a place noun («وكيل
    // محافظة مأرب X»), a field and a numbered university before the honorific («… بجامعة البليدة 2 الدكتور X»),
    // «صاحب إحدى هذه الحضانات», «"…"، قالها X (27 عاما) لـ"…"», «واستكملت: "…"», what a paper learned from
    // sources, «ولي أمر طالب» (a student), and a relayed «قوله، خلال اجتماع … يوم الأحد الماضي …، إن» dated Sunday
    ["ar-heldout38", "1.71.0", 1.0, 1.0, 1.0, 1.0],
    // batch 39 (held back at 1.71 and 1.72: 0.91 / 0.87 / 0.80); a quotation told by «تشكو/يحكي» with a description
    // before the name, «لنقل الرفات» inside a long title, «أما في فاريا، فتؤكد X», «ويختصر X المشهد … بالقول:», a
    // titled name before a relative clause whose day dates the words, and «بحسب نوعه» naming no source
    ["ar-heldout39", "1.73.0", 1.0, 1.0, 1.0, 1.0],
    // batch 40 (held back at 1.72 and 1.73: 0.91 / 0.89 / 0.84); a reporter who visited after a quote-first speaker,
    // «المحامي بالنقض», «، وهو يشير …:» a scene before the quotation, «…، على حد قوله.», «بهذه الكلمات عبّر X عن»;
    // its five no-claims (two colon headlines, a demand, an appeal and a warning with no clause) stay claims in the
    // rules, as in most Arabic sets
    ["ar-heldout40", "1.74.0", 1.0, 0.91, 1.0, 1.0],
    // batch 41 (held back at 1.73 and 1.74: 0.88 / 0.85 / 0.72); «الأسبوع الماضي، نقلا عن X» relayed, a letter «في
    // كتاب وجّهته إلى …», «في وزارة شؤون …» before the holder named next, «منظمة يونيسف» after its bracketed full name,
    // «مصادر في المجلس», «البحار علي …», «أحدهم» and «صاحب الكسارة» as one of «أصحاب الكسارات», a reporter's meeting
    // dating the voices after it; its six no-claims (two headlines, a demand, two appeals and the outlet's «بحسب
    // معلومات "الأخبار"», a claim in batch 15) stay as in the older sets
    ["ar-heldout41", "1.75.0", 1.0, 0.89, 1.0, 1.0],
  ];
  it.each(batches)(
    "%s: claims, speakers and dates at least as well as sayso-rules@%s",
    (folder, _v, r, p, a, d) => {
      const t = scoreGold(folder);
      expect(t.matched / t.gold).toBeGreaterThanOrEqual(r);
      expect(t.matched / t.predicted).toBeGreaterThanOrEqual(p);
      expect(t.attributed / t.gold).toBeGreaterThanOrEqual(a);
      expect(t.datedRight / t.dated).toBeGreaterThanOrEqual(d);
    },
  );
});
