import { defineConfig } from "vitest/config";

// The CLI tests run the real `sayso` binary against real PostgreSQL and Redis: give child processes
// time on a loaded 2-core machine, and keep files from competing for the cores.
export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false },
});
