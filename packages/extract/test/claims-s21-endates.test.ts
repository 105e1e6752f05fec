// Session 21 (endates): statement dates in made-up reports in the styles of South Asian, Gulf, North African and
// southern and eastern African English-language outlets. Made-up sentences; none comes from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

describe("a day inside the speaker's relative clause", () => {
  const claims = englishOn("2026-10-22")(
    "Harbour dredging stalls\n" +
      "Staff Reporter\n" +
      "Port engineer Amos Rutto, who inspected the channel on Monday, told reporters on Wednesday that the dredger had broken down.\n" +
      "“We need spare parts from abroad,” Rutto said.\n" +
      "Fish trader Halima Said, whose stall flooded last Friday, said the council had ignored the silt for years.",
  );
  it("dates nothing: the day after the cue dates the words", () => {
    expect(said(claims, "the dredger had broken down")?.date).toBe("2026-10-21");
    expect(said(claims, "We need spare parts")?.date).toBe("2026-10-21");
  });
  it("leaves a new voice with no day of its own undated", () => {
    expect(said(claims, "the council had ignored the silt")?.date).toBeNull();
  });
  it("still dates the words when the clause is the speaking itself", () => {
    const more = englishOn("2026-10-22")(
      "Clinic opens\n" +
        "Staff Reporter\n" +
        "County health chief Mary Onyango, who was speaking at the clinic's opening on Tuesday, said more nurses would be hired.",
    );
    expect(said(more, "more nurses would be hired")?.date).toBe("2026-10-20");
  });
});

describe("a body's name with 'and', then the office held in it", () => {
  const claims = englishOn("2026-10-22")(
    "Councillors question contract\n" +
      "Staff Reporter\n" +
      "But Water and Sanitation Committee chairperson Peter Kamau said on Monday that the tender had not been advertised.\n" +
      "“We were shown no bids,” Kamau said.\n" +
      "Kenya Food and Allied Workers Union (Kefawu) general secretary Josephine Nandi said on Tuesday that members would strike.\n" +
      "The employers' federation said on Wednesday that talks would resume.\n" +
      "“We will not be intimidated,” Nandi said.",
  );
  it("names the person, not the first word of the body", () => {
    expect(said(claims, "the tender had not been advertised")?.speaker.name).toBe("Peter Kamau");
    expect(said(claims, "members would strike")?.speaker.name).toBe("Josephine Nandi");
    expect(said(claims, "members would strike")?.speaker.mention?.text).toBe(
      "Kenya Food and Allied Workers Union (Kefawu) general secretary Josephine Nandi",
    );
    expect(said(claims, "the tender had not been advertised")?.speaker.mention?.text).toBe(
      "Water and Sanitation Committee chairperson Peter Kamau",
    );
  });
  it("so the same speaker's next words keep the day", () => {
    expect(said(claims, "We were shown no bids")?.date).toBe("2026-10-19");
    expect(said(claims, "We will not be intimidated")?.date).toBe("2026-10-20");
  });
});

describe("'last evening', as South Asian and African papers write it", () => {
  it("is the day before publication, as 'last night'", () => {
    const claims = englishOn("2026-10-22")(
      "Exam dates moved\n" +
        "Staff Reporter\n" +
        "Speaking to reporters last evening, Education Minister Sunil Perera said the exams would be held in March.",
    );
    expect(said(claims, "the exams would be held in March")?.date).toBe("2026-10-21");
  });
});

describe("'according to' a rule or a plan, after the verb it qualifies", () => {
  const claims = englishOn("2026-10-22")(
    "Teachers' postings questioned\n" +
      "Staff Reporter\n" +
      "Education Secretary Ruwan Silva said on Monday the postings had been made according to the approved guidelines.\n" +
      "He said the harvest had gone according to plan.",
  );
  it("is no source: the speaker's words run on, with their day", () => {
    const c = said(claims, "the postings had been made");
    expect(c?.content.text).toBe("the postings had been made according to the approved guidelines");
    expect(c?.date).toBe("2026-10-19");
    expect(claims.some((x) => x.cue.text === "according to")).toBe(false);
  });
});

describe("'in the same session' after a parliament sitting with a day", () => {
  it("takes the sitting's day, not the story's running day", () => {
    const claims = englishOn("2026-10-22")(
      "Borehole funds questioned\n" +
        "Staff Reporter\n" +
        "The water utility said yesterday that 40 boreholes had dried up.\n" +
        "Speaking in the National Assembly on Monday, opposition member Anna Shipanga said the money had not reached the villages.\n" +
        "Replying in the same session, Agriculture Minister Paulus Kamati said the funds had been released in July.",
    );
    expect(said(claims, "the funds had been released in July")?.date).toBe("2026-10-19");
  });
});

describe("a scientist named by the field before the name", () => {
  it("is a title, so the name and the pronoun after it resolve to the person", () => {
    const claims = englishOn("2026-10-22")(
      "Tremors felt in the capital\n" +
        "Staff Reporter\n" +
        "Disaster official Kofi Mensah said on Monday that no damage had been reported.\n" +
        "Seismologist Prof Ama Boateng of Legon University told the paper that the fault had been quiet for decades.\n" +
        "“Small tremors like these are normal,” she said.",
    );
    expect(said(claims, "the fault had been quiet")?.speaker.name).toBe("Ama Boateng");
    expect(said(claims, "Small tremors like these")?.speaker.name).toBe("Ama Boateng");
  });
});

describe("a body's statement posted on its page, and a voice in a video", () => {
  const claims = englishOn("2026-10-22")(
    "Water cuts extended\n" +
      "Staff Reporter\n" +
      "The city water board warned on Tuesday that supplies would be cut for three more days.\n" +
      "In a statement posted on its Facebook page, the board said two pumps had failed.\n" +
      "Board engineer Samir Haddad said in a video posted on the same page that spare parts were on their way.",
  );
  it("takes the day of the body's statement the story dated", () => {
    expect(said(claims, "two pumps had failed")?.date).toBe("2026-10-20");
  });
  it("leaves a new voice heard in a video undated", () => {
    expect(said(claims, "spare parts were on their way")?.date).toBeNull();
  });
  it("keeps the day of a speaker just quoted with one", () => {
    const more = englishOn("2026-10-22")(
      "Mayor rules out fare rise\n" +
        "Staff Reporter\n" +
        "Mayor Lina Haddad said on Tuesday that bus fares would not rise this year.\n" +
        "“Families have enough to worry about,” Haddad said in a video message.",
    );
    expect(said(more, "Families have enough")?.date).toBe("2026-10-20");
  });
});
