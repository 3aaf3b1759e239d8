import type { ValidationIssue } from "@bulletin/sdk";
import type { CommandContext } from "./context";
import { escapeControls } from "./escape";

/** Writes issues to stderr, one a line: `file  severity  path  code  message`. */
export function printIssues(
  context: CommandContext,
  file: string,
  issues: readonly ValidationIssue[],
  formatPath: (path: ValidationIssue["path"]) => string,
): void {
  const { err } = context;
  for (const issue of issues) {
    const severity =
      issue.severity === "error"
        ? err.red("error")
        : issue.severity === "warning"
          ? err.yellow("warning")
          : err.cyan("info");
    context.io.stderr.write(
      `${err.bold(escapeControls(file))}  ${severity}  ${escapeControls(formatPath(issue.path))}  ${err.dim(issue.code)}  ${escapeControls(issue.message)}\n`,
    );
  }
}
