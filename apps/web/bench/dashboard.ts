// `npm run bench -- dashboard`: seeds sayso_bench with BENCH_CLAIMS claims over BENCH_ARTICLES
// articles (default 1,000,000 / 50,000; reused when already seeded at that size), then times the
// dashboard's data-layer calls as the web app makes them and prints p50/p95 per scenario.
//   BENCH_DATABASE_URL  default: the server of DATABASE_URL, database sayso_bench
//   BENCH_RUNS          timed runs per scenario (default 60, after 5 warm-up runs)

import { cpus, loadavg } from "node:os";
import { createDb, DEFAULT_DATABASE_URL, migrate } from "@sayso/db";
import * as review from "@sayso/db/review";
import pg from "pg";
import { type Figure, measure, table } from "./measure.ts";
import { isSeeded, seed } from "./seed.ts";

const GOAL_MS = 150;
const claims = Number(process.env.BENCH_CLAIMS ?? 1_000_000);
const articles = Number(process.env.BENCH_ARTICLES ?? 50_000);
const speakers = Math.max(20, Math.round(claims / 330));
const runs = Number(process.env.BENCH_RUNS ?? 60);
const url =
  process.env.BENCH_DATABASE_URL ??
  (() => {
    const u = new URL(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
    u.pathname = "/sayso_bench";
    return u.toString();
  })();
const log = (m: string) => console.log(m);

async function withClient<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const target = new URL(url);
  target.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Reuses sayso_bench when it holds this size; otherwise recreates it from scratch and seeds it. */
async function prepare(): Promise<void> {
  const size = { claims, articles, speakers };
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const exists = await withClient(
    "postgres",
    async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount,
  );
  if (exists && (await withClient(name, (c) => isSeeded(c, size).catch(() => false)))) {
    await migrate(url);
    log(
      `${name} already holds ${claims} claims / ${articles} articles / ${speakers} speakers: seeding skipped`,
    );
    return;
  }
  const started = performance.now();
  await withClient("postgres", (c) =>
    c.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`),
  );
  await migrate(url);
  log(`seeding ${claims} claims over ${articles} articles, ${speakers} speakers into ${name}…`);
  await withClient(name, (c) =>
    seed(c, size, log, async () => {
      const extra = new pg.Client({ connectionString: url });
      await extra.connect();
      return extra;
    }),
  );
  log(`created, migrated and seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function sample(
  db: ReturnType<typeof createDb>,
  table: "Claim" | "Article",
  n: number,
): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id FROM "${table}" TABLESAMPLE SYSTEM (1) REPEATABLE (7) LIMIT ${n}`,
  );
  return rows.map((r) => r.id);
}

async function main(): Promise<void> {
  await prepare();
  const db = createDb(url);
  const figures: Figure[] = [];
  const add = async (name: string, run: (i: number) => Promise<number>) => {
    const figure = await measure(name, run, { runs });
    figures.push(figure);
    log(`  ${name}: p50 ${figure.p50.toFixed(1)} ms, p95 ${figure.p95.toFixed(1)} ms`);
  };
  try {
    const articleIds = await sample(db, "Article", runs + 10);
    const claimIds = await sample(db, "Claim", runs + 10);
    const pick = (ids: string[], i: number) => ids[i % ids.length] as string;
    const outlet = (await review.listFacets(db)).outlets[3]?.value;

    log("timing (server side: the data-layer call, Prisma included)…");
    await add(
      "queue: first page (unreviewed, newest)",
      async () => (await review.listClaims(db, { status: "unreviewed" })).items.length,
    );
    await add("queue: first page, no filter", async () => (await review.listClaims(db, {})).items.length);
    await add(
      "queue: first page, outlet + lang filter",
      async () => (await review.listClaims(db, { outlet, lang: "ar" })).items.length,
    );
    await add(
      "queue: one month, three years back",
      async () => (await review.listClaims(db, { from: "2022-03-01", to: "2022-03-31" })).items.length,
    );

    // page 500 reached the way a reviewer would, then every further page timed (pages 500…)
    let cursor: string | null = null;
    const walkStarted = performance.now();
    for (let p = 0; p < 500; p++)
      cursor = (await review.listClaims(db, { status: "unreviewed" }, { cursor })).nextCursor;
    log(`  (walked 500 pages of 50 in ${((performance.now() - walkStarted) / 1000).toFixed(1)} s)`);
    await add("queue: deep cursor page (page 500+)", async () => {
      const page = await review.listClaims(db, { status: "unreviewed" }, { cursor });
      cursor = page.nextCursor;
      return page.items.length;
    });
    const deep = await db.$queryRaw<{ createdAt: Date; id: string }[]>`
      SELECT "createdAt", id FROM "Claim" WHERE status = 'unreviewed'
      ORDER BY "createdAt" DESC, id DESC OFFSET ${Math.floor(claims * 0.6)} LIMIT 1`;
    const veryDeep = deep[0] ? review.encodeCursor(deep[0]) : null;
    await add(
      "queue: cursor near the end (~page 12000)",
      async () => (await review.listClaims(db, { status: "unreviewed" }, { cursor: veryDeep })).items.length,
    );
    // the data layer caches counts 5 s per filter; `fresh` times the counting query itself
    const fresh = { fresh: true };
    await add(
      "queue: counts by status, uncached",
      async () => Object.keys(await review.countClaimsByStatus(db, {}, fresh)).length,
    );
    await add(
      "queue: counts by status, uncached (outlet)",
      async () => Object.keys(await review.countClaimsByStatus(db, { outlet }, fresh)).length,
    );
    await add(
      "queue: counts by status, within 5 s cache",
      async () => Object.keys(await review.countClaimsByStatus(db, {})).length,
    );
    await add(
      "article view",
      async (i) => (await review.getArticleView(db, pick(articleIds, i)))?.claims.length ?? 0,
    );
    await add("claim detail", async (i) => ((await review.getClaimDetail(db, pick(claimIds, i))) ? 1 : 0));
    for (const q of ["الحكومة", "inflation", "ارتفع الأسعار", "government budget"]) {
      await add(`search "${q}"`, async () => {
        const result = await review.search(db, { q });
        return result.claims.length + result.articles.length;
      });
    }
    const busiest = await db.$queryRaw<{ id: string }[]>`
      SELECT "speakerId" AS id FROM "Claim" WHERE "speakerId" IS NOT NULL
      GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`;
    await add("speaker page (busiest speaker)", async () => {
      const page = await review.getSpeakerPage(db, busiest[0]?.id ?? "none");
      return page?.items.length ?? 0;
    });
    await add("suggestLinks", async (i) => (await review.suggestLinks(db, pick(claimIds, i))).length);
  } finally {
    await db.$disconnect();
  }
  console.log(
    `\nDashboard data layer, ${claims.toLocaleString("en")} claims / ${articles.toLocaleString("en")} articles:`,
  );
  console.log(table(figures, GOAL_MS));
  const load = loadavg().map((l) => l.toFixed(1));
  console.log(
    `${cpus().length} cores, load average ${load.join(" / ")}: other work on the machine inflates the figures`,
  );
}

await main();
