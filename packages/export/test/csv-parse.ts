/** A strict RFC 4180 reader for the round-trip tests (CRLF records, quoted fields). */
export function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  while (i < input.length) {
    if (input[i] === '"') {
      i++;
      for (;;) {
        if (i >= input.length) throw new Error("unterminated quoted field");
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += input[i++];
      }
    }
    if (input.startsWith("\r\n", i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (input[i] === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (i < input.length) {
      if (input[i] === '"' || input[i] === "\n" || input[i] === "\r")
        throw new Error(`bare ${JSON.stringify(input[i])} at ${i}`);
      field += input[i++];
    }
  }
  if (field !== "" || row.length > 0) throw new Error("last record lacks CRLF");
  return rows;
}
