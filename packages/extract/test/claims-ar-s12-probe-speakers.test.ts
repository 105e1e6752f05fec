// Session 12 (probe): made-up Arabic news items on how speakers are introduced; no text comes from a fixture.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("an announced act («القبض على», «الموافقة على») right after a body's name", () => {
  it("is the object of «أعلن», not more of the body's name", () => {
    const claims = run(
      "أعلنت وزارة الداخلية الليبية القبض على عصابة تهريب في بنغازي. " +
        "وأعلن الجيش الأردني السيطرة على حريق في غابات عجلون. " +
        "وأعلن مجلس الوزراء الكويتي الموافقة على مشروع قانون الإسكان.",
    );
    expect(claims.map((c) => [c.speaker.name, c.content.text])).toEqual([
      ["وزارة الداخلية الليبية", "القبض على عصابة تهريب في بنغازي"],
      ["الجيش الأردني", "السيطرة على حريق في غابات عجلون"],
      ["مجلس الوزراء الكويتي", "الموافقة على مشروع قانون الإسكان"],
    ]);
  });

  it("stays a genitive right after an indefinite head («هيئة الإفراج عن …»)", () => {
    const [claim] = run("قال رئيس هيئة الإفراج عن الأسرى إن عدد المفرج عنهم ارتفع إلى مئة.");
    expect(claim?.speaker.mention?.text).toContain("رئيس هيئة الإفراج");
    expect(claim?.content.text).toBe("عدد المفرج عنهم ارتفع إلى مئة");
  });
});

describe("the given name «آن» with its madda", () => {
  it("is part of the speaker's name, not the complementizer «أن»", () => {
    const claims = run(
      "قالت سفيرة كندا لدى الأردن آن ماكلين إن بلادها ستزيد منحها الدراسية. وأضافت ماكلين أن البرنامج يبدأ في الخريف.",
    );
    expect(claims.map((c) => [c.speaker.name, c.content.text])).toEqual([
      ["آن ماكلين", "بلادها ستزيد منحها الدراسية"],
      ["آن ماكلين", "البرنامج يبدأ في الخريف"],
    ]);
  });
});
