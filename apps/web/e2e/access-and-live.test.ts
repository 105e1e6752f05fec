// Browser end-to-end tests of access and the live pipeline: refusals when signed out, the live
// queue, an article added in the dashboard and extracted by the real worker, sign-in rate limits.
//   npm run test:e2e -w @sayso/web
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, test } from "node:test";
import { type RunningWorker, settingsFromEnv, startWorker } from "@sayso/worker";
import { Redis } from "ioredis";
import type { Page } from "playwright-core";
import type { WebServer } from "./harness.ts";
import { seedMixedArticle } from "./seed.ts";
import { type Dashboard, open, REVIEWER, sampleClaims, signIn, startDashboard } from "./setup.ts";

const REDIS_URL = "redis://127.0.0.1:6379/2";
const QUEUE_PREFIX = `sayso_t_web_${randomBytes(4).toString("hex")}`;

let d: Dashboard;
let t: Dashboard["t"];
let server: WebServer;
let page: Page;
let worker: RunningWorker | undefined;

before(async () => {
  d = await startDashboard({ REDIS_URL, SAYSO_QUEUE_PREFIX: QUEUE_PREFIX });
  ({ t, server } = d);
  page = await d.newPage();
});

after(async () => {
  await worker?.stop("test over");
  await deleteQueueKeys();
  await d?.close();
});

async function deleteQueueKeys() {
  const redis = new Redis(REDIS_URL);
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${QUEUE_PREFIX}:*`, "COUNT", 500);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== "0");
  await redis.quit();
}

test("signed out: pages redirect to sign-in and write endpoints refuse", async () => {
  const [claim, other] = await sampleClaims(d);
  assert.ok(claim && other);
  const pageResponse = await fetch(`${server.url}/queue`, { redirect: "manual" });
  assert.equal(pageResponse.status, 307);
  assert.match(pageResponse.headers.get("location") ?? "", /\/sign-in\?next=%2Fqueue/);

  const review = await fetch(`${server.url}/api/claims/${claim.id}/review`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ status: "verified" }),
  });
  assert.equal(review.status, 401);
  const link = await fetch(`${server.url}/api/claims/${claim.id}/links`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: "better-auth.session_token=forged.value" },
    body: JSON.stringify({ toId: other.id, type: "same" }),
  });
  assert.equal(link.status, 401);
  assert.equal((await fetch(`${server.url}/api/live`)).status, 401);

  const unchanged = await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
  assert.equal(unchanged.status, "unreviewed");
  assert.equal(await t.db.claimLink.count(), 0);
  assert.equal(await t.db.auditEvent.count({ where: { entity: "claim" } }), 0);
});

test("a reviewer signs in", async () => {
  await signIn(page, REVIEWER);
  assert.match(page.url(), /\/queue$/);
});

test("live: claims stored by the pipeline appear in the open queue without a reload", async () => {
  await open(page, "/queue");
  await page.evaluate(() => Object.assign(window, { __noReload: true }));
  const allTab = page.locator('[data-status-tab="all"] .count');
  const before = Number(await allTab.textContent());
  const mixed = await seedMixedArticle(t.db);
  const claim = await t.db.claim.findFirstOrThrow({ where: { articleId: mixed.articleId } });
  await page.locator(`[data-testid="queue"] tr[data-claim-id="${claim.id}"]`).waitFor({ timeout: 10_000 });
  assert.equal(Number(await allTab.textContent()), before + 1);
  assert.equal(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload), true);
});

test("an article added in the dashboard is queued, extracted by the worker, and its claims appear live", async () => {
  const text =
    "وقال وزير الخارجية الأذربيجاني جيهون بيراموف إن العلاقات بين البلدين “تشهد تطورا إيجابيا عاما بعد عام”.";
  await open(page, "/articles/new");
  await page.fill('input[name="title"]', "بيراموف: العلاقات تتطور");
  await page.selectOption('select[name="lang"]', "ar");
  await page.fill('input[name="publishedAt"]', "2025-11-24");
  await page.fill('textarea[name="text"]', text);
  await page.click('form[aria-label="Add an article"] button[type="submit"]');
  await page.waitForURL(/\/articles\/(?!new)[^/]+$/);
  const article = await t.db.article.findFirstOrThrow({ where: { text } });
  assert.ok(page.url().endsWith(`/articles/${article.id}`));
  await page.evaluate(() => Object.assign(window, { __noReload: true }));
  // queued, not extracted yet: no worker runs so far
  await page.getByText("Waiting for extraction").waitFor();
  assert.equal((await t.db.article.findUniqueOrThrow({ where: { id: article.id } })).ingestState, "queued");
  // now the worker takes the job and stores the claims; the open page shows them without a reload
  worker = await startWorker(
    settingsFromEnv({
      ...process.env,
      DATABASE_URL: t.url,
      REDIS_URL,
      SAYSO_QUEUE_PREFIX: QUEUE_PREFIX,
      LOG_LEVEL: "silent",
    }),
  );

  const highlighted = page.locator('[data-testid="article-text"] [data-content]');
  await highlighted.first().waitFor({ timeout: 20_000 });
  const claim = await t.db.claim.findFirstOrThrow({ where: { articleId: article.id } });
  assert.equal(
    (await page.locator(`[data-content~="${claim.id}"]`).allTextContents()).join(""),
    claim.contentText,
  );
  assert.equal((await t.db.article.findUniqueOrThrow({ where: { id: article.id } })).ingestState, "done");
  // they came over the live feed into the already open page
  assert.match((await page.locator(".notice").textContent()) ?? "", /new claim/);
  assert.equal(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload), true);
});

test("sign-in attempts are rate-limited", async () => {
  const attempt = () =>
    fetch(`${server.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ email: REVIEWER.email, password: "wrong password" }),
    });
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) statuses.push((await attempt()).status);
  assert.ok(
    statuses.slice(0, 3).every((s) => s === 401),
    statuses.join(),
  );
  assert.equal(statuses.at(-1), 429, statuses.join());
});
