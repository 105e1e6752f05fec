/** Why raw bytes cannot be article text, or null when they can. */
export function binaryReason(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return "looks binary (contains NUL bytes), not text";
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) if (isControlByte(byte)) control++;
  if (sample.length > 0 && control / sample.length > 0.05)
    return `looks binary (${Math.round((100 * control) / sample.length)}% control characters), not text`;
  return null;
}

// C0 controls and DEL, except tab, line feed, vertical tab, form feed and carriage return.
function isControlByte(byte: number): boolean {
  return (byte < 0x20 && !(byte >= 0x09 && byte <= 0x0d)) || byte === 0x7f;
}

export class TextDecodeError extends Error {}

/** Decodes UTF-8 strictly (a leading BOM is dropped) or throws TextDecodeError with the reason. */
export function decodeUtf8Text(bytes: Uint8Array): string {
  const binary = binaryReason(bytes);
  if (binary) throw new TextDecodeError(binary);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new TextDecodeError(
      `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)})`,
    );
  }
}

/** Text that came from a string (e.g. a JSON field) still must not carry NULs or be mostly controls. */
export function textProblem(text: string): string | null {
  if (text.trim().length === 0) return "text is empty";
  if (text.includes("\u0000")) return "text contains NUL characters (binary data?)";
  let control = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code < 0x20 && !(code >= 0x09 && code <= 0x0d)) || code === 0x7f) control++;
  }
  if (control / text.length > 0.05) return "text is mostly control characters (binary data?)";
  return null;
}

/** Where decoding breaks: a bad lead byte, a missing continuation byte or a sequence cut short. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k] ?? 0;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  // Only overlong forms and surrogates get here; the decoder refused those somewhere in the input.
  return i;
}
