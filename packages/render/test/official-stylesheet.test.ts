import { officialStylesheet } from "@bulletin/render";
import { describe, expect, test } from "vitest";

describe("officialStylesheet", () => {
  test("officialStylesheet: sets the GB/T 9704-2012 page: A4, margins 37/26/35/28 mm, 版心 156 × 225 mm", () => {
    expect(officialStylesheet).toContain("size: A4;");
    expect(officialStylesheet).toContain("margin: 37mm 26mm 35mm 28mm;");
    expect(officialStylesheet).toContain("--bulletin-char: calc(156mm / 28);");
    expect(officialStylesheet).toContain("--bulletin-line: calc(225mm / 22);");
    expect(officialStylesheet).toContain("font-size: 16pt;");
  });

  test("officialStylesheet: numbers pages `— N —` on the outer side, light and dark on screen", () => {
    expect(officialStylesheet).toMatch(
      /@page :right \{\s+@bottom-right \{\s+content: "\\2014 {2}" counter\(page\) " \\2014";/,
    );
    expect(officialStylesheet).toMatch(/@page :left \{\s+@bottom-left/);
    expect(officialStylesheet).toContain("prefers-color-scheme: dark");
  });

  test("officialStylesheet: has balanced braces and cannot close a <style> element", () => {
    expect(officialStylesheet.split("{").length).toBe(officialStylesheet.split("}").length);
    expect(officialStylesheet).not.toMatch(/<\/?style/i);
  });
});

test("officialStylesheet: is shipped as @bulletin/render/official.css, written by the build", async () => {
  const { readFile } = await import("node:fs/promises");
  const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
  expect(pkg.exports["./official.css"]).toBe("./dist/official.css");
  const config = await readFile(new URL("../tsup.config.ts", import.meta.url), "utf8");
  expect(config).toContain(
    'writeFileSync(new URL("./dist/official.css", import.meta.url), officialStylesheet)',
  );
});
