import { readFileSync } from "node:fs";
import {
  BulletinJsonError,
  BulletinValidationError,
  decodeUtf8,
  loadBulletin,
  Utf8Error,
} from "@bulletin/sdk";
import { expect, test } from "vitest";
import { smallBulletin } from "./fixtures";

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
  expect((error as Error).message).toMatch(/^Not valid JSON at line 3, column 12: /);
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
