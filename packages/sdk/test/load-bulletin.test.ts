import { readFileSync } from "node:fs";
import {
  BulletinJsonError,
  BulletinValidationError,
  decodeUtf8,
  isBulletinError,
  loadBulletin,
  Utf8Error,
  validateFeed,
} from "@bulletin/sdk";
import { expect, test } from "vitest";
import { collect, smallBulletin } from "./fixtures";

const reference = readFileSync(
  new URL("../../../examples/sichuan-window-monthly/issue-9.json", import.meta.url),
);

test("loadBulletin: loads the reference issue from bytes, from text and from a parsed value", () => {
  for (const input of [
    reference,
    reference.toString("utf8"),
    JSON.parse(reference.toString("utf8")),
  ]) {
    const { bulletin, issues } = loadBulletin(input);
    expect(bulletin.issue.number).toBe(9);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  }
});

test("loadBulletin: accepts a byte-order mark before the JSON", () => {
  expect(loadBulletin(`\uFEFF${JSON.stringify(smallBulletin())}`).bulletin.issue.number).toBe(9);
});

test("loadBulletin: throws BulletinJsonError naming the line and column of bad JSON", () => {
  const text = '{\n  "schemaVersion": "1",\n  "issue": }\n';
  const error = (() => {
    try {
      loadBulletin(text);
    } catch (e) {
      return e;
    }
    return undefined;
  })();
  expect(error).toBeInstanceOf(BulletinJsonError);
  expect(error).toMatchObject({ code: "invalid-json", line: 3, column: 12 });
  expect((error as Error).message).toMatch(/^第 3 行第 12 列不是有效的 JSON：/);
});

test.each([
  ["en", /^Not valid JSON at line 3, column 12: /],
  ["zh-CN", /^第 3 行第 12 列不是有效的 JSON：/],
] as const)(
  "loadBulletin: words a JSON syntax error in the caller's locale (%s), as validateFeed does",
  async (locale, pattern) => {
    const text = '{\n  "schemaVersion": "1",\n  "issue": }\n';
    expect(() => loadBulletin(text, { locale })).toThrow(pattern);
    const [record] = await collect(validateFeed(text.replaceAll("\n", " "), { locale }));
    expect(record?.issues[0]?.message.slice(0, 12)).toBe(
      (() => {
        try {
          loadBulletin(text.replaceAll("\n", " "), { locale });
        } catch (e) {
          return (e as Error).message.slice(0, 12);
        }
        return "";
      })(),
    );
  },
);

test.each([
  ["en", "Invalid bulletin: 2 error(s)"],
  ["zh-CN", "简报无效：2 个错误"],
] as const)(
  "loadBulletin: the BulletinValidationError header line is in the caller's locale (%s)",
  (locale, header) => {
    const bad = {
      ...smallBulletin(),
      issue: { number: 9, publishedOn: "2025-02-30" },
      sections: "x",
    };
    expect(() => loadBulletin(bad, { locale })).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(new RegExp(`^${header.replace(/[()]/g, "\\$&")}\n`)),
      }),
    );
  },
);

test("loadBulletin: every error it throws is a BulletinError with a code", () => {
  for (const input of ["{", new Uint8Array([0x7b, 0xff]), {}]) {
    try {
      loadBulletin(input, { locale: "en" });
      expect.unreachable();
    } catch (error) {
      expect(isBulletinError(error)).toBe(true);
      expect(typeof (error as { code?: unknown }).code).toBe("string");
    }
  }
});

test("loadBulletin: throws BulletinJsonError for bytes that are not UTF-8", () => {
  expect(() => loadBulletin(new Uint8Array([0x7b, 0xff, 0x7d]))).toThrow(BulletinJsonError);
});

test("loadBulletin: throws BulletinValidationError with every issue, in the requested locale", () => {
  const bad = {
    ...smallBulletin(),
    issue: { number: 9, publishedOn: "2025-02-30" },
    sections: "x",
  };
  try {
    loadBulletin(bad, { locale: "en" });
    expect.unreachable();
  } catch (e) {
    expect(e).toBeInstanceOf(BulletinValidationError);
    expect((e as BulletinValidationError).issues.map((i) => i.code).sort()).toEqual([
      "invalid-date",
      "invalid-type",
    ]);
    expect((e as BulletinValidationError).issues[0]?.message).toMatch(/^`/);
  }
});

test("loadBulletin: returns warnings without throwing", () => {
  const b = smallBulletin();
  b.issue.publishedOn = "2025-09-15";
  const { issues } = loadBulletin(b, { locale: "en" });
  expect(issues.map((i) => [i.code, i.severity])).toEqual([
    ["published-before-period-end", "warning"],
  ]);
});

test("loadBulletin: names the byte offset, line and column of the first byte that is not UTF-8", () => {
  const bytes = new Uint8Array([...Buffer.from('{\n  "a": "第'), 0xff, 0xfe, 0x22, 0x7d]);
  let error: unknown;
  try {
    loadBulletin(bytes, { locale: "en" });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(BulletinJsonError);
  expect(error).toMatchObject({ line: 2, column: 10 });
  expect((error as Error).message).toMatch(/byte 0xFF at byte offset 13 \(line 2, column 10\)/);
});

test("loadBulletin: a revoked Proxy is a BulletinValidationError, not a TypeError", () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  expect(() => loadBulletin(proxy)).toThrow(BulletinValidationError);
});

test("decodeUtf8: decodes UTF-8 and reports the first bad byte with its offset", () => {
  expect(decodeUtf8(Buffer.from("\uFEFF第9期"))).toBe("第9期");
  const cases: [number[], number][] = [
    [[0x61, 0xff], 1],
    [[0x61, 0xc0, 0x80], 1], // overlong
    [[0x61, 0x62, 0xed, 0xa0, 0x80], 2], // a surrogate
    [[0xe7, 0xac], 0], // cut off at the end
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
  ];
  for (const [bytes, offset] of cases) {
    expect(() => decodeUtf8(new Uint8Array(bytes))).toThrow(Utf8Error);
    try {
      decodeUtf8(new Uint8Array(bytes));
    } catch (e) {
      expect((e as Utf8Error).byteOffset).toBe(offset);
    }
  }
});
