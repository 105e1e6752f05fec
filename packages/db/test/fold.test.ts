import { describe, expect, it } from "vitest";
import { foldText, sha256Hex, speakerNameKey } from "../src/index.ts";

describe("foldText", () => {
  it("folds Arabic letter variants, diacritics, tatweel and digits", () => {
    expect(foldText("أَحْمَد")).toBe("احمد");
    expect(foldText("إسرائيل")).toBe(foldText("اسرائيل"));
    expect(foldText("آمال")).toBe("امال");
    expect(foldText("مصطفى")).toBe("مصطفي");
    expect(foldText("المدرسة")).toBe("المدرسه");
    expect(foldText("مسؤول")).toBe("مسوول");
    expect(foldText("رئيس")).toBe("رييس");
    expect(foldText("جمـــيل")).toBe("جميل");
    expect(foldText("عام ٢٠٢٥")).toBe("عام 2025");
  });

  it("folds Latin case and accents and collapses whitespace", () => {
    expect(foldText("Café  DÉCLARÉ\n")).toBe("cafe declare ");
  });
});

describe("speakerNameKey", () => {
  it("matches spellings of one name", () => {
    expect(speakerNameKey("جدعون ساعر")).toBe(speakerNameKey(" جِدعون  ساعر، "));
    expect(speakerNameKey("Gideon Sa'ar")).toBe("gideon sa ar");
    expect(speakerNameKey("«»")).toBe("");
  });
});

describe("sha256Hex", () => {
  it("hashes UTF-8", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("ساعر")).toHaveLength(64);
  });
});
