import { Readable } from "node:stream";
import { FeedOptionsError, FeedSourceError, summarizeFeed, validateFeed } from "@bulletin/sdk";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { collect, pieces, smallBulletin } from "./fixtures";

const good = JSON.stringify(smallBulletin());
const bad = JSON.stringify({ ...smallBulletin(), issue: { number: 9, publishedOn: "2025-02-30" } });
const encoder = new TextEncoder();

const brief = (r: {
  index: number;
  line?: number;
  column?: number;
  ok: boolean;
  issues: { code: string }[];
}) => ({
  index: r.index,
  line: r.line,
  column: r.column,
  ok: r.ok,
  codes: r.issues.map((i) => i.code),
});

describe("validateFeed: NDJSON", () => {
  test("validateFeed: reports each record with its index and line, skipping blank lines", async () => {
    const feed = `${good}\n\n   \n${bad}\n${good}`;
    const results = (await collect(validateFeed(feed, { locale: "en" }))).map(brief);
    expect(results).toEqual([
      { index: 0, line: 1, column: 1, ok: true, codes: [] },
      { index: 1, line: 4, column: 1, ok: false, codes: ["invalid-date"] },
      { index: 2, line: 5, column: 1, ok: true, codes: [] },
    ]);
  });

  test("validateFeed: an unknown locale writes its issues in the default zh-CN", async () => {
    const locale = "fr" as unknown as "en";
    const [json, record] = await collect(validateFeed("{oops\n" + bad, { locale }));
    const [zhJson, zhRecord] = await collect(validateFeed("{oops\n" + bad));
    expect(json?.issues.map((i) => i.message)).toEqual(zhJson?.issues.map((i) => i.message));
    expect(record?.issues.map((i) => i.message)).toEqual(zhRecord?.issues.map((i) => i.message));
    expect(json?.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  test("validateFeed: accepts CRLF line ends and a byte-order mark on any line", async () => {
    const feed = `\uFEFF${good}\r\n${good}\r\n\r\n\uFEFF${good}\r\n`;
    const results = await collect(validateFeed(encoder.encode(feed)));
    expect(results.map((r) => [r.line, r.ok])).toEqual([
      [1, true],
      [2, true],
      [4, true],
    ]);
  });

  test("validateFeed: names the line and column where a record stops being JSON, and goes on", async () => {
    const feed = `${good}\n{"schemaVersion": "1",, }\n${good.slice(0, 40)}\n${good}\n`;
    const results = await collect(validateFeed(feed, { locale: "en" }));
    expect(results.map(brief)).toEqual([
      { index: 0, line: 1, column: 1, ok: true, codes: [] },
      { index: 1, line: 2, column: 1, ok: false, codes: ["invalid-json"] },
      { index: 2, line: 3, column: 1, ok: false, codes: ["invalid-json"] },
      { index: 3, line: 4, column: 1, ok: true, codes: [] },
    ]);
    expect(results[1]?.issues[0]).toMatchObject({
      line: 2,
      column: 23,
      severity: "error",
      path: [],
    });
    expect(results[1]?.issues[0]?.message).toMatch(/^Not valid JSON at line 2, column 23: /);
    expect(results[2]?.issues[0]).toMatchObject({ line: 3, column: 41 });
  });

  test("validateFeed: writes messages in zh-CN by default", async () => {
    const [r] = await collect(validateFeed("nope\n"));
    expect(r?.issues[0]?.message).toMatch(/^第 1 行第 2 列不是有效的 JSON：/);
  });

  test("validateFeed: skips a line longer than maxRecordLength as a record-too-long record", async () => {
    const long = `{"schemaVersion":"1","_x":"${"x".repeat(5000)}"}`;
    const source = pieces(encoder.encode(`${good}\n${long}\n${good}\n${long}`), 100);
    const results = await collect(validateFeed(source, { maxRecordLength: 1000, locale: "en" }));
    expect(results.map(brief)).toEqual([
      { index: 0, line: 1, column: 1, ok: true, codes: [] },
      { index: 1, line: 2, column: 1, ok: false, codes: ["record-too-long"] },
      { index: 2, line: 3, column: 1, ok: true, codes: [] },
      { index: 3, line: 4, column: 1, ok: false, codes: ["record-too-long"] },
    ]);
    expect(results[1]?.issues[0]?.params).toMatchObject({ length: long.length, max: 1000 });
  });

  test("validateFeed: decodes UTF-8 characters split across chunks", async () => {
    const bytes = encoder.encode(`${good}\n${good}\n`);
    for (const size of [1, 2, 3, 7]) {
      const results = await collect(validateFeed(pieces(bytes, size)));
      expect(results.map((r) => r.ok)).toEqual([true, true]);
      expect(results[0]?.bulletin?.publication.title).toBe("政务窗口月报");
    }
  });
});

describe("validateFeed: bytes that are not UTF-8", () => {
  test("validateFeed: stops at the first byte that is not UTF-8 and names its byte offset, whatever the chunking", async () => {
    const head = encoder.encode(`${good}\n`);
    const bytes = new Uint8Array([...head, ...encoder.encode('{"a":"第'), 0xff, 0xfe, 0x7d, 0x0a]);
    const offset = head.length + 9;
    for (const size of [1, 2, 3, 5, 7, bytes.length]) {
      const results = await collect(validateFeed(pieces(bytes, size), { locale: "en" }));
      expect(results.map((r) => [r.index, r.ok, r.issues.map((i) => i.code)])).toEqual([
        [0, true, []],
        [-1, false, ["invalid-utf8"]],
      ]);
      expect(results[1]?.issues[0]?.params).toEqual({ byteOffset: offset });
      expect(results[1]?.issues[0]?.message).toContain(`byte offset ${offset}`);
    }
  });

  test("validateFeed: a character cut off by the end of the bytes is not UTF-8 either", async () => {
    const bytes = new Uint8Array([...encoder.encode(`${good}\n"`), 0xe7, 0xac]);
    for (const size of [1, 2, bytes.length]) {
      const results = await collect(validateFeed(pieces(bytes, size)));
      expect(results.at(-1)?.issues.map((i) => [i.code, i.params])).toEqual([
        ["invalid-utf8", { byteOffset: bytes.length - 2 }],
      ]);
    }
  });
});

describe("validateFeed: sources", () => {
  test("validateFeed: reads a web ReadableStream of bytes", async () => {
    const stream = new Blob([`${good}\n${bad}\n`]).stream();
    expect((await collect(validateFeed(stream))).map((r) => r.ok)).toEqual([true, false]);
  });

  test("validateFeed: reads a Node Readable of Buffers and of strings", async () => {
    const buffers = Readable.from([Buffer.from(`${good}\n`), Buffer.from(good)]);
    expect((await collect(validateFeed(buffers))).map((r) => r.ok)).toEqual([true, true]);
    const strings = Readable.from([`${good}\n`, bad], { objectMode: true });
    expect((await collect(validateFeed(strings))).map((r) => r.ok)).toEqual([true, false]);
  });

  test("validateFeed: reads an async generator of strings", async () => {
    async function* gen() {
      yield good.slice(0, 10);
      yield `${good.slice(10)}\n`;
    }
    expect((await collect(validateFeed(gen()))).map((r) => r.ok)).toEqual([true]);
  });

  test("validateFeed: throws FeedSourceError at once for a source it cannot read", () => {
    expect(() => validateFeed(42 as never)).toThrow(FeedSourceError);
    expect(() => validateFeed({} as never, { locale: "en" })).toThrow(/cannot read this object/);
    expect(() => validateFeed({} as never)).toThrow(/^validateFeed 无法读取此对象：/);
  });

  test.each([
    [
      { format: "csv" },
      'validateFeed：options.format 无效：应为ndjson、json-array、feed、auto之一，实际为 "csv"',
      'validateFeed: options.format is invalid: expected one of ndjson, json-array, feed, auto, got "csv"',
    ],
    [
      { maxRecordLength: 0 },
      "validateFeed：options.maxRecordLength 无效：应为正整数，实际为 0",
      "validateFeed: options.maxRecordLength is invalid: expected a positive integer, got 0",
    ],
  ])(
    "validateFeed: a bad option %j is refused in the caller's locale (zh-CN by default)",
    (options, zh, en) => {
      expect(() => validateFeed("", options as never)).toThrow(zh);
      expect(() => validateFeed("", { ...options, locale: "en" } as never)).toThrow(en);
    },
  );

  test("validateFeed: a chunk that is not text or bytes is refused in the caller's locale", async () => {
    await expect(collect(validateFeed([good, 7] as never))).rejects.toThrow(
      "validateFeed 读到类型为 number 的数据块：应为字符串或字节（Uint8Array）",
    );
    await expect(collect(validateFeed([good, 7] as never, { locale: "en" }))).rejects.toThrow(
      "validateFeed read a chunk of type number: expected strings or bytes (Uint8Array)",
    );
  });

  test("validateFeed: throws FeedSourceError while reading a chunk that is not text or bytes", async () => {
    await expect(collect(validateFeed([good, 7] as never))).rejects.toThrow(FeedSourceError);
  });

  test("validateFeed: throws FeedOptionsError for an unknown format or a bad maxRecordLength", () => {
    expect(() => validateFeed("", { format: "csv" as never })).toThrow(FeedOptionsError);
    expect(() => validateFeed("", { maxRecordLength: 0 })).toThrow(FeedOptionsError);
  });

  test.each([
    [{ format: "csv" }, ["format"]],
    [{ maxRecordLength: 0 }, ["maxRecordLength"]],
  ])(
    "validateFeed: a bad option %j is invalid-option at its path, as everywhere in the toolkit",
    (options, path) => {
      expect(() => validateFeed("", options as never)).toThrow(
        expect.objectContaining({ name: "FeedOptionsError", code: "invalid-option", path }),
      );
    },
  );
});

describe("validateFeed: JSON array and feed documents", () => {
  test("validateFeed: reads a JSON array record by record with the line and column of each", async () => {
    const doc = `[\n  ${good},\n  ${bad},\n  42\n]\n`;
    const results = await collect(validateFeed(doc, { format: "json-array" }));
    expect(results.map(brief)).toEqual([
      { index: 0, line: 2, column: 3, ok: true, codes: [] },
      { index: 1, line: 3, column: 3, ok: false, codes: ["invalid-date"] },
      { index: 2, line: 4, column: 3, ok: false, codes: ["invalid-type"] },
    ]);
  });

  test("validateFeed: reports bad JSON inside one array element and reads the next", async () => {
    const doc = `[${good},\n{"schemaVersion": tru},\n${good}]`;
    const results = await collect(validateFeed(doc, { format: "json-array", locale: "en" }));
    expect(results.map(brief)).toEqual([
      { index: 0, line: 1, column: 2, ok: true, codes: [] },
      { index: 1, line: 2, column: 1, ok: false, codes: ["invalid-json"] },
      { index: 2, line: 3, column: 1, ok: true, codes: [] },
    ]);
    expect(results[1]?.issues[0]).toMatchObject({ line: 2, column: 22 });
  });

  test("validateFeed: a record whose brackets do not match ends at the bracket that closes it, and the next record is still read", async () => {
    // `}` closes the record's `{` although a `[` is still open: the record is bad JSON, and
    // the records after it are not swallowed into it.
    const doc = `[${good},\n{"sections": [1, 2},\n${good},\n{"a": {"b": [1}, "c": 2},\n${good}]`;
    const results = await collect(validateFeed(doc, { format: "json-array", locale: "en" }));
    expect(results.map(brief)).toEqual([
      { index: 0, line: 1, column: 2, ok: true, codes: [] },
      { index: 1, line: 2, column: 1, ok: false, codes: ["invalid-json"] },
      { index: 2, line: 3, column: 1, ok: true, codes: [] },
      { index: 3, line: 4, column: 1, ok: false, codes: ["invalid-json"] },
      { index: 4, line: 5, column: 1, ok: true, codes: [] },
    ]);
    expect(results[1]?.issues[0]).toMatchObject({ line: 2, column: 19 });
  });

  test("validateFeed: a closing bracket that no open one matches ends the record before it", async () => {
    // The `]` cannot close the record's `{`: the record ends before it, and it closes the array.
    const doc = `[${good},\n{"schemaVersion": "1"]`;
    const results = await collect(validateFeed(doc, { format: "json-array", locale: "en" }));
    expect(results.map(brief)).toEqual([
      { index: 0, line: 1, column: 2, ok: true, codes: [] },
      { index: 1, line: 2, column: 1, ok: false, codes: ["invalid-json"] },
    ]);
    // Feed documents too: the items array still ends where its `]` is.
    const feed = `{"version": "1", "title": "t", "items": [${good}, {"a": 1]}`;
    const fromFeed = await collect(validateFeed(feed, { format: "feed", locale: "en" }));
    expect(fromFeed.map(brief)).toEqual([
      { index: 0, line: 1, column: 42, ok: true, codes: [] },
      { index: 1, line: 1, column: 44 + good.length, ok: false, codes: ["invalid-json"] },
    ]);
  });

  test("validateFeed: deep wrong brackets are scanned in linear time", async () => {
    const n = 100_000;
    // Each `}` closes the nearest `{`, dropping the `[` above it: every bracket is looked at
    // once however deep the record, and the record ends with the last `}`.
    const doc = `[${"{[[".repeat(n)}${"}".repeat(n)}, ${good}]`;
    const results = await collect(validateFeed(doc, { format: "json-array", locale: "en" }));
    expect(results.map(brief)).toEqual([
      { index: 0, line: 1, column: 2, ok: false, codes: ["invalid-json"] },
      { index: 1, line: 1, column: 4 * n + 4, ok: true, codes: [] },
    ]);
  });

  test("validateFeed: brackets inside strings do not count", async () => {
    const tricky = JSON.stringify({ ...smallBulletin(), sections: [] }).replace(
      '"sections":[]',
      '"sections":[],"_note":"]}[{\\"]"',
    );
    const doc = `[${tricky},\n${good}]`;
    const results = await collect(validateFeed(doc, { format: "json-array", locale: "en" }));
    expect(results.map((r) => [r.index, r.line])).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(results[1]?.ok).toBe(true);
  });

  test("validateFeed: reports an array cut off by the end of the input once, as its last record", async () => {
    const doc = `[${good},\n${good.slice(0, 50)}`;
    const results = await collect(validateFeed(doc, { format: "json-array", locale: "en" }));
    expect(results.map(brief)).toEqual([
      { index: 0, line: 1, column: 2, ok: true, codes: [] },
      { index: 1, line: 2, column: 1, ok: false, codes: ["invalid-json"] },
    ]);
  });

  test("validateFeed: a lone bulletin cut off by the end of the input is one invalid-json record, not a partial bulletin", async () => {
    const results = await collect(validateFeed('{"schemaVersion":"1","issue":', { locale: "en" }));
    expect(results.map(brief)).toEqual([
      { index: 0, line: 1, column: 1, ok: false, codes: ["invalid-json"] },
    ]);
    expect(results[0]?.issues[0]?.message).toContain("line 1, column 30");
  });

  test("validateFeed: reads the items of a feed document and checks its version and title", async () => {
    const doc = JSON.stringify(
      { version: "1", title: "政务窗口月报", items: [smallBulletin(1), smallBulletin(2)] },
      null,
      2,
    );
    const results = await collect(validateFeed(doc, { format: "feed" }));
    expect(results.map((r) => [r.index, r.ok, r.bulletin?.issue.number])).toEqual([
      [0, true, 1],
      [1, true, 2],
    ]);
    const missing = await collect(
      validateFeed(`{"items": [${good}]}`, { format: "feed", locale: "en" }),
    );
    expect(missing.map(brief)).toEqual([
      { index: 0, line: 1, column: 12, ok: true, codes: [] },
      { index: -1, line: 1, column: 1, ok: false, codes: ["invalid-feed", "invalid-feed"] },
    ]);
    expect(missing[1]?.issues[0]?.message).toBe(
      "The feed's `version` is invalid: expected a string, got nothing",
    );
  });

  test("validateFeed: auto tells NDJSON, arrays, feeds and a single pretty-printed bulletin apart", async () => {
    const pretty = JSON.stringify(smallBulletin(), null, 2);
    const cases: [string, unknown[]][] = [
      [
        `${good}\n${good}\n`,
        [
          [0, 1],
          [1, 2],
        ],
      ],
      [`\n  [${good}]`, [[0, 2]]],
      [JSON.stringify({ version: "1", title: "t", items: [smallBulletin()] }, null, 2), [[0, 5]]],
      [pretty, [[0, 1]]],
    ];
    for (const [doc, expected] of cases) {
      const results = await collect(validateFeed(doc, { format: "auto" }));
      expect(results.map((r) => [r.index, r.line])).toEqual(expected);
      expect(results.every((r) => r.ok)).toBe(true);
    }
  });
});

describe("validateFeed: control", () => {
  test("validateFeed: stops with the signal's reason when aborted and releases the stream", async () => {
    const controller = new AbortController();
    let cancelled = false;
    let n = 0;
    const stream = new ReadableStream<string>({
      pull(c) {
        c.enqueue(`${good}\n`);
      },
      cancel() {
        cancelled = true;
      },
    });
    await expect(
      (async () => {
        for await (const _ of validateFeed(stream, { signal: controller.signal }))
          if (++n === 3) controller.abort();
      })(),
    ).rejects.toThrow(/abort/i);
    expect(n).toBe(3);
    expect(cancelled).toBe(true);
  });

  test("validateFeed: reports progress in records and bytes", async () => {
    const progress: { records: number; invalid: number; bytes: number }[] = [];
    const bytes = encoder.encode(`${good}\n${bad}\n`);
    await collect(validateFeed(pieces(bytes, 200), { onProgress: (p) => progress.push(p) }));
    expect(progress.at(-1)).toEqual({ records: 2, invalid: 1, bytes: bytes.length });
  });
});

describe("validateFeed: hostile input", () => {
  test("validateFeed: reports __proto__ keys without polluting prototypes, in records and documents", async () => {
    const evil = '{"__proto__": {"polluted": true}, "schemaVersion": "1"}';
    const ndjson = await collect(validateFeed(`${evil}\n`));
    const feed = await collect(
      validateFeed(`{"__proto__": {"polluted": true}, "items": [${evil}]}`, { format: "feed" }),
    );
    const single = await collect(
      validateFeed(`{\n"__proto__": {"polluted": true}\n}`, { format: "auto" }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(ndjson[0]?.issues.map((i) => i.code)).toContain("forbidden-key");
    expect(feed[0]?.issues.map((i) => i.code)).toContain("forbidden-key");
    expect(single[0]?.issues.map((i) => i.code)).toContain("forbidden-key");
  });

  test("validateFeed: reports deep nesting, huge numbers and lone surrogates as issues", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const huge = good.replace('"value":58800', '"value":1e400');
    const surrogate = good.replace("总体运行情况", "\\ud800");
    const results = await collect(validateFeed([deep, huge, surrogate].join("\n")));
    expect(results.map((r) => [r.ok, r.issues[0]?.code])).toEqual([
      [false, "too-deep"],
      [false, "invalid-type"],
      [false, "invalid-text"],
    ]);
    const nested = await collect(validateFeed(`[${deep}]`, { format: "json-array" }));
    expect(nested.map((r) => r.ok)).toEqual([false]);
  });

  test("validateFeed: never throws and never loses a record, however the input is cut into chunks (property)", async () => {
    const line = fc.oneof(
      fc.constant(good),
      fc.constant(bad),
      fc.string({ maxLength: 30 }),
      fc.constant(""),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 8 }),
        fc.integer({ min: 1, max: 64 }),
        async (lines, size) => {
          const text = lines.join("\n");
          const whole = (await collect(validateFeed(text))).map(brief);
          const cut = (await collect(validateFeed(pieces(encoder.encode(text), size)))).map(brief);
          expect(cut).toEqual(whole);
          expect(whole.length).toBe(
            lines.filter((l) => l.trim().replace(/^\uFEFF/, "") !== "").length,
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  test("validateFeed: never throws on any text in any format (property)", async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc
        .array(fc.constantFrom("[", "]", "{", "}", '"', "\\", ",", ":", "1", " ", "\n", good), {
          maxLength: 40,
        })
        .map((a) => a.join("")),
    );
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.constantFrom("ndjson", "json-array", "feed", "auto" as const),
        async (doc, format) => {
          const results = await collect(validateFeed(doc, { format }));
          const summary = summarizeFeed(results);
          expect(summary.records).toBe(results.filter((r) => r.index >= 0).length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
