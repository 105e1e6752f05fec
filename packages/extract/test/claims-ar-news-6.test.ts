// Arabic news conventions met in held-out batch 12 (Lebanese NNA security story, Libyan LANA story with
// rival spokesmen, BBC Arabic-style analysis) and known misreads: made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("blame and accusation verbs with their object", () => {
  it("reads «حمّل X المسؤولية عن …» as a claim whose content keeps the blamed and the blame", () => {
    const c = run(
      'وحمّلت نقابة المعلمين، في بيان أصدرته مساء الاثنين، الوزارة "المسؤولية الكاملة" عن تأخر الرواتب.',
    )[0];
    expect(c && [c.speaker.name, c.cue.text, c.content.text, c.kind]).toEqual([
      "نقابة المعلمين",
      "حمّلت",
      'الوزارة "المسؤولية الكاملة" عن تأخر الرواتب',
      "mixed",
    ]);
  });
  it("splits the blamed from a definite speaker («حمّلت البلدية الشركة المسؤولية»)", () => {
    const c = run("وحمّلت البلدية الشركة المسؤولية عن انقطاع المياه، وفق ما ذكرت في بيان.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual(["البلدية", "الشركة المسؤولية عن انقطاع المياه"]);
  });
  it("does not read «حمل» (carried) as a statement without the blame", () => {
    expect(run("وحمل المتظاهرون لافتات كتب عليها شعارات تندد بالغلاء.")).toEqual([]);
  });
  it("keeps a titled speaker's two-word name before the accused («واتهم الرئيس X Y المعارضة بـ…»)", () => {
    const c = run("واتهم الرئيس سامي فريد المعارضة بعرقلة الإصلاحات.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سامي فريد", "المعارضة بعرقلة الإصلاحات"]);
    const b = run("وحمّل وزير النقل كمال داود الشركة المسؤولية عن الحادث.")[0];
    expect(b && [b.speaker.name, b.content.text]).toEqual(["كمال داود", "الشركة المسؤولية عن الحادث"]);
  });
});
