// Shared set-up of the browser tests: a database with the sample article and two users, the
// production build, `next start` and Chromium. Each test file gets its own (node:test runs files
// one after the other; the build is made once and reused).
import { createUserWithPassword } from "@sayso/db/auth";
import { createTestDatabase, type TestDatabase } from "@sayso/db/testing";
import type { Browser, Page } from "playwright-core";
import { ensureBuild, launchBrowser, startServer, type WebServer } from "./harness.ts";
import { seedSampleArticle } from "./seed.ts";

export const REVIEWER = {
  email: "reviewer@example.org",
  password: "correct horse battery",
  name: "Rana Reviewer",
};
export const ADMIN = { email: "admin@example.org", password: "admin password here", name: "Adel Admin" };

export interface Dashboard {
  t: TestDatabase;
  server: WebServer;
  browser: Browser;
  sample: { articleId: string; text: string; claims: number };
  /** a new browser page (own cookies), not signed in */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startDashboard(env: Record<string, string> = {}): Promise<Dashboard> {
  const t = await createTestDatabase("sayso_t_web");
  try {
    const sample = await seedSampleArticle(t.db);
    await createUserWithPassword(t.db, { ...REVIEWER, role: "reviewer" });
    await createUserWithPassword(t.db, { ...ADMIN, role: "admin" });
    const build = await ensureBuild();
    console.log(build.built ? `next build took ${build.seconds} s` : "reusing the existing build");
    const server = await startServer(t.url, env);
    const browser = await launchBrowser().catch(async (error) => {
      await server.stop();
      throw error;
    });
    return {
      t,
      server,
      browser,
      sample,
      async newPage() {
        const context = await browser.newContext({
          baseURL: server.url,
          viewport: { width: 1440, height: 900 },
          locale: "en",
        });
        return context.newPage();
      },
      async close() {
        await browser.close();
        await server.stop();
        await t.drop();
      },
    };
  } catch (error) {
    await t.drop();
    throw error;
  }
}

/** Opens a dashboard page and waits until it is hydrated (its keyboard shortcuts work). */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForSelector("html[data-hydrated]");
}

/** Signs in through the form, starting from a page that needs a session. */
export async function signIn(page: Page, user: { email: string; password: string }, from = "/queue") {
  await page.goto(from);
  await page.waitForURL(/\/sign-in\?next=/);
  await page.fill('input[name="email"]', user.email);
  await page.fill('input[name="password"]', user.password);
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

export function sampleClaims(dashboard: Dashboard) {
  return dashboard.t.db.claim.findMany({
    where: { articleId: dashboard.sample.articleId },
    orderBy: [{ contentStart: "asc" }, { contentEnd: "asc" }],
  });
}
