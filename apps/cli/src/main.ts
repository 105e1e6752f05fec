import { Command, CommanderError } from "commander";
import { registerCommands } from "./commands/index.ts";
import { EXIT, reportError, UsageError } from "./errors.ts";

const program = new Command()
  .name("sayso")
  .description("Track attributed claims in news: who said what, when, and where in the text it says so.")
  .version("0.1.0")
  .showHelpAfterError()
  .exitOverride();

registerCommands(program);

// `sayso extract … | head`: a reader that stops early ends the output, it is not an error
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(EXIT.ok);
  process.exit(reportError(error));
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end here too, with exit code 0
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else if (error instanceof UsageError) {
    console.error(`sayso: ${error.message}`);
    process.exitCode = EXIT.usage;
  } else {
    process.exitCode = reportError(error);
  }
}
