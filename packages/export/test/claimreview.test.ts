import { describe, expect, it } from "vitest";
import { claimToClaimReview, toClaimReviewLines } from "../src/claimreview.ts";
import { saarClaim } from "./fixtures.ts";

const organization = { name: "Example Fact Check", url: "https://factcheck.example" };
const falseVerdict = { key: "false", label: "زائف", position: 1 };

describe("ClaimReview", () => {
  it("has nothing to say about a claim without a verdict", () => {
    expect(claimToClaimReview(saarClaim(), { organization })).toBeNull();
  });

  it("maps a reviewed claim onto schema.org ClaimReview", () => {
    const claim = saarClaim({ verdict: falseVerdict, verdictNote: "لا توجد بيانات تدعم ذلك" });
    const review = claimToClaimReview(claim, {
      organization,
      reviewUrl: (c) => `https://factcheck.example/checks/${c.id}`,
      ratingScale: { bestRating: 5, worstRating: 1 },
    });
    expect(review).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://factcheck.example/checks/clm_1",
      claimReviewed: "رغبة تل أبيب في تعزيز شراكتها الاقتصادية مع كازاخستان",
      datePublished: "2025-11-26",
      inLanguage: "ar",
      author: { "@type": "Organization", name: "Example Fact Check", url: "https://factcheck.example" },
      reviewRating: {
        "@type": "Rating",
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
        alternateName: "زائف",
      },
      reviewBody: "لا توجد بيانات تدعم ذلك",
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "جدعون ساعر" },
        datePublished: "2025-11-25",
        appearance: {
          "@type": "CreativeWork",
          url: "https://news.example/ar/saar",
          headline: "ساعر في كازاخستان",
          datePublished: "2025-11-25",
          inLanguage: "ar",
          publisher: { "@type": "Organization", name: "Example News" },
        },
      },
    });
  });

  it("leaves out what it does not know instead of guessing", () => {
    const claim = saarClaim({
      verdict: falseVerdict,
      speaker: { id: "spk_9", name: "مصدر مطلع", kind: "unknown" },
      statedOn: null,
      article: { ...saarClaim().article, url: null },
    });
    const review = claimToClaimReview(claim, { organization: { name: "Org" } });
    expect(review?.url).toBeUndefined();
    expect(review?.reviewRating).toEqual({ "@type": "Rating", alternateName: "زائف" });
    expect(review?.author).toEqual({ "@type": "Organization", name: "Org" });
    expect(review?.itemReviewed).toEqual({ "@type": "Claim", author: { name: "مصدر مطلع" } });
    const organisationSpeaker = claimToClaimReview(
      saarClaim({ verdict: falseVerdict, speaker: { id: "s", name: "الأمم المتحدة", kind: "organisation" } }),
      { organization },
    );
    expect(organisationSpeaker?.itemReviewed).toHaveProperty("author", {
      "@type": "Organization",
      name: "الأمم المتحدة",
    });
  });

  it("gives a verdict outside the rating scale only its label", () => {
    const unverifiable = saarClaim({ verdict: { key: "unverifiable", label: "Unverifiable", position: 5 } });
    const review = claimToClaimReview(unverifiable, {
      organization,
      ratingScale: { bestRating: 1, worstRating: 4 },
    });
    expect(review?.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });
    const onScale = saarClaim({ verdict: { key: "misleading", label: "Misleading", position: 3 } });
    expect(
      claimToClaimReview(onScale, { organization, ratingScale: { bestRating: 1, worstRating: 4 } }),
    ).toHaveProperty("reviewRating.ratingValue", 3);
  });

  it("streams one JSON-LD document per reviewed claim and reports the skipped ones", async () => {
    const skipped: string[] = [];
    const claims = [saarClaim({ id: "a" }), saarClaim({ id: "b", verdict: falseVerdict })];
    const lines: string[] = [];
    for await (const line of toClaimReviewLines(claims, { organization }, (c) => skipped.push(c.id)))
      lines.push(line);
    expect(skipped).toEqual(["a"]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith("\n")).toBe(true);
    expect(JSON.parse(lines[0] ?? "")["@type"]).toBe("ClaimReview");
  });
});
