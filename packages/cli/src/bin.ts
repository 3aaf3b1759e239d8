#!/usr/bin/env node
import { runCli } from "./run-cli";

// A reader that stops early (`bulletin validate … | head -1`) closes the pipe: end quietly,
// as a command killed by SIGPIPE would, instead of dying of an unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
