import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, test } from "vitest";

const dist = fileURLToPath(new URL("../dist/index.js", import.meta.url));

async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: code,
      resolveDir: fileURLToPath(new URL("..", import.meta.url)),
      loader: "ts",
    },
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    platform: "browser",
    alias: { "@bulletin/schema": dist },
    charset: "utf8",
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

describe("bundling @bulletin/schema", () => {
  test("importing the package for nothing leaves nothing in a bundle (no side effects)", async () => {
    const out = await bundle(`import "@bulletin/schema";`);
    expect(out.length).toBeLessThan(100);
  });

  test("an app that validates pulls in no zod locale bundle", async () => {
    const out = await bundle(
      `import { validateBulletin } from "@bulletin/schema"; console.log(validateBulletin({}));`,
    );
    // Text of zod's own zh-CN and de locales; our messages are our own.
    // (booleans, so that a failure does not print a whole bundle)
    expect(out.includes("无效输入")).toBe(false);
    expect(out.includes("Ungültige Eingabe")).toBe(false);
    expect(out.includes("不是有效日期")).toBe(true);
  });

  test("the text rules and fixBulletin import no zod (their module graph is zod-free)", async () => {
    // From the source modules: the package entry also builds the zod schemas at load time.
    const graph = async (file: string): Promise<string> =>
      (
        await build({
          entryPoints: [fileURLToPath(new URL(file, import.meta.url))],
          bundle: true,
          write: false,
          format: "esm",
          platform: "browser",
          charset: "utf8",
          logLevel: "silent",
        })
      ).outputFiles[0]!.text;
    const fix = await graph("../src/fix-bulletin.ts");
    expect(fix.includes("$Zod")).toBe(false);
    expect(fix.includes("连接号")).toBe(true);
    expect((await graph("../src/validate-bulletin.ts")).includes("$Zod")).toBe(true); // the check can fail
  });
});
