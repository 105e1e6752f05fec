// Set-based seeding of the bench database: speakers, articles whose text really contains their
// claims at the stored UTF-16 offsets (BMP-only text, so char_length = UTF-16 length), and claims.
import { foldText } from "@sayso/db";
import type pg from "pg";
import { ARABIC_WORDS, ENGLISH_WORDS, OUTLETS, pseudoWords } from "./vocab.ts";

export interface SeedSize {
  claims: number;
  articles: number;
  speakers: number;
}

const SEED_VERSION = "sayso bench v6";
const PHRASES = 30_000;
const marker = (size: SeedSize) =>
  `${SEED_VERSION}: ${size.claims} claims, ${size.articles} articles, ${size.speakers} speakers`;

export async function isSeeded(client: pg.Client, size: SeedSize): Promise<boolean> {
  const { rows } = await client.query(`SELECT obj_description('"Claim"'::regclass, 'pg_class') AS note`);
  return rows[0]?.note === marker(size);
}

type Log = (message: string) => void;

async function step(client: pg.Client, log: Log, label: string, sql: string, params: unknown[] = []) {
  const started = performance.now();
  await client.query(sql, params);
  log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Drops the secondary indexes of the bench tables (returns their definitions to recreate them). */
async function dropIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ indexname: string; indexdef: string }>(`
    SELECT indexname, indexdef FROM pg_indexes
    WHERE schemaname = 'public' AND tablename IN ('Claim', 'Article', 'Speaker') AND indexname NOT LIKE '%\\_pkey'`);
  for (const row of rows) await client.query(`DROP INDEX "${row.indexname}"`);
  return rows.map((r) => r.indexdef);
}

/** Checks on a sample that the constructed folded columns equal what sayso_fold() makes of the text. */
async function checkFolding(client: pg.Client, log: Log): Promise<void> {
  const { rows } = await client.query(`
    SELECT (SELECT count(*) FROM "Claim" TABLESAMPLE SYSTEM (0.2) WHERE "contentNorm" <> sayso_fold("contentText"))::int AS claims,
           (SELECT count(*) FROM "Article" TABLESAMPLE SYSTEM (1) WHERE "searchNorm" <> sayso_fold(title || ' ' || text))::int AS articles`);
  if (rows[0].claims || rows[0].articles)
    throw new Error(`bench seed: folded columns differ from sayso_fold() (${JSON.stringify(rows[0])})`);
  log("  folded columns checked against sayso_fold() on a sample: equal");
}

/**
 * Recreates the dropped indexes on two connections at once: PostgreSQL 15 builds a GIN index on one
 * core, and the two trigram indexes are most of the work.
 */
async function rebuildIndexes(indexes: string[], connect: () => Promise<pg.Client>, log: Log): Promise<void> {
  const queue = [...indexes].sort((a, b) => Number(/USING gin/i.test(b)) - Number(/USING gin/i.test(a)));
  const worker = async () => {
    const client = await connect();
    try {
      await client.query("SET maintenance_work_mem = '1GB'");
      for (let def = queue.shift(); def; def = queue.shift())
        await step(client, log, `index ${/INDEX (\S+)/.exec(def)?.[1] ?? def}`, def);
    } finally {
      await client.end();
    }
  };
  await Promise.all([worker(), worker()]);
}

export async function seed(
  client: pg.Client,
  size: SeedSize,
  log: Log,
  connect: () => Promise<pg.Client>,
): Promise<void> {
  const pseudo = pseudoWords(4000);
  const latin = [...new Set(pseudo.latin)];
  const arabic = [...new Set(pseudo.arabic)];
  // pseudo-words and generated names need no folding beyond lower(); real words are folded here
  // (foldText) so the seed builds contentNorm/searchNorm by concatenation instead of folding 300 MB
  const english = ENGLISH_WORDS;
  const arabicReal = ARABIC_WORDS;
  const perArticle = Math.ceil(size.claims / size.articles);
  await client.query(`SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '1GB';
    SET max_parallel_maintenance_workers = 2; SET session_replication_role = replica; SELECT setseed(0.42)`);
  const indexes = await dropIndexes(client);

  await step(
    client,
    log,
    `speakers (${size.speakers})`,
    `INSERT INTO "Speaker" (id, name, "nameKey", kind, aliases, titles, "createdAt", "updatedAt")
     SELECT 'bs' || i, nm, lower(nm), 'person', '{}', '{}', now(), now()
     FROM (SELECT i, CASE WHEN i % 5 < 3
             THEN a[1 + i % cardinality(a)] || ' ' || a[1 + (i / cardinality(a) + i * 7) % cardinality(a)]
             ELSE initcap(l[1 + i % cardinality(l)]) || ' ' || initcap(l[1 + (i / cardinality(l) + i * 7) % cardinality(l)])
           END AS nm
           FROM generate_series(1, $3::int) AS i, (SELECT $1::text[] AS a, $2::text[] AS l) arrays) s`,
    [arabic, latin, size.speakers],
  );

  // 30,000 four-word phrases per language; a claim is three of them, its filler sentence one more.
  // Words come through a joined table: subscripting a long text[] walks it from the start.
  await client.query(
    `CREATE TEMP TABLE bench_vocab AS
     SELECT 'en' AS lang, 'real' AS kind, (i - 1)::int AS idx, w AS word, nw AS norm FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(w, nw, i)
     UNION ALL SELECT 'ar', 'real', (i - 1)::int, w, nw FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS t(w, nw, i)
     UNION ALL SELECT 'en', 'fake', (i - 1)::int, w, w FROM unnest($5::text[]) WITH ORDINALITY AS t(w, i)
     UNION ALL SELECT 'ar', 'fake', (i - 1)::int, w, w FROM unnest($6::text[]) WITH ORDINALITY AS t(w, i)`,
    [english, english.map(foldText), arabicReal, arabicReal.map(foldText), latin, arabic],
  );
  await client.query("CREATE UNIQUE INDEX ON bench_vocab (lang, kind, idx); ANALYZE bench_vocab");
  await step(
    client,
    log,
    "phrases",
    `CREATE TEMP TABLE bench_phrase AS
     SELECT w.lang, w.p AS id, string_agg(coalesce(v.word, w.num), ' ' ORDER BY w.x) AS text,
            string_agg(coalesce(v.norm, w.num), ' ' ORDER BY w.x) AS norm
     FROM (SELECT w1.*, CASE WHEN r < 0.55 THEN 'real' WHEN r < 0.95 THEN 'fake' END AS kind,
                  CASE WHEN r < 0.55 THEN floor(sizes.reals * r2 * r2)::int ELSE floor(sizes.fakes * r2)::int END AS idx,
                  floor(r2 * 5000)::int::text AS num
           FROM (SELECT lang, p, x, random() AS r, random() AS r2
                 FROM (VALUES ('en'), ('ar')) AS l(lang), generate_series(0, ${PHRASES - 1}) AS p, generate_series(1, 4) AS x) w1
           JOIN (SELECT lang, count(*) FILTER (WHERE kind = 'real') AS reals, count(*) FILTER (WHERE kind = 'fake') AS fakes
                 FROM bench_vocab GROUP BY lang) sizes USING (lang)) w
     LEFT JOIN bench_vocab v ON v.lang = w.lang AND v.kind = w.kind AND v.idx = w.idx
     GROUP BY w.lang, w.p`,
  );
  await client.query("CREATE UNIQUE INDEX ON bench_phrase (lang, id); ANALYZE bench_phrase");
  await step(
    client,
    log,
    `claim texts (${size.claims})`,
    `CREATE TEMP TABLE bench_src AS
     SELECT g.n, g.art, g.j, g.lang, g.r_status, spk.id AS spk, spk.name AS spk_name,
            p1.text || ' ' || p2.text || ' ' || p3.text AS content, p1.norm || ' ' || p2.norm || ' ' || p3.norm AS content_norm,
            p4.norm AS filler
     FROM (SELECT n, (n - 1) / $1::int AS art, (n - 1) % $1::int AS j,
                  CASE WHEN ((n - 1) / $1::int) % 5 < 3 THEN 'ar' ELSE 'en' END AS lang,
                  CASE WHEN random() < 0.9 THEN 1 + floor($3::int * power(random(), 2))::int END AS spk_no,
                  random() AS r_status, floor(random() * ${PHRASES})::int AS a1, floor(random() * ${PHRASES})::int AS a2,
                  floor(random() * ${PHRASES})::int AS a3, floor(random() * ${PHRASES})::int AS a4
           FROM generate_series(1, $2::int) AS n) g
     JOIN bench_phrase p1 ON p1.lang = g.lang AND p1.id = g.a1
     JOIN bench_phrase p2 ON p2.lang = g.lang AND p2.id = g.a2
     JOIN bench_phrase p3 ON p3.lang = g.lang AND p3.id = g.a3
     JOIN bench_phrase p4 ON p4.lang = g.lang AND p4.id = g.a4
     LEFT JOIN "Speaker" spk ON spk.id = 'bs' || g.spk_no`,
    [perArticle, size.claims, size.speakers],
  );

  await step(
    client,
    log,
    "article layout",
    `CREATE TEMP TABLE bench_piece AS
     SELECT s.*, p.mention, p.prefix, p.piece, p.piece_norm, p.mention_at, p.cue_at, p.cue,
            sum(char_length(p.piece)) OVER (PARTITION BY s.art ORDER BY s.j) - char_length(p.piece) AS base
     FROM bench_src s
     CROSS JOIN LATERAL (SELECT coalesce(s.spk_name, CASE WHEN s.lang = 'ar' THEN 'مصدر رسمي' ELSE 'An official' END) AS mention) m
     CROSS JOIN LATERAL (
       SELECT m.mention,
              CASE WHEN s.lang = 'ar' THEN 'وقال ' || m.mention || ': «' ELSE m.mention || ' said: "' END AS prefix,
              CASE WHEN s.lang = 'ar' THEN 'وقال ' || m.mention || ': «' || s.content || '». ' || s.filler || '. '
                   ELSE m.mention || ' said: "' || s.content || '." ' || initcap(s.filler) || '. ' END AS piece,
              CASE WHEN s.lang = 'ar' THEN 'وقال ' || lower(m.mention) || ': «' || s.content_norm || '». ' || s.filler || '. '
                   ELSE lower(m.mention) || ' said: "' || s.content_norm || '." ' || s.filler || '. ' END AS piece_norm,
              CASE WHEN s.lang = 'ar' THEN 5 ELSE 0 END AS mention_at,
              CASE WHEN s.lang = 'ar' THEN 1 ELSE char_length(m.mention) + 1 END AS cue_at,
              CASE WHEN s.lang = 'ar' THEN 'قال' ELSE 'said' END AS cue
     ) p`,
  );

  await step(
    client,
    log,
    `articles (${size.articles})`,
    `INSERT INTO "Article" (id, title, outlet, url, lang, "publishedAt", text, "textSha256", "ingestState", extractor,
                            "createdAt", "updatedAt", "searchNorm")
     SELECT 'ba' || art, title, ($1::text[])[1 + (art / 5) % cardinality($1::text[])], 'https://bench.example/' || art, lang,
            (created - (random() * 2) * interval '1 day')::date, text, encode(sha256(convert_to(text, 'UTF8')), 'hex'),
            'done', 'bench@1', created, created, title_norm || ' ' || text_norm
     FROM (SELECT art, min(lang) AS lang, string_agg(piece, '' ORDER BY j) AS text, string_agg(piece_norm, '' ORDER BY j) AS text_norm,
                  min(CASE WHEN j = 0 THEN array_to_string((string_to_array(content, ' '))[1:6], ' ') END) AS title,
                  min(CASE WHEN j = 0 THEN array_to_string((string_to_array(content_norm, ' '))[1:6], ' ') END) AS title_norm,
                  timestamp '2021-01-01' + (art * 1826.0 / $2::int) * interval '1 day' AS created
           FROM bench_piece GROUP BY art) a`,
    [OUTLETS, size.articles],
  );

  await step(
    client,
    log,
    "claims",
    `INSERT INTO "Claim" (id, "articleId", "speakerId", "mentionStart", "mentionEnd", "mentionText", "cueStart", "cueEnd",
                          "cueText", "contentStart", "contentEnd", "contentText", "contentNorm", kind, "statedOn", "effectiveOn",
                          "extractorName", "extractorVersion", status, "verdictKey", "createdAt", "updatedAt")
     SELECT 'bc' || p.n, a.id, p.spk,
            CASE WHEN p.spk IS NOT NULL THEN p.base + p.mention_at END,
            CASE WHEN p.spk IS NOT NULL THEN p.base + p.mention_at + char_length(p.mention) END,
            CASE WHEN p.spk IS NOT NULL THEN p.mention END,
            p.base + p.cue_at, p.base + p.cue_at + char_length(p.cue), p.cue,
            p.base + char_length(p.prefix), p.base + char_length(p.prefix) + char_length(p.content),
            p.content, p.content_norm, 'direct',
            d.stated_on, coalesce(d.stated_on, a."publishedAt"),
            'bench', '1', st.status::"ReviewStatus",
            CASE WHEN st.status = 'verified' THEN (ARRAY['true','mostly-true','misleading','false','unverifiable'])[1 + floor(random() * 5)::int] END,
            a."createdAt", a."createdAt"
     FROM bench_piece p
     JOIN "Article" a ON a.id = 'ba' || p.art
     CROSS JOIN LATERAL (SELECT CASE WHEN (p.n::bigint * 2654435761) % 100 < 50 THEN a."publishedAt" - (p.n % 3)::int END AS stated_on) d
     CROSS JOIN LATERAL (SELECT CASE WHEN p.r_status < 0.70 THEN 'unreviewed' WHEN p.r_status < 0.85 THEN 'verified'
                                     WHEN p.r_status < 0.95 THEN 'rejected' ELSE 'needs_work' END AS status) st`,
  );
  await client.query(
    "DROP TABLE bench_piece, bench_src, bench_phrase, bench_vocab; SET session_replication_role = DEFAULT",
  );

  await rebuildIndexes(indexes, connect, log);
  await step(client, log, "vacuum analyze", `VACUUM (ANALYZE) "Claim", "Article", "Speaker"`);
  await checkFolding(client, log);
  await client.query(`COMMENT ON TABLE "Claim" IS '${marker(size)}'`);
}
