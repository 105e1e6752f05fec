import { z } from "zod";

/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "is not a real date");

/** A language tag such as `ar`, `en` or `pt-BR`, stored lowercase. */
export const langSchema = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a language code such as ar or en")
  .transform((value) => value.toLowerCase());

const optionalText = z
  .string()
  .transform((value) => value.trim())
  .nullish()
  .transform((value) => value || null);

/** A dated value may come as YYYY-MM-DD or as a full ISO timestamp; the day is what we keep. */
const publishedAtSchema = z
  .string()
  .transform((value) => (/^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value))
  .pipe(isoDateSchema)
  .nullish()
  .transform((value) => value ?? null);

/** One `{title,text,url,outlet,publishedAt,lang}` record from a .json or .jsonl input. */
export const articleRecordSchema = z.object({
  text: z.string({ error: "text is missing or not a string" }),
  title: optionalText,
  outlet: optionalText,
  url: z
    .url({ protocol: /^https?$/, error: "url must be an http(s) URL" })
    .nullish()
    .transform((v) => v ?? null),
  lang: langSchema.nullish().transform((value) => value ?? null),
  publishedAt: publishedAtSchema,
});
export type ArticleRecord = z.infer<typeof articleRecordSchema>;

export function formatZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}
