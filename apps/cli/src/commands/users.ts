import { checkDb, createDb, DbUnavailableError } from "@sayso/db";
import {
  createUserWithPassword,
  generatePassword,
  MIN_PASSWORD_LENGTH,
  ROLES,
  type Role,
  UserExistsError,
} from "@sayso/db/auth";
import type { Command } from "commander";
import { z } from "zod";
import { getConfig } from "../config.ts";
import { CliError, UsageError } from "../errors.ts";

interface AddOptions {
  email: string;
  role: string;
  name?: string;
  password?: string;
  update?: boolean;
  ifMissing?: boolean;
  json?: boolean;
}

export function register(program: Command): void {
  const users = program.command("users").description("manage who can sign in to the dashboard");
  users
    .command("add")
    .description("create a dashboard user (prints a generated password when none is given)")
    .requiredOption("--email <email>", "sign-in email")
    .requiredOption("--role <role>", `one of: ${ROLES.join(", ")}`)
    .option("--name <name>", "display name (default: the part of the email before @)")
    .option("--password <password>", `at least ${MIN_PASSWORD_LENGTH} characters (default: generate one)`)
    .option("--update", "if the email exists, replace its role, name and password (signs it out everywhere)")
    .option("--if-missing", "if the email exists, leave it as it is and succeed (for scripts)")
    .option("--json", "print one JSON object")
    .action(async (options: AddOptions) => {
      if (!(ROLES as readonly string[]).includes(options.role)) {
        throw new UsageError(`--role must be one of: ${ROLES.join(", ")}`);
      }
      if (options.update && options.ifMissing)
        throw new UsageError("--update and --if-missing exclude each other");
      if (options.password !== undefined && options.password.length < MIN_PASSWORD_LENGTH) {
        throw new UsageError(`--password must be at least ${MIN_PASSWORD_LENGTH} characters`);
      }
      const password = options.password ?? generatePassword();
      const db = createDb(getConfig().databaseUrl);
      try {
        await checkDb(db);
        const user = await createUserWithPassword(
          db,
          { email: options.email, role: options.role as Role, name: options.name, password },
          { update: options.update, actor: "cli" },
        );
        const shownPassword = options.password === undefined ? password : undefined;
        if (options.json) {
          console.log(JSON.stringify({ ...user, ...(shownPassword ? { password: shownPassword } : {}) }));
          return;
        }
        console.log(`${user.created ? "created" : "updated"} ${user.role} ${user.email} (${user.name})`);
        if (shownPassword) console.log(`password: ${shownPassword}`);
      } catch (error) {
        if (error instanceof UserExistsError) {
          if (options.ifMissing) {
            console.log(`${options.email} already exists; left as it is`);
            return;
          }
          throw new CliError(`${error.message} (use --update to change it)`);
        }
        if (error instanceof DbUnavailableError) throw new CliError(error.message);
        if (error instanceof z.ZodError) throw new UsageError(`invalid input: ${z.prettifyError(error)}`);
        throw error;
      } finally {
        await db.$disconnect();
      }
    });
}
