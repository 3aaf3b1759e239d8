import { expect, test } from "vitest";

test("@bulletin/render exports exactly its public API", async () => {
  const api = await import("@bulletin/render");
  expect(Object.keys(api).sort()).toEqual([
    "RenderError",
    "defaultComponents",
    "escapeHtml",
    "html",
    "isSafeHtml",
    "layoutBulletin",
    "officialStylesheet",
    "renderHtml",
    "renderJsonLd",
    "renderMarkdown",
    "renderText",
  ]);
});
