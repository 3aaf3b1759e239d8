import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/** A short bulletin whose 报尾 ends with `tailLine` on line 7. */
const withTail = (tailLine: string): string =>
  [
    "工作简报",
    "第3期",
    "某市政务服务管理办公室 2024年5月6日",
    "一、工作情况",
    "本月共受理办件1200件。",
    "报：市政府办公室。",
    tailLine,
  ].join("\n");

describe("报尾 fields the model has no place for", () => {
  test.each([
    ["审核：王五", ["审核：王五"]],
    ["校对：赵六", ["校对：赵六"]],
    ["联系人：李七 电话：12345678", ["联系人：李七", "电话：12345678"]],
    ["编辑:安某 审核:王某 签发:霍某", ["审核：王某"]],
  ])(
    "parseBulletinText: `%s` is warned about on its own line (7), naming each field",
    (line, fields) => {
      const { warnings } = parseBulletinText(withTail(line));
      const ignored = warnings.filter((w) => w.code === "ignored-tail-field");
      expect(ignored.map((w) => w.position.line)).toEqual(fields.map(() => 7));
      fields.forEach((field, k) => {
        expect(ignored[k]?.message).toContain(field);
      });
    },
  );

  test("parseBulletinText: 编辑 and 签发 on a line with 审核 are still read as editor and signer", () => {
    const { bulletin } = parseBulletinText(withTail("编辑:安某 审核:王某 签发:霍某"));
    expect(bulletin.issue).toMatchObject({ editor: "安某", signer: "霍某" });
  });

  test.each([
    ["责任编辑：任波 | 版面编辑：运维组", "任波", ["版面编辑：运维组"]],
    ["责任编辑:张三｜图片编辑:李四", "张三", ["图片编辑：李四"]],
    ["编辑：安某|技术审核：王某", "安某", ["技术审核：王某"]],
    ["责任编辑：王明 | 网络编辑", "王明", ["网络编辑"]],
  ])(
    "parseBulletinText: in `%s` the field whose label qualifies 编辑 or 审核 is warned about whole on line 7, and 责任编辑 is the editor",
    (line, editor, fields) => {
      const { bulletin, warnings } = parseBulletinText(withTail(line));
      expect(bulletin.issue.editor).toBe(editor);
      const ignored = warnings.filter((w) => w.code === "ignored-tail-field");
      expect(ignored.map((w) => w.position.line)).toEqual(fields.map(() => 7));
      fields.forEach((field, k) => {
        expect(ignored[k]?.message).toContain(field);
      });
    },
  );

  test.each([
    ["责任编辑：张三签发人：李四", "张三", "李四"],
    ["签发人：李四 | 编辑：张三", "张三", "李四"],
  ])(
    "parseBulletinText: `%s` (fields run together or parted by a bar) gives editor and signer and no warning",
    (line, editor, signer) => {
      const { bulletin, warnings } = parseBulletinText(withTail(line));
      expect(bulletin.issue).toMatchObject({ editor, signer });
      expect(warnings.filter((w) => w.code === "ignored-tail-field")).toEqual([]);
    },
  );

  /** The short bulletin with two 报尾 lines, on lines 7 and 8. */
  const withTwoTailLines = (a: string, b: string): string => `${withTail(a)}\n${b}`;

  test.each([
    ["编辑：张某", "责任编辑：李某", { editor: "李某" }, [[7, "编辑：张某"]]],
    ["责任编辑：李某", "编辑：张某", { editor: "李某" }, [[8, "编辑：张某"]]],
    ["编辑：张某", "编辑：王某", { editor: "王某" }, [[7, "编辑：张某"]]],
    ["签发人：赵某", "签发：钱某", { signer: "钱某" }, [[7, "签发人：赵某"]]],
    ["责任编辑：李某", "责任编辑：李某", { editor: "李某" }, []],
  ])(
    "parseBulletinText: `%s` then `%s` keep %o and warn about the field the model has no room for (line and text), losing no name",
    (first, second, issue, warned) => {
      const { bulletin, warnings } = parseBulletinText(withTwoTailLines(first, second));
      expect(bulletin.issue).toMatchObject(issue);
      const ignored = warnings.filter((w) => w.code === "ignored-tail-field");
      expect(ignored.map((w) => w.position.line)).toEqual(warned.map(([line]) => line));
      warned.forEach(([, field], k) => {
        expect(ignored[k]?.message).toContain(field);
      });
    },
  );
});
