import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { CliUsageError } from "../errors";
import type { Command } from "../internal/context";
import { escapeControls } from "../internal/escape";
import { readLocale } from "../internal/locale";
import { parseCommandLine } from "../internal/parse-command-line";
import { writeFileAtomic } from "../internal/write-file-atomic";

/** `bulletin schema`: the JSON Schema file of the model, to stdout or `-o`. */
export const schemaCommand: Command = {
  async run(args, context) {
    const { values, positionals } = parseCommandLine("schema", args, {
      output: { type: "string", short: "o" },
    });
    readLocale(values.locale as string | undefined, context.io.env);
    if (positionals.length > 0)
      throw new CliUsageError(context.messages.tooManyInputs("schema"), "schema");
    const require = createRequire(import.meta.url);
    const schema = await readFile(require.resolve("@bulletin/schema/bulletin.schema.json"), "utf8");
    const output = values.output as string | undefined;
    if (output === undefined)
      context.io.stdout.write(schema.endsWith("\n") ? schema : `${schema}\n`);
    else {
      await writeFileAtomic(output, schema, context.io.cwd, context.messages);
      context.io.stderr.write(`${escapeControls(context.messages.wrote(output))}\n`);
    }
    return 0;
  },
};
