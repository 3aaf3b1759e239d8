import * as fs from "node:fs";
import { fileURLToPath } from "node:url";
import * as cli from "@bulletin/cli";
import * as format from "@bulletin/format";
import * as parse from "@bulletin/parse";
import * as render from "@bulletin/render";
import * as schema from "@bulletin/schema";
import * as sdk from "@bulletin/sdk";

const exampleUrl = new URL("../../../examples/sichuan-window-monthly/", import.meta.url);
const text = fs.readFileSync(new URL("issue-9.json", exampleUrl), "utf8");

/** The reference issue, 政务窗口月报 第9期, validated. */
function issue9(): schema.Bulletin {
  return schema.parseBulletin(JSON.parse(text));
}

/**
 * What a doc example may use without importing it: every export of the packages, and the
 * fixtures the examples name. Each example gets fresh fixtures (an example may change them).
 */
export const scope: Record<string, unknown> = {
  ...format,
  ...schema,
  ...render,
  ...parse,
  ...sdk,
  ...cli,
  get issue9() {
    return issue9();
  },
  /** The same, under the name the schema examples use. */
  get bulletin() {
    return issue9();
  },
  /** The reference issue with its metrics gone, so that its metric references dangle. */
  get bulletinWithDanglingRef() {
    return { ...issue9(), metrics: [] };
  },
  /** The JSON text of the reference issue. */
  text,
  /** The reference issue's text as extracted from its PDF. */
  seedText: fs.readFileSync(new URL("seed.txt", exampleUrl), "utf8"),
  /** The folder of the reference issue (`issue-9.json`). */
  exampleDir: fileURLToPath(exampleUrl),
  /** `readFile` of `node:fs/promises`, relative to {@link exampleDir}. */
  readFile: (name: string) => fs.promises.readFile(new URL(name, exampleUrl)),
  __modules: {
    "@bulletin/format": format,
    "@bulletin/schema": schema,
    "@bulletin/render": render,
    "@bulletin/parse": parse,
    "@bulletin/sdk": sdk,
    "@bulletin/cli": cli,
    // Examples run as if in the reference issue's folder: relative paths resolve there.
    "node:fs": {
      ...fs,
      readFileSync: (path: fs.PathOrFileDescriptor, ...rest: [BufferEncoding]) =>
        fs.readFileSync(typeof path === "string" ? new URL(path, exampleUrl) : path, ...rest),
    },
  },
};
