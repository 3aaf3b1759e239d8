import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, test } from "vitest";
import { setPdfInfo } from "../src/internal/set-pdf-info";
import { makePdf } from "./make-pdf";

const INFO = {
  title: "政务窗口月报 第9期",
  author: "四川省政府政务服务和公共资源交易服务中心",
  creationDate: "D:20251110000000+08'00'",
  creator: "@bulletin/pdf (Chromium)",
  lang: "zh-CN",
};

async function metadataOf(pdf: Uint8Array): Promise<Record<string, unknown>> {
  const task = getDocument({ data: pdf.slice(), verbosity: 0 });
  const doc = await task.promise;
  const { info } = await doc.getMetadata();
  const text = (await (await doc.getPage(1)).getTextContent()).items
    .map((i) => ("str" in i ? i.str : ""))
    .join("");
  await task.destroy();
  return { ...(info as Record<string, unknown>), text };
}

describe("setPdfInfo: the document information by an incremental update", () => {
  test("setPdfInfo: sets title, author, creation date and language, and keeps the pages", async () => {
    const before = makePdf([[{ text: "Body text.", x: 72, y: 700 }]]);
    const after = setPdfInfo(before, INFO) as Uint8Array;
    expect(after.subarray(0, before.length)).toEqual(before);
    expect(await metadataOf(after)).toMatchObject({
      Title: INFO.title,
      Author: INFO.author,
      CreationDate: INFO.creationDate,
      Creator: INFO.creator,
      Language: "zh-CN",
      text: "Body text.",
    });
  });

  test("setPdfInfo: leaves a PDF whose trailer it does not understand alone (undefined)", () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\nstartxref\n9\n%%EOF\n");
    expect(setPdfInfo(pdf, INFO)).toBeUndefined();
  });
});
