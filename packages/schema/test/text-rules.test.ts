import {
  type Bulletin,
  fixBulletin,
  formatPath,
  type Inline,
  LINT_RULES,
  lintBulletin,
  TEXT_RULES,
  type TextRuleCode,
} from "@bulletin/schema";
import { describe, expect, test } from "vitest";
import { baseBulletin } from "./fixtures";
import { TEXT_CASES } from "./text-rules.cases";

/** The first paragraph of the first item (the bulletins here hold no table). */
const para = (b: Bulletin): Inline[] | undefined => {
  const block = b.sections[0]?.items[0]?.body[0];
  return Array.isArray(block) ? block : undefined;
};

const PATH = ["sections", 0, "items", 0, "body", 0, 0];

function bulletinWith(text: string): Bulletin {
  const bulletin = baseBulletin();
  bulletin.metrics = [];
  bulletin.sections = [{ title: "工作动态", items: [{ body: [[text]] }] }];
  return bulletin;
}

/** Rule options with every text rule but `code` off. */
function only(code: TextRuleCode): Partial<Record<TextRuleCode, "off">> {
  return Object.fromEntries(TEXT_RULES.filter((r) => r.code !== code).map((r) => [r.code, "off"]));
}

describe("text rules: the standards' right and wrong examples", () => {
  for (const [code, input, expected] of TEXT_CASES) {
    const name =
      expected === false
        ? `${code}: leaves ${JSON.stringify(input)} alone`
        : expected === null
          ? `${code}: flags ${JSON.stringify(input)} and offers no fix`
          : `${code}: mends ${JSON.stringify(input)} to ${JSON.stringify(expected)}`;
    test(name, () => {
      const bulletin = bulletinWith(input);
      const found = lintBulletin(bulletin, { locale: "en" }).filter((i) => i.code === code);
      if (expected === false) {
        expect(found).toEqual([]);
        return;
      }
      expect(found.length).toBeGreaterThan(0);
      const rule = TEXT_RULES.find((r) => r.code === code);
      for (const issue of found) {
        expect(issue.path).toEqual(PATH);
        expect(issue.severity).toBe(rule?.severity);
        expect(issue.offset).toBeGreaterThanOrEqual(0);
        expect((issue.offset ?? 0) + (issue.length ?? 0)).toBeLessThanOrEqual(input.length);
        expect(issue.length).toBeGreaterThan(0);
        expect(issue.message).toContain(`\`${formatPath(PATH)}\``);
      }
      const fixed = fixBulletin(bulletin, { rules: only(code) });
      const text = para(fixed.bulletin)?.[0];
      if (expected === null) {
        expect(found.every((i) => i.fix === undefined)).toBe(true);
        expect(fixed.applied).toEqual([]);
        expect(text).toBe(input);
      } else {
        expect(text).toBe(expected);
        expect(fixed.applied.every((a) => a.rule === code)).toBe(true);
      }
    });
  }

  test("the table has at least 200 cases, and every rule is both flagged and left alone", () => {
    expect(TEXT_CASES.length).toBeGreaterThanOrEqual(200);
    for (const rule of TEXT_RULES) {
      const cases = TEXT_CASES.filter(([code]) => code === rule.code);
      expect(
        cases.some(([, , e]) => e !== false),
        rule.code,
      ).toBe(true);
      expect(
        cases.some(([, , e]) => e === false),
        rule.code,
      ).toBe(true);
      // A rule offers a fix exactly when the table shows one.
      expect(
        cases.some(([, , e]) => typeof e === "string"),
        rule.code,
      ).toBe(rule.fixable);
    }
  });
});

describe("text rules: the table and the messages", () => {
  test("every text rule is in LINT_RULES with its default severity", () => {
    for (const rule of TEXT_RULES) expect(LINT_RULES[rule.code]).toBe(rule.severity);
  });

  test("each rule's own example is flagged, and mended to its `right` text", () => {
    for (const rule of TEXT_RULES) {
      const bulletin = bulletinWith(rule.example.wrong);
      if (rule.code === "department-name-variants")
        para(bulletin)?.splice(0, 1, "四川省林业和草原局，省林草局，林草局");
      expect(
        lintBulletin(bulletin).some((i) => i.code === rule.code),
        rule.code,
      ).toBe(true);
      const text = para(fixBulletin(bulletin, { rules: only(rule.code) }).bulletin)?.[0];
      if (rule.example.right !== undefined) expect(text, rule.code).toBe(rule.example.right);
    }
  });

  test("every rule cites a standard clause or says it has none", () => {
    for (const rule of TEXT_RULES)
      expect(rule.clause).toMatch(/GB\/T \d+-2011|GB\/T 9704|无国标条款|一致/);
  });

  test("a text finding says where, what, why and the mend in en and zh-CN", () => {
    const bulletin = bulletinWith("9月16日~18日召开");
    const [en] = lintBulletin(bulletin, { locale: "en" });
    expect(en).toMatchObject({ code: "range-dash", offset: 5, length: 1, fix: "—" });
    expect(en?.message).toBe(
      "`sections[0].items[0].body[0][0]` at character 6, “~”: a range of dates takes the em dash “—”; write “—”",
    );
    const [zh] = lintBulletin(bulletin);
    expect(zh?.message).toBe(
      "`sections[0].items[0].body[0][0]` 第6个字符起“~”：时间起止应使用一字线“—”，应改为“—”",
    );
  });

  test("an unbalanced mark names the partner it lacks", () => {
    const [issue] = lintBulletin(bulletinWith("印发《通知"), { locale: "en" });
    expect(issue).toMatchObject({
      code: "unbalanced-pair",
      severity: "error",
      offset: 2,
      length: 1,
    });
    expect(issue?.message).toContain("(no matching “》”)");
  });

  test("a rule set to off is not reported and not fixed; a severity can be raised", () => {
    const bulletin = bulletinWith("受理,办结");
    const off = { rules: { "half-width-punctuation": "off" } } as const;
    expect(lintBulletin(bulletin, off)).toEqual([]);
    expect(fixBulletin(bulletin, off).applied).toEqual([]);
    const raised = lintBulletin(bulletin, { rules: { "half-width-punctuation": "error" } });
    expect(raised.map((i) => i.severity)).toEqual(["error"]);
  });

  test("text rules can be left out of lintBulletin", () => {
    expect(lintBulletin(bulletinWith("受理,办结"), { textRules: false })).toEqual([]);
  });

  test("texts are read in titles, quotes and titles of works too, each with its own path", () => {
    const bulletin = bulletinWith("正文。");
    bulletin.publication.title = "政务窗口月报 (试行)";
    const section = bulletin.sections[0] as Bulletin["sections"][number];
    section.title = "一.工作动态";
    section.items[0] = {
      title: "(一)数字政府",
      body: [["印发", { type: "title", text: "服务清单,2025年版" }, "。"]],
    };
    const paths = lintBulletin(bulletin).map((i) => formatPath(i.path));
    expect(paths).toEqual([
      "publication.title",
      "sections[0].title",
      "sections[0].items[0].title",
      "sections[0].items[0].body[0][1].text",
    ]);
  });

  test("a mark next to a metric or a date inline sees the text that inline writes", () => {
    const bulletin = baseBulletin();
    bulletin.sections = [
      {
        title: "工作动态",
        items: [{ body: [["办件", { type: "metric", ref: "handled" }, ",同比增长。"]] }],
      },
    ];
    const fixed = fixBulletin(bulletin).bulletin;
    expect(para(fixed)?.[2]).toBe("，同比增长。");
  });
});

describe("the TSDoc examples of the text rules", () => {
  test("fixBulletin's example mends a careless paragraph and lists each mend", () => {
    const draft = {
      ...baseBulletin(),
      sections: [{ title: "工作动态", items: [{ body: [["9月16日~18日,召开会议。。"]] }] }],
    };
    const { bulletin, applied } = fixBulletin(draft);
    expect(bulletin.sections[0]?.items[0]?.body[0]).toEqual(["9月16日—18日，召开会议。"]);
    expect(applied.map((a) => a.rule)).toEqual([
      "range-dash",
      "half-width-punctuation",
      "repeated-mark",
    ]);
    expect(draft.sections[0]?.items[0]?.body[0]).toEqual(["9月16日~18日,召开会议。。"]);
  });

  test("TEXT_RULES' example reads the range-dash row", () => {
    const dash = TEXT_RULES.find((rule) => rule.code === "range-dash");
    expect([dash?.severity, dash?.fixable, dash?.example]).toEqual([
      "warning",
      true,
      { wrong: "9月16日~18日", right: "9月16日—18日" },
    ]);
  });
});

describe("the docs page of the text rules", () => {
  test("docs/lint-rules.md lists every rule with its severity, clause, explanation and example", async () => {
    const { readFileSync } = await import("node:fs");
    const page = readFileSync(new URL("../../../docs/lint-rules.md", import.meta.url), "utf8");
    // Table rows as cells (the formatter aligns the columns).
    const rows = page
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .map((line) =>
        line.split(" | ").map((cell) => cell.replace(/^\|/, "").replace(/\|$/, "").trim()),
      );
    for (const r of TEXT_RULES) {
      const row = rows.find((cells) => cells[0] === `\`${r.code}\``);
      expect(row, r.code).toEqual([
        `\`${r.code}\``,
        r.severity,
        r.clause,
        r.explain["zh-CN"],
        `\`${r.example.wrong}\``,
        r.example.right !== undefined ? `\`${r.example.right}\`` : "— (no fix)",
      ]);
    }
  });
});

describe("text rules in table blocks", () => {
  test("fixBulletin mends a table's caption, head and body cells and notes, each with its path", () => {
    const bulletin = bulletinWith("正文。");
    const table = {
      type: "table",
      caption: "1-10月办件情况",
      head: [[["事项"], { content: ["办件量(件)"], colSpan: 1 }]],
      rows: [[["受理,办结"], ["5053"]]],
      notes: [["注:数据截至10月底。。"]],
    };
    const body = bulletin.sections[0]?.items[0]?.body as unknown[];
    body.push(table);
    const { applied } = fixBulletin(bulletin);
    expect(applied.map((a) => [formatPath(a.path), a.rule])).toEqual([
      ["sections[0].items[0].body[1].caption", "range-dash"],
      ["sections[0].items[0].body[1].head[0][1].content[0]", "half-width-punctuation"],
      ["sections[0].items[0].body[1].rows[0][0][0]", "half-width-punctuation"],
      ["sections[0].items[0].body[1].notes[0][0]", "half-width-punctuation"],
      ["sections[0].items[0].body[1].notes[0][0]", "repeated-mark"],
    ]);
    expect(table.caption).toBe("1-10月办件情况"); // the input is not mutated
  });
});
