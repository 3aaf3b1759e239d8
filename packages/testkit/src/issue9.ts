import { readFileSync } from "node:fs";
import type { Bulletin } from "@bulletin/schema";

/**
 * A fresh copy of the reference issue, 政务窗口月报 第9期
 * (`examples/sichuan-window-monthly/issue-9.json`), as its JSON has it.
 */
export function readIssue9(): Bulletin {
  const url = new URL("../../../examples/sichuan-window-monthly/issue-9.json", import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as Bulletin;
}
