// Arabic reviewer probes of session 9 (claims, content edges, statement dates): made-up sentences in the
// styles of Gulf, Egyptian, Levantine, Maghrebi, Iraqi and Sudanese outlets, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("statement dates", () => {
  it("does not give a lede the day of the same speaker's pluperfect, earlier statement", () => {
    const [lede, earlier] = run(
      'قال وزير الاقتصاد سامر الحلبي لـ"النهار" إن خطة الدعم نهائية.\nوكان الحلبي قد قال مساء الخميس الماضي إن الخطة ما زالت قيد الدراسة.',
    );
    expect(lede?.date).toBeNull();
    expect(earlier?.date).toBe("2025-11-20");
  });
});
