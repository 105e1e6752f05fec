import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { writeChunks } from "../src/stream.ts";

describe("writeChunks", () => {
  it("waits for drain when the stream is full and keeps the order", async () => {
    const received: string[] = [];
    let drains = 0;
    const out = new Writable({
      highWaterMark: 4,
      decodeStrings: false,
      write(chunk, _encoding, done) {
        received.push(String(chunk));
        setImmediate(done);
      },
    });
    out.on("drain", () => drains++);
    async function* chunks() {
      for (let i = 0; i < 20; i++) yield `chunk ${i}\n`;
    }
    await writeChunks(chunks(), out);
    await new Promise<void>((resolve) => out.end(resolve));
    expect(received).toEqual(Array.from({ length: 20 }, (_, i) => `chunk ${i}\n`));
    expect(drains).toBeGreaterThan(0);
  });
});

describe("writeChunks on a failing stream", () => {
  it("rejects instead of waiting forever when the stream errors while full", async () => {
    const out = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, done) {
        setImmediate(() => done(Object.assign(new Error("write EPIPE"), { code: "EPIPE" })));
      },
    });
    out.on("error", () => {});
    async function* chunks() {
      for (;;) yield "more\n";
    }
    await expect(writeChunks(chunks(), out)).rejects.toThrow(/EPIPE|closed/);
  });
});

describe("writeChunks on a stream that already failed", () => {
  it("stops at the next chunk even when writes never reported backpressure", async () => {
    const out = new Writable({
      highWaterMark: 1 << 20,
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error("write ENOSPC"), { code: "ENOSPC" }));
      },
    });
    out.on("error", () => {});
    let yielded = 0;
    async function* chunks() {
      for (;;) {
        yielded++;
        yield "more\n";
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    await expect(writeChunks(chunks(), out)).rejects.toThrow(/ENOSPC/);
    expect(yielded).toBeLessThan(10);
  });
});
