import { describe, expect, test } from "vitest";
import { anchorsOf, brokenLinks, linksOf, markdownFiles } from "../scripts/check-links.mjs";

describe("Markdown links", () => {
  test("links: slugs headings the way GitHub does, Chinese and code included", () => {
    const anchors = anchorsOf(
      "# The bulletin model (schema version 1)\n## `@bulletin/format`\n## 报尾 distribution\n## Set up\n## Set up\n```\n# not a heading\n```\n",
    );
    expect([...anchors]).toEqual([
      "the-bulletin-model-schema-version-1",
      "bulletinformat",
      "报尾-distribution",
      "set-up",
      "set-up-1",
    ]);
  });

  test("links: reads inline, image and reference links but not those in code", () => {
    const links = linksOf(
      'See [a](a.md#x) and ![b](<b c.png> "t").\n`[no](no.md)`\n```\n[no](no.md)\n```\n[ref]: ./r.md\n',
    ).map((l) => l.target);
    expect(links).toEqual(["a.md#x", "b c.png", "./r.md"]);
  });

  test("links: every relative link and anchor in the READMEs and docs resolves", () => {
    expect(markdownFiles().length).toBeGreaterThan(3);
    expect(brokenLinks()).toEqual([]);
  });
});

test("links: reports a missing file and a missing anchor with file and line", async () => {
  const { mkdtempSync, writeFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { tmpdir } = await import("node:os");
  const dir = mkdtempSync(join(tmpdir(), "links-"));
  writeFileSync(join(dir, "a.md"), "# Title\n\n[ok](#title) [gone](missing.md) [bad](#nope)\n");
  const problems = brokenLinks([join(dir, "a.md")]);
  expect(problems).toHaveLength(2);
  expect(problems[0]).toMatch(/a\.md:3: missing\.md — no such file or folder$/);
  expect(problems[1]).toMatch(/a\.md:3: #nope — no heading with the anchor #nope/);
});
