#!/usr/bin/env node
// The `bulletin` command. npm links this file when it installs the package, which in this
// repository happens before the build: so it is a committed file that loads the built CLI, and
// says what to do when the build has not run yet.
import { existsSync } from "node:fs";

const built = new URL("../dist/bin.js", import.meta.url);
if (existsSync(built)) await import(built.href);
else {
  process.stderr.write(
    "bulletin: the CLI is not built yet (packages/cli/dist/bin.js is missing): run `npm run build` (or `npm run demo`) at the repository root first\n",
  );
  process.exitCode = 2;
}
