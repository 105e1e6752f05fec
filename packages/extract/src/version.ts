export const EXTRACTOR_NAME = "sayso-rules";
/** Bump the minor version whenever a rule changes what is extracted. */
export const EXTRACTOR_VERSION = "1.75.0";
