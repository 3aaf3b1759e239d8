import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { expect, test } from "vitest";

/**
 * The house rule: every name exported from a public package's `src/index.ts` has TSDoc with a
 * summary and an `@example`. One `ts.Program` over the seven entry points; `@bulletin/*` imports
 * resolve to source, so a re-export (the sdk's of schema, format and render) is checked once,
 * where it is declared, and reported under the package that declares it.
 */
const PUBLIC = ["format", "schema", "render", "parse", "sdk", "docx", "cli", "pdf"] as const;
/** Entry points besides `src/index.ts`, by package (`@bulletin/pdf/print`). */
const SUBPATHS: Partial<Record<(typeof PUBLIC)[number], string[]>> = { pdf: ["print"] };
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const packageSrc = (name: string): string => join(ROOT, "packages", name, "src");
const entry = (name: string, file = "index"): string => join(packageSrc(name), `${file}.ts`);
const entriesOf = (name: (typeof PUBLIC)[number]): string[] => [
  entry(name),
  ...(SUBPATHS[name] ?? []).map((sub) => entry(name, sub)),
];

interface Missing {
  pkg: string;
  name: string;
  kind: string;
  problems: string[];
}

const kindOf = (decl: ts.Declaration): string => {
  if (ts.isFunctionDeclaration(decl)) return "function";
  if (ts.isClassDeclaration(decl)) return "class";
  if (ts.isInterfaceDeclaration(decl)) return "interface";
  if (ts.isTypeAliasDeclaration(decl)) return "type";
  if (ts.isEnumDeclaration(decl)) return "enum";
  if (ts.isVariableDeclaration(decl)) {
    return decl.parent.flags & ts.NodeFlags.Const ? "const" : "variable";
  }
  if (ts.isModuleDeclaration(decl)) return "namespace";
  return ts.SyntaxKind[decl.kind];
};

/** The TSDoc block nearest a declaration (for a variable, the one on its statement). */
const jsDocOf = (decl: ts.Declaration): ts.JSDoc | undefined =>
  ts.getJSDocCommentsAndTags(decl).filter(ts.isJSDoc).at(-1);

const problemsOf = (doc: ts.JSDoc | undefined): string[] => {
  if (!doc) return ["no TSDoc"];
  const problems: string[] = [];
  if (!ts.getTextOfJSDocComment(doc.comment)?.trim()) problems.push("no summary");
  const example = doc.tags?.find((t) => t.tagName.text === "example");
  if (!example) problems.push("no @example");
  else if (!ts.getTextOfJSDocComment(example.comment)?.trim()) problems.push("empty @example");
  return problems;
};

/** The public package whose `src/` holds a file, or undefined (a dependency, lib.d.ts). */
const ownerOf = (file: string): string | undefined =>
  PUBLIC.find((p) => {
    const rel = relative(packageSrc(p), file);
    return rel !== "" && !rel.startsWith("..") && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel);
  });

function collect(): { checked: number; missing: Missing[]; unresolved: string[] } {
  const program = ts.createProgram({
    rootNames: PUBLIC.flatMap(entriesOf),
    options: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      baseUrl: ROOT,
      paths: Object.fromEntries([
        ...PUBLIC.map((p) => [`@bulletin/${p}`, [entry(p)]]),
        ...PUBLIC.flatMap((p) =>
          (SUBPATHS[p] ?? []).map((sub) => [`@bulletin/${p}/${sub}`, [entry(p, sub)]]),
        ),
      ]),
      types: [],
      skipLibCheck: true,
      noEmit: true,
    },
  });
  const checker = program.getTypeChecker();
  const seen = new Set<ts.Symbol>();
  const missing: Missing[] = [];
  const unresolved: string[] = [];
  for (const [pkg, file] of PUBLIC.flatMap((p) => entriesOf(p).map((f) => [p, f] as const))) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) {
      unresolved.push(`${pkg}: ${relative(ROOT, file)} is not a module`);
      continue;
    }
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const target =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (seen.has(target)) continue;
      seen.add(target);
      const decls = target.declarations ?? [];
      const owned = decls.filter((d) => ownerOf(d.getSourceFile().fileName));
      if (owned.length === 0) {
        unresolved.push(`${pkg}: ${exported.name} (declared outside the public packages' src/)`);
        continue;
      }
      const owner = ownerOf(owned[0]!.getSourceFile().fileName)!;
      // A value and a type of one name each carry their own TSDoc; an overloaded function
      // carries it on its first signature.
      const heads = owned.filter(
        (d, i) => !ts.isFunctionDeclaration(d) || !owned.slice(0, i).some(ts.isFunctionDeclaration),
      );
      for (const decl of heads) {
        const problems = problemsOf(jsDocOf(decl));
        if (problems.length > 0) {
          missing.push({ pkg: owner, name: exported.name, kind: kindOf(decl), problems });
        }
      }
    }
  }
  return { checked: seen.size, missing, unresolved };
}

test("tsdoc: every public export has TSDoc with a summary and an @example", () => {
  const { checked, missing, unresolved } = collect();
  expect(unresolved).toEqual([]);
  // Guards against a broken walk passing vacuously.
  expect(checked).toBeGreaterThan(100);
  const report = missing.map((m) => `${m.pkg}: ${m.name} (${m.kind}) — ${m.problems.join(", ")}`);
  if (report.length > 0) {
    expect.fail(
      `${report.length} public exports lack TSDoc with a summary and an @example:\n${report.join("\n")}`,
    );
  }
});
