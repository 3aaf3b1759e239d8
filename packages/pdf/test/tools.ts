/**
 * The outside tools the PDF tests drive (Chromium, poppler, LibreOffice, Noto CJK fonts) and
 * the rule for when one is missing: skip with a warning on a developer's machine, fail under
 * CI (`CI=true`), where `.ci/run` installs them all.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Bulletin } from "@bulletin/schema";
import { CHROMIUM, hasChromium, skipWithout, withSpanningTable } from "@bulletin/testkit";

export { CHROMIUM };

const onPath = (command: string, args: string[] = ["-v"]): boolean => {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 20_000 });
  return result.error === undefined;
};

const notoCjk = (): boolean => {
  const result = spawnSync("fc-list", [], { encoding: "utf8" });
  return /noto.*cjk/i.test(result.stdout ?? "");
};

/** Which of the tools are there, checked once. */
export const TOOLS = {
  chromium: hasChromium,
  poppler: onPath("pdftotext") && onPath("pdfinfo") && onPath("pdftoppm"),
  soffice: onPath("soffice", ["--version"]),
  notoCjk: notoCjk(),
} as const;

export type Tool = keyof typeof TOOLS;

/**
 * Whether a test group that needs `tools` runs: true when they are all there, and true under CI
 * even when one is missing (so that `assertTools` fails the group instead of skipping it).
 */
export function runsWith(...tools: Tool[]): boolean {
  const missing = tools.filter((t) => !TOOLS[t]);
  if (!skipWithout(missing.length === 0)) return true;
  process.emitWarning(`pdf tests skipped: ${missing.join(", ")} missing (CI installs them)`);
  return false;
}

/** Throws (failing the group) when a tool is missing; call from the group's beforeAll. */
export function assertTools(...tools: Tool[]): void {
  const missing = tools.filter((t) => !TOOLS[t]);
  if (missing.length > 0) {
    throw new Error(
      `missing for the PDF tests: ${missing.join(", ")} (apt-get install chromium fonts-noto-cjk poppler-utils libreoffice-writer-nogui)`,
    );
  }
}

/** The reference issue. */
export const issue9 = (): import("@bulletin/schema").Bulletin =>
  JSON.parse(
    readFileSync(
      new URL("../../../examples/sichuan-window-monthly/issue-9.json", import.meta.url),
      "utf8",
    ),
  );

/** A cell text that wraps onto three lines in its column. */
export const WRAPPED = "含线上线下全部办件，按月统计，不含咨询类服务事项";

/**
 * `b` with a last section of two items: the spanning table of testkit (head of two rows, row
 * and column spans, caption, note), then a table with a numeric column, a cell that wraps and
 * `—` and `/`, a table with a row in which every cell spans other rows, then a table of 24
 * rows, which breaks across a page (its head repeated).
 */
export function withTables(b: Bulletin): Bulletin {
  const out = withSpanningTable(b);
  const section = out.sections[out.sections.length - 1] as Bulletin["sections"][number];
  section.items.push({
    body: [
      ["各窗口办件情况见下表。"],
      {
        type: "table",
        caption: "表2 各窗口办件情况",
        head: [[["窗口"], ["办件量"], ["说明"]]],
        rows: [
          [["综合窗口"], ["1234件"], [WRAPPED]],
          [["社保窗口"], ["87件"], ["—"]],
          [["不动产登记窗口"], ["35.8%"], ["/"]],
        ],
      },
    ],
  });
  // A row in which every cell spans other rows too (row 4: 政务中心 spans down, 86561件 from
  // above): found by the round trip, Chromium gave such a row no height and the print lost it.
  section.items.push({
    body: [
      ["各中心窗口情况如下。"],
      {
        type: "table",
        caption: "表4 各中心窗口",
        head: [[["中心"], ["窗口"]]],
        rows: [
          [["市民中心"], ["综合窗口"]],
          [["城东中心"], { content: ["86561件"], rowSpan: 3 }],
          [["城西中心"]],
          [{ content: ["政务中心"], rowSpan: 2 }],
          [["社保窗口"]],
        ],
      },
    ],
  });
  const names =
    "成都绵阳德阳自贡泸州广元遂宁内江乐山南充宜宾广安达州巴中雅安眉山资阳攀枝花阿坝甘孜凉山天府新区东部新区";
  section.items.push({
    body: [
      ["各市（州）办件量如下。"],
      {
        type: "table",
        caption: "表5 各市（州）办件量",
        head: [[["市（州）"], ["受理量"], ["办结量"]]],
        rows: Array.from({ length: 24 }, (_, k) => [
          [`${names.slice(2 * k, 2 * k + 2)}窗口`],
          [`${1000 + 37 * k}件`],
          [`${900 + 31 * k}件`],
        ]),
      },
    ],
  });
  return out;
}

/**
 * readPdf's options for reading a real print in a test: the default 30 s `timeout` is for
 * users; a shared CI machine under load took longer than that for issue-9's seven pages.
 */
export const SLOW_MACHINE = { timeout: 150_000 } as const;
