// Test plumbing for the browser end-to-end tests: a fresh database, a production build of the
// dashboard (rebuilt only when sources changed), `next start` on a free port, and Chromium.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";

export const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_DIR = resolve(WEB_DIR, "../..");
const NEXT_BIN = join(REPO_DIR, "node_modules/next/dist/bin/next");

/** Sources a production build depends on; a build older than any of them is rebuilt. */
const BUILD_INPUTS = [
  "apps/web/app",
  "apps/web/components",
  "apps/web/lib",
  "apps/web/proxy.ts",
  "apps/web/next.config.ts",
  "apps/web/package.json",
  "packages/db/src",
  "packages/db/package.json",
  "packages/queue/src",
];

function newestMtime(path: string): number {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolvePromise(output)
        : reject(new Error(`${command} ${args.join(" ")} exited ${code}\n${output}`)),
    );
  });
}

/** `next build` unless .next/BUILD_ID is newer than every input (SAYSO_E2E_REBUILD=1 forces one). */
export async function ensureBuild(): Promise<{ built: boolean; seconds: number }> {
  const buildId = join(WEB_DIR, ".next/BUILD_ID");
  const builtAt = newestMtime(buildId);
  const inputsAt = Math.max(...BUILD_INPUTS.map((p) => newestMtime(join(REPO_DIR, p))));
  if (builtAt > inputsAt && process.env.SAYSO_E2E_REBUILD !== "1") return { built: false, seconds: 0 };
  const started = Date.now();
  await run(process.execPath, [NEXT_BIN, "build"], {
    cwd: WEB_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  return { built: true, seconds: Math.round((Date.now() - started) / 1000) };
}

export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

export interface WebServer {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/** `next start` against the given database; resolves once the sign-in page answers. */
export async function startServer(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<WebServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: WEB_DIR,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: databaseUrl,
        REDIS_URL: "redis://127.0.0.1:6379/2",
        BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
        BETTER_AUTH_URL: url,
        ...extraEnv,
      },
    },
  );
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid, "SIGTERM");
    const timeout = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 5000);
    await exited;
    clearTimeout(timeout);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited ${child.exitCode}\n${output}`);
    try {
      const response = await fetch(`${url}/sign-in`, { redirect: "manual" });
      if (response.status === 200) return { url, output: () => output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`next start did not answer within 60 s\n${output}`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/** Polls `probe` until it returns a truthy value (database checks after a UI action). */
export async function eventually<T>(probe: () => Promise<T>, timeoutMs = 8000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await probe();
    if (last) return last as NonNullable<T>;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`condition not met within ${timeoutMs} ms (last value: ${JSON.stringify(last)})`);
}
