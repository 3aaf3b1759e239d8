import { expect, test } from "vitest";

test("@bulletin/docx exports exactly its public API", async () => {
  const api = await import("@bulletin/docx");
  expect(Object.keys(api).sort()).toEqual(["DocxError", "readDocx", "renderDocx"]);
});
