import { parseBulletinText } from "@bulletin/parse";
import { renderText } from "@bulletin/render";
import type { Bulletin } from "@bulletin/schema";
import {
  completed,
  expressible,
  optionsFor,
  withoutGuessedPeriod,
  withoutLabels,
} from "@bulletin/testkit";
import { describe, expect, test } from "vitest";

/**
 * Found by the render round trip at ten times its runs: random characters spelled 人社部, which
 * the parser rightly reads as the ministry. `expressible` writes such a name otherwise.
 */
describe("expressible: names of national ministries spelled by chance", () => {
  const generated: Bulletin = {
    schemaVersion: "1",
    publication: { title: "原实简报", publisher: { name: "里革得合工" } },
    issue: { number: 56, publishedOn: "2006-01-18" },
    departments: [],
    metrics: [],
    sections: [
      { title: "编者按", kind: "editor-note", items: [{ body: [["人社部的的的的。"]] }] },
      { title: "然五提根工制", items: [{ body: [["民政部提样的水利部。"]] }] },
    ],
  };

  test("parseBulletinText reads 人社部 in generated text as the ministry", () => {
    const read = parseBulletinText(renderText(generated), optionsFor(generated));
    expect(read.bulletin.departments.map((d) => d.id)).toContain("mohrss");
  });

  test("expressible writes 人社部, 民政部 and 水利部 with 处, and the text reads back to it", () => {
    const b = expressible(generated);
    expect(b.sections.map((s) => s.items[0]?.body[0])).toEqual([
      ["人社处的的的的。"],
      ["民政处提样的水利处。"],
    ]);
    const read = completed(parseBulletinText(renderText(b), optionsFor(b)));
    expect(withoutLabels(withoutGuessedPeriod(read, b))).toEqual(withoutLabels(b));
  });
});

/**
 * Found by the render round trip (a run of the property test in properties.test.ts): random
 * characters spelled `第三期` inside the publisher's name, which the masthead reader rightly takes
 * as an issue number. `expressible` writes such a name otherwise.
 */
describe("expressible: an issue number spelled by chance in the publisher's name", () => {
  const generated: Bulletin = {
    schemaVersion: "1",
    publication: { title: "原实简报", publisher: { name: "第三期的的的的" } },
    issue: { number: 56, publishedOn: "2006-01-18" },
    departments: [],
    metrics: [],
    sections: [{ title: "然五提根工制", items: [{ body: [["提样的水利处。"]] }] }],
  };

  test("parseBulletinText reads 第三期 on the masthead as the issue's number, not the publisher's", () => {
    const read = parseBulletinText(renderText(generated), optionsFor(generated));
    expect(read.bulletin.publication.publisher?.name).not.toBe("第三期的的的的");
  });

  test.each([
    ["第三期的的的的", "第三批的的的的"],
    ["合工第12期中心", "合工第12批中心"],
    ["里革得合工", "里革得合工"],
  ])("expressible writes %s as %s, and the text reads back to it", (name, written) => {
    const b = expressible({
      ...generated,
      publication: { ...generated.publication, publisher: { name } },
    });
    expect(b.publication.publisher.name).toBe(written);
    const read = completed(parseBulletinText(renderText(b), optionsFor(b)));
    expect(withoutLabels(withoutGuessedPeriod(read, b))).toEqual(withoutLabels(b));
  });
});

/**
 * Found by the docx round trip (a run of its property test in CI, 2026-12-08): random characters
 * spelled `十九起` in a paragraph, which the parser rightly reads as a figure printed in Han
 * numerals. `expressible` writes a 十 beside another numeral otherwise.
 */
describe("expressible: a figure in Han numerals spelled by chance", () => {
  const generated: Bulletin = {
    schemaVersion: "1",
    publication: { title: "原实简报", publisher: { name: "里革得合工" } },
    issue: { number: 56, publishedOn: "2006-01-18" },
    departments: [],
    metrics: [],
    sections: [
      {
        title: "然五提根工制",
        items: [{ body: [["上她气见。求能变数同十九起本建府。说都二十件。"]] }],
      },
    ],
  };

  test("parseBulletinText reads 十九起 and 二十件 in generated text as figures", () => {
    const read = parseBulletinText(renderText(generated), optionsFor(generated));
    expect(read.bulletin.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["19起", "20件"]);
  });

  test("expressible writes a 十 beside a numeral as 的, and the text reads back to it", () => {
    const b = expressible(generated);
    expect(b.sections[0]?.items[0]?.body[0]).toEqual([
      "上她气见。求能变数同的九起本建府。说都二的件。",
    ]);
    const read = completed(parseBulletinText(renderText(b), optionsFor(b)));
    expect(withoutLabels(withoutGuessedPeriod(read, b))).toEqual(withoutLabels(b));
  });

  test("a 十 with no numeral beside it is kept", () => {
    const b = expressible({
      ...generated,
      sections: [{ title: "然五提根工制", items: [{ body: [["同十起本。"]] }] }],
    });
    expect(b.sections[0]?.items[0]?.body[0]).toEqual(["同十起本。"]);
  });
});
