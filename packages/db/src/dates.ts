const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD" → midnight UTC (how Prisma stores @db.Date); throws on anything else. */
export function parseIsoDate(value: string, what: string): Date {
  const match = ISO_DATE.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value)
    throw new RangeError(`${what} must be YYYY-MM-DD, got "${value}"`);
  return date;
}

export function optionalIsoDate(value: string | null | undefined, what: string): Date | null | undefined {
  if (value === undefined || value === null) return value;
  return parseIsoDate(value, what);
}
