import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as cliEsm from "@bulletin/cli";
import * as docxEsm from "@bulletin/docx";
import * as formatEsm from "@bulletin/format";
import * as parseEsm from "@bulletin/parse";
import * as pdfEsm from "@bulletin/pdf";
import * as renderEsm from "@bulletin/render";
import * as schemaEsm from "@bulletin/schema";
import * as sdkEsm from "@bulletin/sdk";
import { describe, expect, test } from "vitest";

// One error story across the packages (issue 16): every error the toolkit throws is a
// BulletinError with a code, `isBulletinError` recognises all of them and nothing else, and
// `instanceof` works across the ESM and the CJS build of a package loaded in one process (the
// dual-package hazard). The CJS builds are loaded with require, the ESM builds with import.
const require = createRequire(import.meta.url);
type Module = Record<string, unknown>;
const builds: Record<"esm" | "cjs", Record<string, Module>> = {
  esm: {
    format: formatEsm,
    schema: schemaEsm,
    render: renderEsm,
    parse: parseEsm,
    sdk: sdkEsm,
    docx: docxEsm,
    pdf: pdfEsm,
    cli: cliEsm,
  },
  cjs: Object.fromEntries(
    ["format", "schema", "render", "parse", "sdk", "docx", "pdf", "cli"].map((name) => [
      name,
      require(`@bulletin/${name}`) as Module,
    ]),
  ),
};

const issue9 = (): unknown =>
  JSON.parse(
    readFileSync(
      new URL("../../../examples/sichuan-window-monthly/issue-9.json", import.meta.url),
      "utf8",
    ),
  );

type Fn = (...args: unknown[]) => unknown;
const fn = (m: Module, name: string): Fn => m[name] as Fn;

/** What each build throws: [package, class, code, how to make it throw]. */
const throwers: [string, string, string, (m: Record<string, Module>) => unknown][] = [
  ["format", "FormatError", "negative-amount", (m) => fn(m.format!, "toChineseMoney")(-5)],
  [
    "schema",
    "BulletinValidationError",
    "invalid-bulletin",
    (m) => fn(m.schema!, "parseBulletin")({}),
  ],
  [
    "render",
    "RenderError",
    "invalid-option",
    (m) => fn(m.render!, "renderText")(issue9(), { dateStyle: "roman" }),
  ],
  [
    "parse",
    "ParseOptionsError",
    "invalid-option",
    (m) => fn(m.parse!, "parseBulletinText")("", { referenceYear: 25 }),
  ],
  ["sdk", "BulletinJsonError", "invalid-json", (m) => fn(m.sdk!, "loadBulletin")("{")],
  [
    "sdk",
    "FeedOptionsError",
    "invalid-option",
    (m) => fn(m.sdk!, "validateFeed")("", { format: "csv" }),
  ],
  ["sdk", "FeedSourceError", "invalid-feed-source", (m) => fn(m.sdk!, "validateFeed")(42)],
  ["sdk", "Utf8Error", "invalid-utf8", (m) => fn(m.sdk!, "decodeUtf8")(new Uint8Array([0xff]))],
  [
    "docx",
    "DocxError",
    "invalid-option",
    (m) => fn(m.docx!, "renderDocx")(issue9(), { pageNumbers: "yes" }),
  ],
  ["pdf", "PdfError", "not-a-pdf", (m) => fn(m.pdf!, "readPdf")(new TextEncoder().encode("x"))],
  [
    "cli",
    "CliUsageError",
    "usage",
    (m) => {
      throw new (m.cli!.CliUsageError as new (message: string) => Error)("unknown command");
    },
  ],
  [
    "cli",
    "CliFileError",
    "file",
    (m) => {
      throw new (m.cli!.CliFileError as new (message: string, file: string) => Error)("x", "f");
    },
  ],
];

async function caught(f: () => unknown): Promise<unknown> {
  try {
    await f();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

const classes = throwers.map(([pkg, name]) => [pkg, name] as const);
const classOf = (build: "esm" | "cjs", pkg: string, name: string) =>
  builds[build][pkg]![name] as abstract new (
    ...args: never[]
  ) => unknown;

describe("errors across packages and module formats", () => {
  test("the CJS and the ESM build are really two copies of each class", () => {
    for (const [pkg, name] of classes)
      expect(classOf("esm", pkg, name), `${pkg} ${name}`).not.toBe(classOf("cjs", pkg, name));
    expect(formatEsm.BulletinError).not.toBe(builds.cjs.format!.BulletinError);
  });

  for (const thrower of ["esm", "cjs"] as const) {
    test.each(throwers.map(([pkg, name, code, f]) => [`${pkg} ${name}`, name, code, f] as const))(
      `errors: %s thrown by the ${thrower} build has its code and is recognised by both builds`,
      async (_label, name, code, make) => {
        const error = await caught(() => make(builds[thrower]));
        expect(error).toMatchObject({ name, code });
        for (const checker of ["esm", "cjs"] as const) {
          const format = builds[checker].format!;
          expect(fn(format, "isBulletinError")(error)).toBe(true);
          expect(fn(builds[checker].sdk!, "isBulletinError")(error)).toBe(true);
          expect(error instanceof (format.BulletinError as typeof Error)).toBe(true);
          for (const [pkg, other] of classes) {
            expect(error instanceof classOf(checker, pkg, other), `${checker} ${other}`).toBe(
              other === name,
            );
          }
        }
        expect(error).toBeInstanceOf(Error);
      },
    );
  }

  test("isBulletinError: false for errors the toolkit did not make, in both builds", () => {
    const others = [
      new Error("x"),
      new TypeError("x"),
      Object.assign(new Error("x"), { code: "invalid-option", name: "RenderError" }),
      { name: "FormatError", code: "invalid-number", message: "x" },
      null,
      "FormatError",
    ];
    for (const build of ["esm", "cjs"] as const)
      for (const value of others) {
        expect(fn(builds[build].format!, "isBulletinError")(value)).toBe(false);
        for (const [pkg, name] of classes)
          expect(value instanceof classOf(build, pkg, name)).toBe(false);
      }
  });

  test("invalid-option is the one code of a bad option, with the option as an array path", async () => {
    const paths = await Promise.all(
      throwers
        .filter(([, , code]) => code === "invalid-option")
        .map(async ([, , , make]) => (await caught(() => make(builds.esm))) as { path?: unknown }),
    );
    expect(paths.map((e) => e.path)).toEqual([
      ["dateStyle"],
      ["referenceYear"],
      ["format"],
      ["pageNumbers"],
    ]);
  });
});
