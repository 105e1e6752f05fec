import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectInputs, decodeUtf8Text, htmlToText, parseInput, sniffFormat } from "../src/input/index.ts";

describe("htmlToText", () => {
  it("keeps paragraphs, headings, list items and <br> as lines, drops scripts and decodes entities", () => {
    const html = `<!doctype html><html><head><title> Saar &amp; Kazakhstan </title>
      <style>p { color: red }</style><script>document.write("<p>injected</p>")</script></head>
      <body><h1>Headline</h1><p>First   paragraph&nbsp;here<br>second line</p>
      <ul><li>one</li><li>two</li></ul><noscript>enable js</noscript><template><p>hidden</p></template>
      <div>قال &quot;الوزير&quot;</div></body></html>`;
    expect(htmlToText(html)).toEqual({
      title: "Saar & Kazakhstan",
      text: 'Headline\nFirst paragraph here\nsecond line\none\ntwo\nقال "الوزير"',
    });
  });

  it("takes the title from the first <h1> when there is no <title>", () => {
    expect(htmlToText("<h1>Only <b>heading</b></h1><p>Body</p>").title).toBe("Only heading");
  });

  it("finds no text in a page that is all scripts and styles", () => {
    expect(
      htmlToText("<html><script>alert(1)</script><style>a{}</style><script>x()</script></html>").text,
    ).toBe("");
  });
});

describe("decoding bytes", () => {
  it("refuses NUL bytes and control-character soup as binary", () => {
    expect(() => decodeUtf8Text(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(/binary/);
    expect(() => decodeUtf8Text(new Uint8Array([0x41, 0x01, 0x02, 0x03, 0x1b, 0x42]))).toThrow(/binary/);
  });

  it("refuses invalid UTF-8 and says where it breaks", () => {
    expect(() => decodeUtf8Text(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]))).toThrow(
      /not valid UTF-8 \(first bad byte at offset 3\)/,
    );
  });

  it("keeps valid UTF-8 exactly, minus a byte order mark", () => {
    expect(decodeUtf8Text(Buffer.from("\uFEFFقال الوزير\r\n", "utf8"))).toBe("قال الوزير\r\n");
  });
});

describe("parseInput", () => {
  it("reads JSON arrays item by item, keeping the good ones and naming the bad ones", () => {
    const json = JSON.stringify([
      {
        title: "A",
        text: "Text A",
        lang: "EN",
        publishedAt: "2025-11-25T10:00:00Z",
        url: "https://example.org/a",
      },
      { title: "B", text: "   " },
      { text: 42 },
      { text: "Text D", publishedAt: "2025-02-30" },
    ]);
    const result = parseInput(json, "json", "in.json", { outlet: "Default outlet", lang: "ar" });
    expect(result.articles).toEqual([
      {
        source: "in.json[0]",
        text: "Text A",
        title: "A",
        outlet: "Default outlet",
        url: "https://example.org/a",
        lang: "en",
        publishedAt: "2025-11-25",
      },
    ]);
    expect(result.problems.map((p) => p.source)).toEqual(["in.json[1]", "in.json[2]", "in.json[3]"]);
    expect(result.problems[0]?.message).toBe("text is empty");
    expect(result.problems[2]?.message).toMatch(/not a real date/);
  });

  it("reads JSON lines with line numbers in messages", () => {
    const result = parseInput('{"text":"one"}\n\nnot json\n{"text":"two\\u0000"}\n', "jsonl", "in.jsonl", {});
    expect(result.articles.map((a) => a.text)).toEqual(["one"]);
    expect(result.problems).toEqual([
      { source: "in.jsonl:3", message: expect.stringMatching(/not valid JSON/) },
      { source: "in.jsonl:4", message: expect.stringMatching(/NUL/) },
    ]);
  });

  it("refuses HTML that has no text once scripts are dropped", () => {
    expect(parseInput("<script>a()</script>", "html", "x.html", {}).problems[0]?.message).toMatch(/no text/);
  });

  it("sniffs the format of stdin", () => {
    expect(sniffFormat(' [{"text":"a"}]')).toBe("json");
    expect(sniffFormat('{"text":"a"}\n{"text":"b"}')).toBe("jsonl");
    expect(sniffFormat('{"text":"a"}')).toBe("json");
    expect(sniffFormat("<!DOCTYPE html><p>x</p>")).toBe("html");
    expect(sniffFormat("قال الوزير")).toBe("txt");
  });
});

describe("collectInputs", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "sayso-input-"));
    await mkdir(join(dir, "nested"));
    await writeFile(join(dir, "a.txt"), "Article A");
    await writeFile(join(dir, "nested", "b.html"), "<p>Article B</p>");
    await writeFile(join(dir, "nested", "notes.md"), "skipped in directories");
    await writeFile(join(dir, "big.txt"), "x".repeat(2000));
    await writeFile(join(dir, ".hidden.txt"), "hidden");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("recurses into directories, skipping unknown extensions and hidden files, and enforces the size limit", async () => {
    const result = await collectInputs([dir], { defaults: { lang: "en" }, maxBytes: 1000 });
    expect(result.articles.map((a) => [a.source.slice(dir.length + 1), a.text, a.lang])).toEqual([
      ["a.txt", "Article A", "en"],
      ["nested/b.html", "Article B", "en"],
    ]);
    expect(result.problems).toEqual([
      { source: join(dir, "big.txt"), message: "is 2.0 KB, over the 1000 B limit (SAYSO_MAX_BYTES)" },
    ]);
  });

  it("names missing files and unknown explicit file types", async () => {
    const result = await collectInputs([join(dir, "nope.txt"), join(dir, "nested", "notes.md")], {
      defaults: {},
      maxBytes: 1000,
    });
    expect(result.problems.map((p) => p.message)).toEqual([
      "no such file or directory",
      expect.stringMatching(/unknown file type/),
    ]);
  });

  it("reads stdin and caps it at the size limit", async () => {
    const ok = await collectInputs(["-"], {
      defaults: {},
      maxBytes: 100,
      stdin: Readable.from(['{"text":"from stdin"}']),
    });
    expect(ok.articles[0]).toMatchObject({ source: "stdin", text: "from stdin" });
    const big = await collectInputs(["-"], {
      defaults: {},
      maxBytes: 10,
      stdin: Readable.from(["x".repeat(50)]),
    });
    expect(big.problems[0]?.message).toMatch(/over the 10 B limit/);
  });
});
