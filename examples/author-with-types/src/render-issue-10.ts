import { renderText } from "@bulletin/sdk";
import { issue10 } from "./issue-10";

/** The issue as plain official text. */
export function issue10Text(): string {
  return renderText(issue10);
}
