// Browser end-to-end tests of reviewing: sign-in, the RTL article view, keyboard review, search,
// UTF-16 spans and selection, links, corrections and speaker merges.
//   npm run test:e2e -w @sayso/web
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Page } from "playwright-core";
import { eventually, REPO_DIR, type WebServer } from "./harness.ts";
import { MIXED_TEXT, SAMPLE, seedMixedArticle } from "./seed.ts";
import { ADMIN, type Dashboard, open, REVIEWER, sampleClaims, signIn, startDashboard } from "./setup.ts";

let d: Dashboard;
let t: Dashboard["t"];
let server: WebServer;
let page: Page;
let sample: Dashboard["sample"];
let mixed: { articleId: string; content: string };

before(async () => {
  d = await startDashboard();
  ({ t, server, sample } = d);
  mixed = await seedMixedArticle(t.db);
  page = await d.newPage();
});

after(async () => {
  await d?.close();
});

test("a reviewer signs in and lands on the queue", async () => {
  await signIn(page, REVIEWER);
  assert.match(page.url(), /\/queue$/);
  const total = await t.db.claim.count(); // the sample's and the mixed article's, all unreviewed
  assert.equal(total, sample.claims + 1);
  assert.equal(await page.locator('[data-testid="queue"] tbody tr').count(), total);
  assert.match(
    (await page.locator('[data-status-tab="unreviewed"]').textContent()) ?? "",
    new RegExp(`${total}$`),
  );
});

test("search folds Arabic letter variants and marks the hits", async () => {
  await open(page, "/search");
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "search-input");
  await page.keyboard.type("الاسرائيلي"); // without hamza; the text has الإسرائيلي
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/search\?.*q=/);
  assert.ok((await page.locator('[data-testid="article-hits"] li').count()) >= 1);
  const hits = await page.locator("mark.hit").allTextContents();
  assert.ok(hits.length > 0 && hits.every((h) => h.includes("الإسرائيلي")), hits.join(" | "));
});

test("the Arabic article shows every claim highlighted, right to left, at the exact offsets", async () => {
  await open(page, `/articles/${sample.articleId}`);
  const article = page.locator('[data-testid="article-text"]');
  assert.equal(await article.getAttribute("dir"), "rtl");
  assert.equal(await article.getAttribute("lang"), "ar");
  const paragraphDirs = await article.locator("p").evaluateAll((ps) => ps.map((p) => p.getAttribute("dir")));
  assert.ok(paragraphDirs.length > 5 && paragraphDirs.every((d) => d === "auto"));
  assert.equal(
    await page
      .locator("[data-testid=article-text] p")
      .evaluateAll((ps) => getComputedStyle(ps[0] as Element).direction),
    "rtl",
  );

  // the highlighted segments of each claim, joined, are exactly text.slice(start, end)
  const rendered = await article.evaluate((root) => {
    const byRole: Record<string, Record<string, string>> = { content: {}, cue: {}, mention: {} };
    for (const el of root.querySelectorAll<HTMLElement>("[data-offset]")) {
      for (const role of ["content", "cue", "mention"]) {
        for (const id of (el.dataset[role] ?? "").split(" ").filter(Boolean)) {
          const roleMap = byRole[role] as Record<string, string>;
          roleMap[id] = (roleMap[id] ?? "") + el.textContent;
        }
      }
    }
    return byRole;
  });
  const claims = await sampleClaims(d);
  assert.equal(claims.length, sample.claims);
  for (const claim of claims) {
    assert.equal(rendered.content?.[claim.id], sample.text.slice(claim.contentStart, claim.contentEnd));
    assert.equal(rendered.content?.[claim.id], claim.contentText);
    if (claim.cueStart !== null && claim.cueEnd !== null)
      assert.equal(rendered.cue?.[claim.id], sample.text.slice(claim.cueStart, claim.cueEnd));
    if (claim.mentionStart !== null && claim.mentionEnd !== null)
      assert.equal(rendered.mention?.[claim.id], sample.text.slice(claim.mentionStart, claim.mentionEnd));
  }
  // the self-hosted Arabic fonts are really in use (no network at build or run time)
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    const text = document.querySelector("[data-testid=article-text]") as Element;
    return {
      family: getComputedStyle(text).fontFamily,
      naskh: document.fonts.check('20px "Noto Naskh Arabic"', "قال"),
      plex: document.fonts.check('15px "IBM Plex Sans Arabic"', "قال"),
    };
  });
  assert.match(fonts.family, /Noto Naskh Arabic/);
  assert.ok(fonts.naskh && fonts.plex, JSON.stringify(fonts));
  assert.equal(await page.locator(`text=${SAMPLE.title}`).count(), 1);

  const dir = join(REPO_DIR, "docs/screenshots");
  mkdirSync(dir, { recursive: true });
  await page.locator('li[aria-current="true"]').first().waitFor();
  await page.screenshot({ path: join(dir, "article-view.png") });
});

test("keyboard: j moves, v verifies, a verdict key records and moves on", async () => {
  await open(page, `/articles/${sample.articleId}`);
  const claims = await sampleClaims(d);
  const [first, second, third] = claims;
  assert.ok(first && second && third);
  const selected = () =>
    page.locator('[data-testid="article-claims"] li[aria-current="true"]').getAttribute("data-claim-id");
  assert.equal(await selected(), first.id);
  await page.keyboard.press("j");
  assert.equal(await selected(), second.id);
  await page.keyboard.press("v");
  await eventually(
    async () => (await t.db.claim.findUniqueOrThrow({ where: { id: second.id } })).status === "verified",
  );
  const levels = await t.db.ratingLevel.findMany({ orderBy: { position: "asc" } });
  await page.keyboard.press("1");
  const reviewed = await eventually(async () => {
    const c = await t.db.claim.findUniqueOrThrow({ where: { id: second.id } });
    return c.verdictKey ? c : null;
  });
  assert.equal(reviewed.verdictKey, levels[0]?.key);
  assert.equal(reviewed.status, "verified");
  assert.ok(reviewed.reviewerId && reviewed.humanTouchedAt);
  assert.equal(await selected(), third.id, "a verdict moves to the next claim");
  const untouched = await t.db.claim.findMany({ where: { id: { in: [first.id, third.id] } } });
  assert.deepEqual(
    untouched.map((c) => c.status),
    ["unreviewed", "unreviewed"],
  );
  const events = await t.db.auditEvent.findMany({ where: { entity: "claim", entityId: second.id } });
  assert.ok(
    events.length >= 2 && events.every((e) => e.actor === REVIEWER.name),
    JSON.stringify(events, (_, v) => (typeof v === "bigint" ? String(v) : v)),
  );
});

test("UTF-16 offsets: an emoji and Latin text before a claim do not shift it; selection re-spans it", async () => {
  assert.ok(mixed);
  const claim = await t.db.claim.findFirstOrThrow({ where: { articleId: mixed.articleId } });
  await open(page, `/articles/${mixed.articleId}`);
  const content = await page
    .locator(`[data-testid="article-text"] [data-content~="${claim.id}"]`)
    .allTextContents();
  assert.equal(content.join(""), mixed.content);

  // select part of the content in the claim page's article text and make it the new span
  await open(page, `/claims/${claim.id}`);
  const wanted = "ستتضاعف بحلول 2030";
  await page.evaluate((part) => {
    const root = document.querySelector("[data-testid=article-text]") as Element;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(part) ?? -1;
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + part.length);
        const selection = window.getSelection() as Selection;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
    }
    throw new Error("text not found");
  }, wanted);
  await page.click('[data-testid="use-selection"]');
  const start = MIXED_TEXT.indexOf(wanted);
  const updated = await eventually(async () => {
    const c = await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    return c.contentStart === start ? c : null;
  });
  assert.equal(updated.contentEnd, start + wanted.length);
  assert.equal(updated.contentText, wanted);
  await page.locator('[data-testid="history"] tr', { hasText: "contentStart" }).first().waitFor();
});

test("queue keyboard: x rejects the selected row, counts follow; the claim page saves status, verdict and note", async () => {
  await open(page, "/queue?status=unreviewed&sort=oldest");
  const firstRow = page.locator('[data-testid="queue"] tbody tr').first();
  const claimId = (await firstRow.getAttribute("data-claim-id")) ?? "";
  const rejectedBefore = await t.db.claim.count({ where: { status: "rejected" } });
  await page.keyboard.press("x");
  await eventually(
    async () => (await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).status === "rejected",
  );
  assert.equal(await firstRow.locator("[data-status]").getAttribute("data-status"), "rejected");
  // the status tabs follow at once
  await page
    .locator('[data-status-tab="rejected"]', { hasText: new RegExp(`${rejectedBefore + 1}$`) })
    .waitFor({ timeout: 8000 });

  await open(page, `/claims/${claimId}`);
  const form = page.locator('form[aria-label="Review"]');
  await form.locator('input[name="status"][value="needs_work"]').check();
  const levels = await t.db.ratingLevel.findMany({ orderBy: { position: "asc" } });
  const misleading = levels[2];
  assert.ok(misleading);
  await form.locator('select[name="verdictKey"]').selectOption(misleading.key);
  await form.locator('textarea[name="verdictNote"]').fill("السياق ناقص: the figure is from 2023");
  await form.locator('button[type="submit"]').click();
  const saved = await eventually(async () => {
    const c = await t.db.claim.findUniqueOrThrow({ where: { id: claimId } });
    return c.verdictNote ? c : null;
  });
  assert.deepEqual(
    [saved.status, saved.verdictKey, saved.verdictNote],
    ["needs_work", misleading.key, "السياق ناقص: the figure is from 2023"],
  );
  await page.locator('[data-testid="history"] tr', { hasText: "السياق ناقص" }).first().waitFor();
});

test("links two claims; the link shows on both claim pages", async () => {
  const [a, b] = await sampleClaims(d);
  assert.ok(a && b);
  await open(page, `/claims/${a.id}#link`);
  await page.waitForFunction(() => document.activeElement?.id === "link-target");
  await page.selectOption('form[aria-label="Link to another claim"] select[name="type"]', "supports");
  await page.fill("#link-target", `${server.url}/claims/${b.id}`);
  await page.click('form[aria-label="Link to another claim"] button[type="submit"]');
  const link = await eventually(() => t.db.claimLink.findFirst({ where: { fromId: a.id, toId: b.id } }));
  assert.equal(link.type, "supports");
  await page
    .locator(`[data-testid="links-outgoing"] li[data-link-type="supports"] a[href="/claims/${b.id}"]`)
    .waitFor();
  await open(page, `/claims/${b.id}`);
  const incoming = page.locator(`[data-testid="links-incoming"] li[data-link-type="supports"]`);
  assert.match((await incoming.textContent()) ?? "", /supported by/);
  assert.equal(await incoming.locator(`a[href="/claims/${a.id}"]`).count(), 1);
});

test("correcting a claim: a new speaker, kind and date, then an existing speaker; history shows before → after", async () => {
  const claim = (await sampleClaims(d))[3];
  assert.ok(claim?.speakerId);
  const correct = page.locator('form[aria-label="Correct"]');
  await open(page, `/claims/${claim.id}`);
  await correct.getByLabel("New speaker").check();
  await correct.locator('input[name="newSpeakerName"]').fill("متحدث تجريبي");
  await correct.locator('select[name="kind"]').selectOption("direct");
  await correct.locator('input[name="statedOn"]').fill("2025-11-20");
  await correct.locator('button[type="submit"]').click();
  const corrected = await eventually(async () => {
    const c = await t.db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { speaker: true } });
    return c.speaker?.name === "متحدث تجريبي" ? c : null;
  });
  assert.equal(corrected.kind, "direct");
  assert.equal(corrected.statedOn?.toISOString().slice(0, 10), "2025-11-20");
  await page.locator('[data-testid="history"] tr', { hasText: "2025-11-20" }).first().waitFor();

  // back to the original speaker, found by an Arabic name search
  const original = await t.db.speaker.findUniqueOrThrow({ where: { id: claim.speakerId } });
  await correct.getByPlaceholder("name or alias").fill(original.name.split(" ").at(-1) ?? original.name);
  await correct
    .locator("ul[aria-label='Matching speakers'] button", { hasText: original.name })
    .first()
    .click();
  await correct.locator('button[type="submit"]').click();
  await eventually(
    async () => (await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).speakerId === original.id,
  );
});

test("speakers: a reviewer may not merge; an admin merges a duplicate into the kept speaker", async () => {
  const saar = await t.db.speaker.findFirstOrThrow({ where: { name: "جدعون ساعر" } });
  const duplicate = await t.db.speaker.findFirstOrThrow({ where: { name: "متحدث تجريبي" } });
  const moved = await t.db.claim.create({
    data: {
      articleId: sample.articleId,
      speakerId: duplicate.id,
      contentStart: 1,
      contentEnd: 6,
      contentText: sample.text.slice(1, 6),
      contentNorm: "x",
      kind: "direct",
      extractorName: "e2e",
      extractorVersion: "1",
    },
  });
  await open(page, `/speakers/${saar.id}`);
  assert.equal(await page.locator('form[aria-label="Merge speakers"]').count(), 0);
  assert.equal(await page.getByText("Only admins can merge speakers.").count(), 1);

  const admin = await d.newPage();
  await signIn(admin, ADMIN, `/speakers/${saar.id}`);
  await open(admin, `/speakers/${saar.id}`);
  const merge = admin.locator('form[aria-label="Merge speakers"]');
  await merge.getByPlaceholder("name or alias").fill("تجريبي");
  await merge.locator("ul[aria-label='Matching speakers'] button", { hasText: "متحدث تجريبي" }).click();
  await merge.locator('button[type="submit"]').click();
  await eventually(async () => (await t.db.speaker.count({ where: { id: duplicate.id } })) === 0);
  assert.equal((await t.db.claim.findUniqueOrThrow({ where: { id: moved.id } })).speakerId, saar.id);
  assert.ok(
    (await t.db.speaker.findUniqueOrThrow({ where: { id: saar.id } })).aliases.includes("متحدث تجريبي"),
  );
  await admin.context().close();
});
