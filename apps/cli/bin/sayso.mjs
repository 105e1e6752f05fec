#!/usr/bin/env node
// Runs the CLI from its TypeScript source: internal packages ship as source, so there is no build step.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
