// Session 11 (bugs-ar): made-up probes of Arabic weaknesses the reviewers found.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("a headline name opening with ي/ت («يوسف», «توفيق», «تامر») before the headline's verb", () => {
  it("is the name of the titled person the body speaks of", () => {
    const names = [
      "وزير الخارجية يوسف العتيبة يزور القاهرة\nوقال وزير الخارجية إن العلاقات بين البلدين متينة.",
      "وزير الداخلية توفيق الشرفي يزور القيروان\nوأكد وزير الداخلية أن الأمن مستتب في الجهة.",
      "الفنان تامر حسني يحيي حفلا في عمان\nوقال الفنان إن الجمهور الأردني وفي.",
    ].map((text) => run(text)[0]?.speaker.name);
    expect(names).toEqual(["يوسف العتيبة", "توفيق الشرفي", "تامر حسني"]);
  });

  it("still reads the verb right after the title, and a ت-noun after its object, as no name", () => {
    const names = [
      "وزير الصحة يزور تونس تلبية لدعوة رسمية\nوقال وزير الصحة إن التعاون الصحي سيتعزز.",
      "وزير الصحة يزور الجزائر يومين\nوقال وزير الصحة إن التعاون الصحي سيتعزز.",
    ].map((text) => run(text)[0]?.speaker.name);
    expect(names).toEqual(["وزير الصحة", "وزير الصحة"]);
  });
});

describe("plurals in «ين» that name no people («القوانين», «الميادين», «الثلاثين»)", () => {
  it("are not the group a plural verb or «أحدهم» goes back to", () => {
    const [a] = run("وامتلأت الميادين بالناس منذ الصباح، وقالوا إن الإصلاح لا يحتمل التأجيل.");
    const [b] = run("وصدرت القوانين الجديدة في الجريدة الرسمية، وقالوا إن التطبيق سيبدأ فورا.");
    expect([a?.speaker.name ?? null, b?.speaker.name ?? null]).toEqual([null, null]);
  });

  it("still lets a group of people speak", () => {
    const [a] = run("وتجمع المحتجون أمام مقر الولاية، وقالوا إن مطالبهم مشروعة.");
    expect(a?.speaker.name).toBe("المحتجون");
  });
});
