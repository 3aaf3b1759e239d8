import { expect, test } from "vitest";

test("@bulletin/pdf exports exactly its public API (the reader, no browser driver)", async () => {
  const api = await import("@bulletin/pdf");
  expect(Object.keys(api).sort()).toEqual(["PdfError", "isPdf", "readPdf"]);
});

test("@bulletin/pdf/print exports exactly its public API, with the same PdfError", async () => {
  const api = await import("@bulletin/pdf/print");
  expect(Object.keys(api).sort()).toEqual(["PdfError", "createPdfRenderer", "renderPdf"]);
  expect(api.PdfError).toBe((await import("@bulletin/pdf")).PdfError);
});
