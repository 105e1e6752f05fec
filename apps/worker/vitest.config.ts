import { defineConfig } from "vitest/config";

// Real Postgres, Redis and child processes: give them time, and keep files from competing for 2 cores.
export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false },
});
