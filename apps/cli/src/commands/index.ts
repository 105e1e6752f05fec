import type { Command } from "commander";
import { register as db } from "./db.ts";
import { register as enqueue } from "./enqueue.ts";
import { register as exportCmd } from "./export.ts";
import { register as extract } from "./extract.ts";
import { register as reprocess } from "./reprocess.ts";
import { register as retry } from "./retry.ts";
import { register as status } from "./status.ts";
import { register as users } from "./users.ts";
import { register as worker } from "./worker.ts";

/** Each command lives in its own file and adds itself to the program. */
export function registerCommands(program: Command): void {
  for (const register of [db, worker, enqueue, status, retry, reprocess, extract, exportCmd, users])
    register(program);
}
