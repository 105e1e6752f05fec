import { describe, expect, it } from "vitest";
import { scoreGold } from "./gold.ts";

describe("English set U (fixtures/en-heldout-u, held back at 1.56 and 1.57: 0.91 / 0.89 / 0.80)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    // the 6 claims over the gold are conventions of the rules, none of the set: object-only verbs ("blamed the
    // shortage on …", "citing … data", "had reported stock-outs" inside a statement), a noun cue ("the
    // authority's argument that …"), a question ("questioned why …") and a motion ("proposed that the rise be
    // limited …", read as a request)
    const u = scoreGold("en-heldout-u");
    expect(u.matched).toBeGreaterThanOrEqual(49);
    expect(u.predicted).toBeLessThanOrEqual(55);
    expect(u.attributed).toBeGreaterThanOrEqual(49);
    expect(u.datedRight).toBeGreaterThanOrEqual(37);
  });
});

describe("English set V (fixtures/en-heldout-v, held back at 1.57 and 1.58: 0.94 / 0.90 / 0.80; fitted at 1.59.0)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    // the claim over the gold is a request ("urged consumers to limit …"), kept as a claim on purpose; the
    // speaker missed is "the museum", a body named only inside a content
    const v = scoreGold("en-heldout-v");
    expect(v.matched).toBeGreaterThanOrEqual(48);
    expect(v.predicted).toBeLessThanOrEqual(49);
    expect(v.attributed).toBeGreaterThanOrEqual(47);
    // ("…, according to the agency" after the lede's dated statement of the agency: its day, since session 15)
    expect(v.datedRight).toBeGreaterThanOrEqual(33);
  });
});

describe("English set W (fixtures/en-heldout-w, held back at 1.58 and 1.59: 0.90 / 0.90 / 0.78; fitted in session 15)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    // the 3 claims over the gold are conventions of the rules, none of the set: a recommendation and an appeal
    // ("It recommended that schools … remain closed", "called on the government to reopen …", requests kept
    // as claims on purpose) and "described the selection … as “long overdue.”" (a claim in set R's gold)
    const w = scoreGold("en-heldout-w");
    expect(w.matched).toBeGreaterThanOrEqual(50);
    expect(w.predicted).toBeLessThanOrEqual(53);
    expect(w.attributed).toBeGreaterThanOrEqual(50);
    expect(w.datedRight).toBeGreaterThanOrEqual(25);
  });
});

describe("English set X (fixtures/en-heldout-x, held back at 1.59 and 1.60: 0.93 / 0.91 / 0.89; fitted in session 16)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    // the 5 claims over the gold are conventions of the rules, none of the set: a court's request ("asked the
    // government to explain why …"), objects and complements ("calling it “…”", "called the ban “irresponsible”",
    // claims in sets B, P and Q), an object of "fear" in the headline and a request nested in a statement ("the
    // company had asked airlines to move …"); the speaker missed is "the confederation" after "SA – Business
    // Iceland" (a name the en dash splits)
    const x = scoreGold("en-heldout-x");
    expect(x.matched).toBeGreaterThanOrEqual(48);
    expect(x.predicted).toBeLessThanOrEqual(53);
    expect(x.attributed).toBeGreaterThanOrEqual(47);
    expect(x.datedRight).toBeGreaterThanOrEqual(28);
  });
});

describe("English set Y (fixtures/en-heldout-y, held back at 1.60 and 1.61: 0.96 / 0.94 / 0.92; fitted in session 17)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    const y = scoreGold("en-heldout-y");
    expect(y.matched).toBeGreaterThanOrEqual(49);
    expect(y.predicted).toBeLessThanOrEqual(49);
    expect(y.attributed).toBeGreaterThanOrEqual(49);
    expect(y.datedRight).toBeGreaterThanOrEqual(29);
  });
});

describe("English set Z (fixtures/en-heldout-z, held back at 1.61 and 1.62: 0.96 / 0.96 / 0.94; fitted in session 18)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    const z = scoreGold("en-heldout-z");
    expect(z.matched).toBeGreaterThanOrEqual(49);
    expect(z.predicted).toBeLessThanOrEqual(49);
    expect(z.attributed).toBeGreaterThanOrEqual(49);
    expect(z.datedRight).toBeGreaterThanOrEqual(37);
  });
});

describe("English set AA (fixtures/en-heldout-aa, held back at 1.62 and 1.63: 1.00 / 1.00 / 0.94; fitted in session 19)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    // the office before its holder ("The Dzongkhag Education Officer (DEO), Pema Lhendup,") names the holder, and
    // "the society" is the Malawi Red Cross Society named before (its statement's day, not another's)
    const aa = scoreGold("en-heldout-aa");
    expect(aa.matched).toBeGreaterThanOrEqual(49);
    expect(aa.predicted).toBeLessThanOrEqual(49);
    expect(aa.attributed).toBeGreaterThanOrEqual(49);
    expect(aa.datedRight).toBeGreaterThanOrEqual(37);
  });
});

describe("English set AB (fixtures/en-heldout-ab, held back at 1.63 and 1.64: 0.99 / 0.99 / 0.95; fitted in session 20)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    // "Infrastructure Minister Deputy Paul Mauger" is the minister ("Deputy" is Jersey's style of address), and
    // "At Amuri, Mama Ngaoa Teruru, who …, said:" is hers, not the place's
    const ab = scoreGold("en-heldout-ab");
    expect(ab.matched).toBeGreaterThanOrEqual(50);
    expect(ab.predicted).toBeLessThanOrEqual(50);
    expect(ab.attributed).toBeGreaterThanOrEqual(50);
    expect(ab.datedRight).toBeGreaterThanOrEqual(37);
  });
});

describe("English set AC (fixtures/en-heldout-ac, held back at 1.64 and 1.65: 0.96 / 0.94 / 0.94; fitted in session 21)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    // a day inside the speaker's relative clause ("Taxi driver X, who queued … last week, told the Daily Observer
    // yesterday") dates the speaker's deed, not the words; a committee's "has agreed to put £…" is a decision
    const ac = scoreGold("en-heldout-ac");
    expect(ac.matched).toBeGreaterThanOrEqual(50);
    expect(ac.predicted).toBeLessThanOrEqual(50);
    expect(ac.attributed).toBeGreaterThanOrEqual(50);
    expect(ac.datedRight).toBeGreaterThanOrEqual(38);
  });
});

describe("English set AD (fixtures/en-heldout-ad, held back at 1.65 and 1.66: 1.00 / 1.00 / 0.94; fitted in session 22)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    // a minister of two portfolios ("Natural Resources and Commerce Minister X", "Primary Industries and Water
    // Minister X") is one title before one name, so the "she said" after it is hers, with her day
    const ad = scoreGold("en-heldout-ad");
    expect(ad.matched).toBeGreaterThanOrEqual(50);
    expect(ad.predicted).toBeLessThanOrEqual(50);
    expect(ad.attributed).toBeGreaterThanOrEqual(50);
    expect(ad.datedRight).toBeGreaterThanOrEqual(38);
  });
});

describe("English set AE (fixtures/en-heldout-ae, held back at 1.66 and 1.67: 0.98 / 0.96 / 0.94; fitted in session 23)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    // "A Ministry for Primary Industries spokeswoman" is a person described, her "She" goes to her, and "told X by
    // phone Sunday she had …" opens the content at "she" with Sunday's date
    const ae = scoreGold("en-heldout-ae");
    expect(ae.matched).toBeGreaterThanOrEqual(50);
    expect(ae.predicted).toBeLessThanOrEqual(50);
    expect(ae.attributed).toBeGreaterThanOrEqual(49);
    expect(ae.datedRight).toBeGreaterThanOrEqual(34);
  });
});

describe("English set AF (fixtures/en-heldout-af, held back at 1.67 and 1.68: 0.94 / 0.90 / 0.77; fitted in session 24)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    // "The sanctuary"/"the city" back to the body named in full, "According to X, <role of a body>, …" keeps the role
    // in the source, "told Aruba Today on Tuesday" dates the words, "At the same meeting" takes the meeting's day;
    // the unnamed spokespeople are named by their body (the gold names the description: an open question)
    const af = scoreGold("en-heldout-af");
    expect(af.matched).toBeGreaterThanOrEqual(50);
    expect(af.predicted).toBeLessThanOrEqual(51);
    expect(af.attributed).toBeGreaterThanOrEqual(46);
    expect(af.datedRight).toBeGreaterThanOrEqual(39);
  });
});

describe("English set AG (fixtures/en-heldout-ag, held back at 1.69 and 1.70: 0.89 / 0.85 / 0.82; fitted in session 25)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    // "the post read" after "wrote on Facebook" is the writer's, "according to X, which said …" is X's and dates
    // the cited words, "A letter signed by residents and sent to …" is the residents', "The shire's draft plan" the
    // shire's; "an SHG spokesperson" is named by the body (the gold names the description: an open question)
    const ag = scoreGold("en-heldout-ag");
    expect(ag.matched).toBeGreaterThanOrEqual(51);
    expect(ag.predicted).toBeLessThanOrEqual(51);
    expect(ag.attributed).toBeGreaterThanOrEqual(50);
    expect(ag.datedRight).toBeGreaterThanOrEqual(39);
  });
});

describe("English set AH (fixtures/en-heldout-ah, held back at 1.71 and 1.72: 0.94 / 0.94 / 0.85; fitted in session 26)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    // a headline's "…, manager says" and the lede's "the ski area's general manager" go to the manager named next,
    // "the Hon. X" is a person (so "He said" stays with the minister), "said she would …, but she did not expect …"
    // is one claim, "pressed X on the cost" is an act, and a lede's "according to X" takes X's next-sentence day
    const ah = scoreGold("en-heldout-ah");
    expect(ah.matched).toBeGreaterThanOrEqual(51);
    expect(ah.predicted).toBeLessThanOrEqual(51);
    expect(ah.attributed).toBeGreaterThanOrEqual(51);
    expect(ah.datedRight).toBeGreaterThanOrEqual(36);
  });
});

describe("English set AI (fixtures/en-heldout-ai, held back at 1.72 and 1.73: 0.91 / 0.89 / 0.82; fitted in session 27)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    // ledes whose speaker the next paragraph names ("… said this in Lusaka yesterday", "This was highlighted by
    // X"), "says heritage body" joined to the body the lede names, "KPU" spelled by a title, a Malay name after
    // "head of the X Association", a reply taking the question's day, and no claim for a finding after "after"
    const ai = scoreGold("en-heldout-ai");
    expect(ai.matched).toBeGreaterThanOrEqual(51);
    expect(ai.predicted).toBeLessThanOrEqual(51);
    expect(ai.attributed).toBeGreaterThanOrEqual(51);
    expect(ai.datedRight).toBeGreaterThanOrEqual(44);
  });
});

describe("English set AJ (fixtures/en-heldout-aj, held back at 1.73 and 1.74: 0.99 / 0.93 / 0.90; fitted in session 28)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    // "says Administrator" and title-only voices ("a chief in Buin says") joined to the person named next, "the
    // shipping agent, Pacific Link Freight," named, "Mrs X’s warning that …" ending before the writer's predicate,
    // "the statement read" given to the body that issued it, and no claim for "welcomed the aims of the Bill"
    const aj = scoreGold("en-heldout-aj");
    expect(aj.matched).toBeGreaterThanOrEqual(53);
    expect(aj.predicted).toBeLessThanOrEqual(53);
    expect(aj.attributed).toBeGreaterThanOrEqual(53);
    expect(aj.datedRight).toBeGreaterThanOrEqual(47);
  });
});
