export { CliFileError, CliUsageError } from "./errors";
export { type CliIo, type OutputStream, type RunCliOptions, runCli } from "./run-cli";
