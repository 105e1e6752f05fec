export * from "./annotation.ts";
export * from "./claimreview.ts";
export * from "./csv.ts";
export * from "./jsonl.ts";
export * from "./stream.ts";
export * from "./text.ts";
export * from "./types.ts";
