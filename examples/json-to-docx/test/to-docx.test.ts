import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readDocx } from "@bulletin/docx";
import { expect, test } from "vitest";

const here = fileURLToPath(new URL("..", import.meta.url));
const built = existsSync(
  fileURLToPath(new URL("../../../packages/docx/dist/index.js", import.meta.url)),
);

test.skipIf(!built)(
  "to-docx.mjs writes the reference issue as a Word document and reads it back",
  async () => {
    const stdout = execFileSync(process.execPath, ["to-docx.mjs"], { cwd: here, encoding: "utf8" });
    expect(stdout).toBe(
      "wrote out/issue-9.docx: open it in Word, WPS or LibreOffice\n" +
        "read it back: 4 sections, 8 figures, 0 warnings\n" +
        "wrote out/issue-9.from-docx.json\n",
    );
    const docx = readFileSync(new URL("../out/issue-9.docx", import.meta.url));
    expect((await readDocx(docx)).text.startsWith("政务窗口月报\n\n第9期\n\n")).toBe(true);
    const back = JSON.parse(
      readFileSync(new URL("../out/issue-9.from-docx.json", import.meta.url), "utf8"),
    );
    expect(back.publication.title).toBe("政务窗口月报");
    expect(back.issue).toMatchObject({ number: 9, publishedOn: "2025-11-10" });
    // No temporary file is left behind.
    expect(readdirSync(new URL("../out/", import.meta.url)).sort()).toEqual([
      "issue-9.docx",
      "issue-9.from-docx.json",
    ]);
  },
);
