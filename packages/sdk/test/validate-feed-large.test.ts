import { Readable } from "node:stream";
import { type FeedRecordResult, summarizeFeed, validateFeed } from "@bulletin/sdk";
import { expect, test } from "vitest";
import { smallBulletin } from "./fixtures";

type Kind = "good" | "bad-json" | "truncated" | "invalid-model" | "bom" | "crlf" | "blank" | "huge";

/**
 * 10^5 records, 1% of them broken in every way a feed breaks, plus blank lines that are not
 * records and one 50 MB line. Returns the feed as 64 KiB byte chunks (cut mid-character) and
 * what each record must give.
 */
function buildFeed(records: number) {
  const good = JSON.stringify(smallBulletin());
  const invalid = JSON.stringify({
    ...smallBulletin(),
    issue: { number: 9, publishedOn: "2025-02-30" },
  });
  const kinds: Kind[] = ["bad-json", "truncated", "invalid-model", "bom", "crlf", "blank"];
  const expected: { line: number; ok: boolean; code?: string }[] = [];
  const blankLines: number[] = [];
  let line = 1;
  function* lines(): Generator<string> {
    for (let i = 0; i < records; i++) {
      let kind: Kind =
        i % 100 === 37 ? (kinds[Math.floor(i / 100) % kinds.length] as Kind) : "good";
      if (i === 54_321) kind = "huge";
      switch (kind) {
        case "good":
          expected.push({ line, ok: true });
          yield `${good}\n`;
          break;
        case "bad-json":
          expected.push({ line, ok: false, code: "invalid-json" });
          yield `${good.replace('"schemaVersion":"1"', '"schemaVersion":"1",')},}\n`;
          break;
        case "truncated":
          expected.push({ line, ok: false, code: "invalid-json" });
          yield `${good.slice(0, 123)}\n`;
          break;
        case "invalid-model":
          expected.push({ line, ok: false, code: "invalid-date" });
          yield `${invalid}\n`;
          break;
        case "bom":
          expected.push({ line, ok: true });
          yield `\uFEFF${good}\n`;
          break;
        case "crlf":
          expected.push({ line, ok: true });
          yield `${good}\r\n`;
          break;
        case "blank":
          blankLines.push(line, line + 1);
          line += 2;
          expected.push({ line, ok: true });
          yield `\n \t\r\n${good}\n`;
          break;
        case "huge":
          expected.push({ line, ok: true });
          yield `${good.slice(0, -1)},"_attachment":"${"档".repeat((50 * 1024 * 1024) / 3)}"}\n`;
          break;
      }
      line++;
    }
  }
  const encoder = new TextEncoder();
  async function* chunks(): AsyncGenerator<Uint8Array> {
    let batch = "";
    for (const text of lines()) {
      batch += text;
      if (batch.length < 1 << 20) continue;
      const bytes = encoder.encode(batch);
      batch = "";
      for (let i = 0; i < bytes.length; i += 65_536) yield bytes.subarray(i, i + 65_536);
    }
    const bytes = encoder.encode(batch);
    for (let i = 0; i < bytes.length; i += 65_536) yield bytes.subarray(i, i + 65_536);
  }
  return { chunks, expected, blankLines };
}

test("validateFeed [slow]: 10^5 NDJSON records with 1% broken and a 50 MB line: counts exact, lines right, none lost", async () => {
  const { chunks, expected } = buildFeed(100_000);
  const results: FeedRecordResult[] = [];
  for await (const r of validateFeed(Readable.from(chunks()), { locale: "en" })) {
    // Keep what the checks need, not the bulletins: 10^5 of them would only cost memory.
    results.push({
      index: r.index,
      ...(r.line ? { line: r.line } : {}),
      ok: r.ok,
      issues: r.issues.slice(0, 1),
    });
  }
  expect(results.length).toBe(100_000);
  const mismatches = results.filter((r, i) => {
    const e = expected[i];
    const code = r.issues[0]?.code;
    return (
      !e ||
      r.index !== i ||
      r.line !== e.line ||
      r.ok !== e.ok ||
      (e.code !== undefined && code !== e.code)
    );
  });
  expect(mismatches).toEqual([]);
  const summary = summarizeFeed(results);
  expect(summary).toMatchObject({ records: 100_000, valid: 99_499, invalid: 501 });
  expect(summary.byCode).toEqual({ "invalid-json": 334, "invalid-date": 167 });
}, 120_000);
