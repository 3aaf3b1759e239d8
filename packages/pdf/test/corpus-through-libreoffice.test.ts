/**
 * The real bulletins of `@bulletin/parse`'s corpus, printed to PDF by LibreOffice (each text
 * line a paragraph, as a plain text prints: wrapped at the page's width, empty lines as gaps)
 * and read back with readPdf: no character of a text is lost on the way, and the parser finds
 * about as many of the hand-written facts in the PDF's text as in the text itself.
 *
 * A sample of the tuning texts (every eighth, and the texts whose PDFs showed the faults this
 * test was written for: a table's last cells at a page's foot taken for page numbers, `-100`
 * taken for a page number, a title joined to its paragraph, a pinyin reading that forced a
 * line break), converted by soffice in batches.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import { readPdf } from "@bulletin/pdf";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { compareFacts, readCorpus, recall } from "../../parse/test/corpus/recall";
import { assertTools, runsWith } from "./tools";

/** The texts whose PDFs showed a fault, kept in the sample whatever the stride. */
const FOUND_ON = [
  "jintan-12315-2024",
  "baoshan-12315-2021-09",
  "deyang-safety-2016-01",
  "national-safety-2017-1-7-trad",
  "national-transport-2011-08-trad",
  "sixian-housing-fund-2022q3",
];

/**
 * Facts found through the PDF on the sample, at least (a ratchet, as the perturbed corpus
 * test keeps: raise it when a change finds more, never lower it to let a change pass). Raised
 * on 2026-12-07 (session 44) from 5048 to what the sample reads with held-out-226 to -230 in
 * tuning and session 44's parser: 12818 of 13110 facts (session 43's tree read 12481 of 12770,
 * the same count in both of its clean-clone runs: LibreOffice's output is steady here). Raised on 2026-12-07 (session 45)
 * to what the sample reads with held-out-231 to -235 in tuning and session 45's parser: 13092 of 13389 facts (13067 with
 * those sets moved in on session 44's parser). Raised on 2026-12-07 (session 46) to what the sample reads with
 * held-out-236 to -240 in tuning, 30 texts' facts revised by a reader, and session 46's first five tuners merged: 13357 of
 * 13678 facts (13355 with those sets moved in on session 45's parser). Raised on 2026-12-07 (session 47) to what the
 * sample reads with held-out-241 to -245 in tuning and session 47's parser: 13649 of 13975 facts.
 * Raised on 2026-12-07 (session 48) to what the sample reads with held-out-246 to -250 in tuning
 * and session 48's parser: 13918 of 14243 facts (13909 with those sets moved in on session 47's).
 * Raised on 2026-12-08 (session 50) to what the sample reads with held-out-251 to -260 in tuning and
 * session 49's parser: 14419 of 14769 facts (session 49's clean-clone run read 14151 of 14491 with
 * held-out-256 to -260 still held out); raised the same day to 14430 of 14769, the sample read with
 * session 50's seven tuners merged.
 */
const FLOOR = 14430;

const sample = readCorpus().filter(
  ({ fixture }, i) => fixture.set === "tuning" && (i % 8 === 0 || FOUND_ON.includes(fixture.slug)),
);

/** Texts converted by one soffice run. */
const SOFFICE_BATCH = 60;

/** Han characters, digits and Latin letters, counted (what a reader reads, marks aside). */
function counts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of text.normalize("NFKC"))
    if (/[\p{Script=Han}0-9A-Za-z]/u.test(c)) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

describe.skipIf(!runsWith("soffice", "notoCjk"))(
  "the corpus printed by LibreOffice, read back",
  () => {
    let dir: string;
    const pdfText = new Map<string, string>();
    beforeAll(async () => {
      assertTools("soffice", "notoCjk");
      dir = mkdtempSync(join(tmpdir(), "bulletin-corpus-lo-"));
      const txt = join(dir, "txt");
      mkdirSync(txt);
      const profile = join(dir, "profile");
      const inputs = sample.map(({ fixture, text }) => {
        const path = join(txt, `${fixture.slug}.txt`);
        writeFileSync(path, text);
        return path;
      });
      // In batches: one soffice run given the whole sample (261 texts on 2026-12-04) stopped after
      // about 245 of them and exited 0, the rest never written.
      for (let i = 0; i < inputs.length; i += SOFFICE_BATCH)
        execFileSync(
          "soffice",
          [
            "--headless",
            "--norestore",
            `-env:UserInstallation=${pathToFileURL(profile).href}`,
            "--infilter=Text (encoded):UTF8,LF,,,",
            "--convert-to",
            "pdf",
            "--outdir",
            dir,
            ...inputs.slice(i, i + SOFFICE_BATCH),
          ],
          { stdio: "pipe", timeout: 240_000 },
        );
      for (const { fixture } of sample) {
        const bytes = readFileSync(join(dir, `${fixture.slug}.pdf`));
        pdfText.set(fixture.slug, (await readPdf(new Uint8Array(bytes))).text);
      }
    }, 600_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test("the sample holds tens of texts, among them those the faults were found on", () => {
      expect(sample.length).toBeGreaterThanOrEqual(60);
      for (const slug of FOUND_ON) expect(sample.map((s) => s.fixture.slug)).toContain(slug);
    });

    test("readPdf loses no character of a text (Han, digits, Latin) that the text repair keeps", () => {
      const lost: string[] = [];
      for (const { fixture, text } of sample) {
        const want = counts(repairExtractedText(text));
        const got = counts(pdfText.get(fixture.slug) ?? "");
        for (const [c, n] of want)
          if ((got.get(c) ?? 0) < n) lost.push(`${fixture.slug}: ${c} ×${n - (got.get(c) ?? 0)}`);
      }
      expect(lost).toEqual([]);
    });

    test("the parser finds the hand-written facts in the PDF's text, at least at the floor", () => {
      const fromText = recall(
        sample.flatMap(({ text, facts }) => compareFacts(parseBulletinText(text).bulletin, facts)),
      ).overall;
      const fromPdf = recall(
        sample.flatMap(({ fixture, facts }) =>
          compareFacts(parseBulletinText(pdfText.get(fixture.slug) ?? "").bulletin, facts),
        ),
      ).overall;
      console.log(
        `through LibreOffice's PDF: ${fromPdf.found}/${fromPdf.total} facts (${(100 * fromPdf.rate).toFixed(1)} %); from the text: ${fromText.found}/${fromText.total}`,
      );
      expect(fromPdf.found).toBeGreaterThanOrEqual(FLOOR);
      // Within two points of what the text itself gives.
      expect(fromPdf.rate).toBeGreaterThanOrEqual(fromText.rate - 0.02);
      // Two parses of every sampled text (about 1300 parses): 34 s on 2026-12-07 at load 12, over vitest's 30 s default.
    }, 180_000);
  },
);
