import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";
import { detectLanguage } from "../src/lang.ts";

describe("language", () => {
  it("detects Arabic and English", () => {
    expect(detectLanguage("قال الوزير إن الاتفاق قريب")).toEqual({ lang: "ar", supported: true });
    expect(detectLanguage("The minister said the deal was close.")).toEqual({ lang: "en", supported: true });
  });
  it("names other languages instead of guessing", () => {
    expect(
      detectLanguage("Le ministre a dit que la situation est grave et que les négociations continuent."),
    ).toEqual({
      lang: "fr",
      supported: false,
    });
    expect(detectLanguage("وزیر گفت که این توافق نزدیک است و گفتگوها ادامه دارد").supported).toBe(false);
    expect(detectLanguage("Министр сказал, что соглашение близко.")).toEqual({
      lang: "ru",
      supported: false,
    });
    expect(detectLanguage("!!! ... ???")).toEqual({ lang: "und", supported: false });
  });
  it("follows the caller's language tag", () => {
    expect(detectLanguage("The minister said so.", "ar-EG")).toEqual({ lang: "ar", supported: true });
    expect(detectLanguage("قال الوزير", "de")).toEqual({ lang: "de", supported: false });
  });
  it("returns no claims and a reason for unsupported languages", () => {
    const r = extract({
      text: "Der Minister sagte, dass die Lage ernst ist und die Gespräche nicht weitergehen.",
      lang: null,
    });
    expect(r).toMatchObject({ supported: false, reason: "unsupported language: de", claims: [] });
    expect(r.extractor).toMatch(/^sayso-rules@\d+\.\d+\.\d+$/);
  });
});
