import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { renderHtml, renderMarkdown, renderText } from "@bulletin/render";
import { type Bulletin, type Inline, validateBulletin } from "@bulletin/schema";
import { arbitraryBulletin } from "@bulletin/testkit";
import fc from "fast-check";
import { expect, test, vi } from "vitest";
import { issue9, tiny } from "./fixtures";

// Property tests over hundreds of generated bulletins: on a shared, loaded machine they take
// longer than the default 30 s.
vi.setConfig({ testTimeout: 180_000 });

/**
 * The output of every writer, with each option that changes it, on the reference issue, the
 * parser's fixtures and 300 generated bulletins (a fixed seed), as SHA-256 prefixes: taken
 * from the writers before they walked the layout, so that the redesign is held to the same
 * bytes. Bulletins with a dangling reference record the error instead.
 */

const hash = (s: string): string => createHash("sha256").update(s).digest("hex").slice(0, 16);

type Outcome = string | { code: unknown; path: unknown; message: string };

function outcome(write: () => string): Outcome {
  try {
    return hash(write());
  } catch (error) {
    const e = error as { code?: unknown; path?: unknown; message?: string };
    // The golden file holds paths written out (`sections[0].date`); errors carry them as arrays.
    const path = Array.isArray(e.path)
      ? e.path.map((k, i) => (typeof k === "number" ? `[${k}]` : i ? `.${k}` : k)).join("")
      : e.path;
    return { code: e.code, path, message: String(e.message) };
  }
}

function outputs(b: Bulletin, k: number): Record<string, Outcome> {
  // The golden file holds the English messages of the errors (the default is zh-CN since
  // errors speak the caller's locale; test/messages.test.ts checks both).
  const en = { locale: "en" } as const;
  return {
    text: outcome(() => renderText(b, en)),
    textChinese: outcome(() => renderText(b, { ...en, dateStyle: "chinese", newline: "\r\n" })),
    markdown: outcome(() => renderMarkdown(b, en)),
    markdownChinese: outcome(() => renderMarkdown(b, { ...en, dateStyle: "chinese" })),
    html: outcome(() => renderHtml(b, en)),
    htmlChinese: outcome(() => renderHtml(b, { ...en, dateStyle: "chinese", lang: "zh-Hans" })),
    htmlDocument: outcome(() =>
      renderHtml(b, {
        ...en,
        document: true,
        theme: (["official", "plain", "none"] as const)[k % 3] as "official",
      }),
    ),
  };
}

function fixtures(): [string, Bulletin][] {
  const dir = new URL("../../parse/test/fixtures/", import.meta.url);
  const out: [string, Bulletin][] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const result = validateBulletin(JSON.parse(readFileSync(new URL(file, dir), "utf8")));
    if (result.bulletin !== undefined) out.push([`parse/${file}`, result.bulletin]);
  }
  return out;
}

/** Variants of a bulletin with one reference that does not resolve. */
function broken(b: Bulletin, k: number): Bulletin | undefined {
  const c = structuredClone(b);
  const items = c.sections.flatMap((s) => s.items);
  const item = items[k % Math.max(1, items.length)];
  if (item === undefined) return undefined;
  let first = item.body.find((b): b is Inline[] => Array.isArray(b));
  if (k % 3 !== 0 && first === undefined) {
    first = ["甲"];
    item.body.unshift(first);
  }
  first ??= [];
  switch (k % 3) {
    case 0:
      item.departmentRefs = [...(item.departmentRefs ?? []), "missing"];
      return c;
    case 1:
      first.push({ type: "metric", ref: "missing" });
      return c;
    default:
      first.push({ type: "department", ref: "missing" });
      return c;
  }
}

function cases(): [string, Bulletin][] {
  const nine = issue9();
  const withNote = issue9();
  withNote.sections.unshift({
    title: "编者按",
    kind: "editor-note",
    items: [{ body: [["为推动工作，现将有关情况通报如下。"], ["二段。"]] }],
  });
  withNote.issue.copies = 120;
  withNote.issue.year = 2025;
  withNote.issue.totalNumber = 123;
  const list: [string, Bulletin][] = [
    ["issue-9", nine],
    ["issue-9 with a note, copies, year and total number", withNote],
    ["tiny", tiny()],
    ...fixtures(),
  ];
  const generated = fc.sample(arbitraryBulletin({ tables: false }), {
    numRuns: 300,
    seed: 20261201,
  });
  generated.forEach((b, k) => {
    list.push([`generated ${k}`, b]);
    if (k % 10 === 0) {
      const bad = broken(b, k / 10);
      if (bad !== undefined) list.push([`generated ${k} broken`, bad]);
    }
  });
  return list;
}

test("the writers write the same bytes as before the layout, on fixtures and 300 generated bulletins", async () => {
  const records = cases().map(([name, b], k) => ({ name, ...outputs(b, k) }));
  await expect(`${JSON.stringify(records, null, 1)}\n`).toMatchFileSnapshot(
    "__snapshots__/golden.json",
  );
});
