import { readFileSync, writeFileSync } from "node:fs";
import { parseBulletinText } from "@bulletin/parse";
import { readPdf } from "@bulletin/pdf";
import { createPdfRenderer } from "@bulletin/pdf/print";
import type { Bulletin } from "@bulletin/schema";
import {
  completed,
  expressible,
  optionsFor,
  withoutGuessedPeriod,
  withoutLabels,
} from "@bulletin/testkit";
import { tablesAsText } from "@bulletin/testkit/tables-as-text";
import { expect, test } from "vitest";
import { printedTables } from "./printed-tables";
import { CHROMIUM } from "./tools";

test("repro", async () => {
  const generated = JSON.parse(
    readFileSync("/work/notes/s4l-pdf-roundtrip-counterexample.json", "utf8"),
  ) as Bulletin;
  const b = expressible(tablesAsText(generated, false));
  const r = createPdfRenderer({ executablePath: CHROMIUM });
  const pdf = await r.render(b);
  await r.close();
  writeFileSync("/tmp/repro.pdf", pdf);
  const { text } = await readPdf(pdf, { timeout: 120_000 });
  writeFileSync("/tmp/repro.txt", text);
  const bulletin = completed(parseBulletinText(text, optionsFor(b)));
  expect(withoutLabels(printedTables(withoutGuessedPeriod(bulletin, b)))).toEqual(
    withoutLabels(printedTables(b)),
  );
}, 300_000);
