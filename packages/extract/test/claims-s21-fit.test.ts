// Session 21 (fit): the constructions Arabic batch 34 and English set AC turned up, each with made-up sentences
// (names, places and outlets that no fixture has).
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.content.text]);
const dated = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.date]);

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
});
