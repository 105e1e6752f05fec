export { binaryReason, decodeUtf8Text, TextDecodeError, textProblem } from "./bytes.ts";
export { type CollectOptions, collectInputs, formatBytes } from "./collect.ts";
export { articleRecordSchema, isoDateSchema, langSchema } from "./fields.ts";
export { type HtmlText, htmlToText } from "./html.ts";
export { parseInput, sniffFormat } from "./parse.ts";
export {
  INPUT_FORMATS,
  type InputArticle,
  type InputDefaults,
  type InputFormat,
  type InputProblem,
  type ReadResult,
} from "./types.ts";
