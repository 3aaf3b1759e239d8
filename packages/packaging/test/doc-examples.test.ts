import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { format } from "node:util";
import { transformSync } from "esbuild";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { scope } from "./doc-examples-scope";

/**
 * Every `//=>` claim in a TSDoc example (packages/*\/src) and in a code block of `docs/*.md` or
 * `docs/packages/*.md` runs
 * and is compared:
 * - `expression; //=> value` (or `//=> value` on the lines after it, continued on lines that
 *   start with `//` and two spaces) compares the expression's value with `value` (toEqual);
 * - `const x = expression; //=> value` compares `x`;
 * - after a statement that prints (`console.log` in a loop or a `try`), each `//=>` line is the
 *   next printed line, as `console.log` formats it.
 * The names an example uses without importing them (`issue9`, `bulletin`, …) come from
 * ./doc-examples-scope.ts, as do the packages' exports. Every claim must run at least once.
 */

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

interface Example {
  /** `packages/render/src/render-html.ts:93`. */
  where: string;
  code: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.endsWith(".d.ts"))
      out.push(path);
  }
  return out;
}

const FENCE = /```(?:ts|typescript|js|javascript)\n([\s\S]*?)```/g;

/** The TSDoc examples of a source file: fenced blocks inside `/** … *\/` comments. */
function examplesOfSource(path: string): Example[] {
  const text = readFileSync(path, "utf8");
  const out: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const body = comment[0]
      .split("\n")
      .map((line) => line.replace(/^\s*\/?\*+\/?\s?/, "").replace(/\*\/$/, ""))
      .join("\n");
    for (const block of body.matchAll(FENCE)) {
      const code = block[1] as string;
      if (!code.includes("//=>")) continue;
      const offset = (comment.index ?? 0) + comment[0].indexOf(code.split("\n")[0] as string);
      const line = text.slice(0, offset).split("\n").length;
      out.push({ where: `${relative(ROOT, path)}:${line}`, code });
    }
  }
  return out;
}

function examplesOfMarkdown(path: string): Example[] {
  const text = readFileSync(path, "utf8");
  const out: Example[] = [];
  for (const block of text.matchAll(FENCE)) {
    const code = block[1] as string;
    if (!code.includes("//=>")) continue;
    const line = text.slice(0, block.index).split("\n").length + 1;
    out.push({ where: `${relative(ROOT, path)}:${line}`, code });
  }
  return out;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const pkg of readdirSync(join(ROOT, "packages")).sort()) {
    const src = join(ROOT, "packages", pkg, "src");
    try {
      statSync(src);
    } catch {
      continue;
    }
    for (const file of walk(src).sort()) out.push(...examplesOfSource(file));
  }
  // docs/*.md and the pages under docs/packages/ (docs/api is generated).
  for (const dir of [join(ROOT, "docs"), join(ROOT, "docs", "packages")])
    for (const name of readdirSync(dir).sort())
      if (name.endsWith(".md")) out.push(...examplesOfMarkdown(join(dir, name)));
  return out;
}

interface Claim {
  id: number;
  /** The expected value (JavaScript), or the printed lines (`…` last: more lines follow). */
  expected: string;
  lines: string[];
  /** Compared with a value, or with the next printed line. */
  mode: "value" | "printed";
}

/** `import { a, b as c } from "x";` as `const { a, b: c } = __import("x");`. */
function rewriteImports(code: string): string {
  return code
    .replace(/^import type [^;]*;$/gm, "")
    .replace(/^import \{([^}]*)\} from "([^"]+)";$/gm, (_, names: string, from: string) => {
      const bound = names
        .split(",")
        .map((n) => n.trim())
        .filter((n) => n !== "" && !n.startsWith("type "))
        .map((n) => n.replace(/^(\w+) as (\w+)$/, "$1: $2"));
      return `const { ${bound.join(", ")} } = __import(${JSON.stringify(from)});`;
    });
}

/** The example with each claim turned into a check, and the claims. */
function instrument(source: string): { code: string; claims: Claim[] } {
  const code = rewriteImports(source);
  const file = ts.createSourceFile("example.ts", code, ts.ScriptTarget.Latest, true);
  const statements: ts.Statement[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isExpressionStatement(node) ||
      ts.isVariableStatement(node) ||
      ts.isIterationStatement(node, false) ||
      ts.isTryStatement(node) ||
      ts.isIfStatement(node)
    )
      statements.push(node as ts.Statement);
    ts.forEachChild(node, visit);
  };
  visit(file);

  const claims: Claim[] = [];
  const edits: { at: number; end: number; text: string }[] = [];
  const lines = code.split("\n");
  let offset = 0;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l] as string;
    const k = line.indexOf("//=>");
    if (k >= 0) {
      let expected = line.slice(k + 4).trim();
      const printedLines = [expected];
      for (let c = l + 1; c < lines.length && /^\s*\/\/\s{2,}/.test(lines[c] as string); c++) {
        const more = (lines[c] as string).replace(/^\s*\/\//, "").trim();
        expected += ` ${more}`;
        printedLines.push(more);
      }
      const at = offset + k;
      // The statement the claim is about: the one that ends last before it (the innermost).
      let target: ts.Statement | undefined;
      for (const s of statements) {
        if (s.end > at) continue;
        if (
          target === undefined ||
          s.end > target.end ||
          (s.end === target.end && s.pos >= target.pos)
        )
          target = s;
      }
      if (target === undefined) throw new Error(`no statement before the claim on line ${l + 1}`);
      const id = claims.length;
      if (target.getText(file).includes("console.log(")) {
        claims.push({ id, expected, lines: printedLines, mode: "printed" });
        offset += line.length + 1;
        continue;
      }
      // A claim after a compound statement (a try, an if) is about its last expression.
      if (!(ts.isExpressionStatement(target) || ts.isVariableStatement(target))) {
        const inner = statements.filter(
          (s) =>
            s.pos >= (target as ts.Statement).pos &&
            s.end <= (target as ts.Statement).end &&
            (ts.isExpressionStatement(s) || ts.isVariableStatement(s)),
        );
        const last = inner.sort((a, b) => a.end - b.end).at(-1);
        if (last === undefined) throw new Error(`no expression before the claim on line ${l + 1}`);
        target = last;
      }
      if (ts.isExpressionStatement(target)) {
        claims.push({ id, expected, lines: printedLines, mode: "value" });
        edits.push({
          at: target.getStart(file),
          end: target.end,
          text: `__check(${id}, (${target.expression.getText(file)}));`,
        });
      } else {
        const names = (target as ts.VariableStatement).declarationList.declarations.map((d) =>
          d.name.getText(file),
        );
        claims.push({ id, expected, lines: printedLines, mode: "value" });
        edits.push({ at: target.end, end: target.end, text: ` __check(${id}, ${names.at(-1)});` });
      }
    }
    offset += line.length + 1;
  }
  let out = code;
  for (const e of edits.sort((a, b) => b.at - a.at))
    out = out.slice(0, e.at) + e.text + out.slice(e.end);
  return { code: out, claims };
}

async function run(example: Example): Promise<void> {
  const { code, claims } = instrument(example.code);
  const js = transformSync(`(async () => {\n${code}\n})`, { loader: "ts", target: "es2022" }).code;
  const names = Object.keys(scope);
  const values: unknown[] = [];
  const ran = new Set<number>();
  const printed: string[] = [];
  const fn = new Function(
    ...names,
    "__check",
    "__import",
    "console",
    `return ${js.trim().replace(/;$/, "")};`,
  );
  const check = (id: number, value: unknown): void => {
    ran.add(id);
    values[id] = value;
  };
  const importOf = (from: string): unknown => {
    const module = (scope as Record<string, unknown>).__modules as Record<string, unknown>;
    if (!(from in module))
      throw new Error(`the example imports "${from}", which the scope does not have`);
    return module[from];
  };
  const console = { log: (...args: unknown[]) => printed.push(format(...args)) };
  await (
    fn(
      ...names.map((n) => (scope as Record<string, unknown>)[n]),
      check,
      importOf,
      console,
    ) as () => Promise<void>
  )();
  const expectedLines = claims.filter((c) => c.mode === "printed").flatMap((c) => c.lines);
  const more = expectedLines.at(-1) === "…";
  if (more) expectedLines.pop();
  // An example that prints without a claim about it is not checked on what it prints.
  if (expectedLines.length > 0 || more) {
    const got = more ? printed.slice(0, expectedLines.length) : printed;
    expect(got, `${example.where}: printed lines`).toEqual(expectedLines);
  }
  for (const claim of claims.filter((c) => c.mode === "value")) {
    expect(ran.has(claim.id), `${example.where}: the claim //=> ${claim.expected} never ran`).toBe(
      true,
    );
    const expected = new Function(...names, `return (${claim.expected});`)(
      ...names.map((n) => (scope as Record<string, unknown>)[n]),
    );
    expect(values[claim.id], `${example.where}: //=> ${claim.expected}`).toEqual(expected);
  }
}

const all = examples();

describe("doc examples", () => {
  test("doc examples: there are examples with claims in the sources and the docs", () => {
    expect(all.filter((e) => e.where.startsWith("packages/")).length).toBeGreaterThan(100);
    expect(all.filter((e) => e.where.startsWith("docs/")).length).toBeGreaterThan(0);
  });

  test.each(all.map((e) => [e.where, e] as const))("doc examples: %s holds", async (_, example) => {
    await run(example);
  });
});
