// Session 27 (review): a behaviour fix found while reviewing the readers of groups of people. Made-up
// phrases; no text here comes from a fixture.
import { describe, expect, it } from "vitest";
import { isPeopleGroup, peopleConstructEnd } from "../src/ar/one-of-them.ts";
import { tokensForward } from "../src/text/tokens.ts";

/** How many words after a verb the construct-plural reader takes as a group of people (null: none). */
const groupAfterVerb = (words: string) =>
  peopleConstructEnd(words, tokensForward(words, 0, words.length, 16), new Set());

describe("a month right after the verb («وحذرت تشرين الثاني الماضي …», «طالبت يونيو الماضي بـ…»)", () => {
  it("is no group of people in construct, nor a sound plural", () => {
    expect(groupAfterVerb("يونيو الماضي بإقالة الوزير")).toBeNull();
    expect(groupAfterVerb("مايو الماضي الحكومة من التصعيد")).toBeNull();
    expect(groupAfterVerb("تشرين الثاني الماضي الأمم المتحدة من تفاقم الأزمة")).toBeNull();
    expect(groupAfterVerb("كانون الأول الماضي بزيادة الأجور")).toBeNull();
    expect(isPeopleGroup("تشرين")).toBe(false);
  });
  it("leaves plurals of people groups («موظفو البلدية», «المحتجون»)", () => {
    expect(groupAfterVerb("موظفو البلدية بصرف رواتبهم")).toBe(2);
    expect(groupAfterVerb("مهنيو القطاع الحكومة بالتدخل")).toBe(2);
    expect(isPeopleGroup("المحتجون")).toBe(true);
  });
});
