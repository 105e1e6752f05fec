// Arabic reviewer probe ar6: offices named by their genitive, surnames that are also titles, sport roles,
// seekers, anonymity in a nominal cue, a prayer's day. Made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("«صلاة يوم الجمعة»: a prayer's day with «يوم»", () => {
  it("does not date the statement, as «صلاة الجمعة» does not", () => {
    const a = run("وأعلنت وزارة الأوقاف أن صلاة يوم الجمعة ستقام في الساحات.", "2025-11-25")[0];
    const b = run("وقالت البلدية إن سوق يوم الأحد سيغلق.", "2025-11-25")[0];
    const c = run("وقال الإمام يوم الجمعة إن المسجد سيغلق.", "2025-11-25")[0];
    expect([a?.date, b?.date, c?.date]).toEqual([null, null, "2025-11-21"]);
  });
});
