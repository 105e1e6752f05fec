import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, claimToCsvRow, csvField, csvHeader, toCsv } from "../src/csv.ts";
import { parseCsv } from "./csv-parse.ts";
import { makeClaim, saarClaim } from "./fixtures.ts";

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}

describe("CSV", () => {
  it("quotes fields with commas, quotes or line breaks and doubles quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField("one\ntwo")).toBe('"one\ntwo"');
    expect(csvField("one\rtwo")).toBe('"one\rtwo"');
    expect(csvField(null)).toBe("");
    expect(csvField(42)).toBe("42");
    expect(csvField("قال، «نعم»")).toBe("قال، «نعم»"); // the Arabic comma is not a separator
  });

  it("writes a header and CRLF-terminated rows, with a BOM only when asked", async () => {
    const plain = await collect(toCsv([saarClaim()]));
    expect(plain.startsWith("article_id,claim_id,")).toBe(true);
    expect(plain.endsWith("\r\n")).toBe(true);
    expect(plain.replaceAll("\r\n", "")).not.toContain("\n");
    const excel = await collect(toCsv([saarClaim()], { bom: true }));
    expect(excel.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(excel, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(excel.slice(1)).toBe(plain);
    expect(csvHeader()).toBe(`${CSV_COLUMNS.join(",")}\r\n`);
  });

  it("round-trips through an RFC 4180 parser, Arabic, quotes, newlines and all", async () => {
    const tricky = makeClaim(
      '😀 He said: "Prices, wages\r\nand rents fell"',
      "Prices, wages\r\nand rents fell",
      {
        id: "clm_2",
        speaker: { id: "spk_2", name: 'Dr. "Ali", Jr.', kind: "person" },
        verdict: { key: "false", label: "False" },
        verdictNote: 'see, "the data"\nbelow',
        links: [
          { type: "same", toClaimId: "clm_1" },
          { type: "updates", toClaimId: "clm_0" },
        ],
      },
    );
    const claims = [saarClaim(), tricky];
    const rows = parseCsv(await collect(toCsv(claims)));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const records = rows
      .slice(1)
      .map((row) => Object.fromEntries(CSV_COLUMNS.map((name, i) => [name, row[i]])));
    for (const [i, claim] of claims.entries()) {
      const record = records[i] ?? {};
      expect(record.content_text).toBe(claim.content.text);
      expect(claim.article.text?.slice(Number(record.content_start), Number(record.content_end))).toBe(
        record.content_text,
      );
      expect(record.speaker_name).toBe(claim.speaker?.name);
    }
    expect(records[0]?.cue_text).toBe("أعلن");
    expect(records[0]?.mention_start).toBe(String(saarClaim().mention?.start));
    expect(records[0]?.verdict_key).toBe("");
    expect(records[1]?.verdict_note).toBe('see, "the data"\nbelow');
    expect(records[1]?.links).toBe("same:clm_1 updates:clm_0");
    expect(records[1]?.mention_start).toBe("");
  });

  it("guards formula-looking cells only when asked", () => {
    const claim = makeClaim('he said =HYPERLINK("x") ok', '=HYPERLINK("x")');
    const unguarded = parseCsv(csvHeader() + claimToCsvRow(claim))[1] ?? [];
    const guarded = parseCsv(csvHeader() + claimToCsvRow(claim, { guardFormulas: true }))[1] ?? [];
    const column = CSV_COLUMNS.indexOf("content_text");
    expect(unguarded[column]).toBe('=HYPERLINK("x")');
    expect(guarded[column]).toBe('\'=HYPERLINK("x")');
    expect(guarded[CSV_COLUMNS.indexOf("content_start")]).toBe(String(claim.content.start));
  });
});
