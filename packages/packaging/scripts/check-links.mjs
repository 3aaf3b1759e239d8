// Checks every relative link and anchor of the repo's Markdown: README.md, docs/**/*.md (not the
// generated docs/api), packages/*/README.md and examples/*/README.md. A link must name an existing
// file or folder; an anchor (`#rendering-conventions`) must be a heading of the target Markdown
// file, slugged the way GitHub does, or an explicit `<a id>`/`<a name>`. Web links are not
// fetched. `node scripts/check-links.mjs` prints what is broken and exits 1.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { repoRoot } from "./workspace.mjs";

/** @returns {string[]} absolute paths of the Markdown files whose links are checked */
export function markdownFiles(root = repoRoot) {
  const files = [join(root, "README.md")];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== join(root, "docs", "api")) walk(path);
      } else if (entry.name.endsWith(".md")) files.push(path);
    }
  };
  if (existsSync(join(root, "docs"))) walk(join(root, "docs"));
  for (const group of ["packages", "examples"])
    for (const entry of readdirSync(join(root, group), { withFileTypes: true }))
      if (entry.isDirectory() && existsSync(join(root, group, entry.name, "README.md")))
        files.push(join(root, group, entry.name, "README.md"));
  return files.filter((f) => existsSync(f)).sort();
}

/**
 * The Markdown with fenced code blocks blanked out (line count kept) and inline code spans
 * removed, so that code samples are not read as links or headings.
 *
 * @param {string} text
 * @param {boolean} [keepInlineCode] keep the text of code spans (headings slug it)
 */
function withoutCode(text, keepInlineCode = false) {
  const lines = text.split("\n");
  let fence = "";
  return lines
    .map((line) => {
      const marker = line.match(/^\s{0,3}(`{3,}|~{3,})/)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = "";
        return "";
      }
      if (marker) {
        fence = marker;
        return "";
      }
      return keepInlineCode ? line : line.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, "");
    })
    .join("\n");
}

/**
 * GitHub's heading anchor: lower case, punctuation dropped (letters of any script, digits,
 * `-`, `_` and spaces kept), spaces to `-`; repeats get `-1`, `-2`…
 *
 * @param {string} text
 * @returns {Set<string>}
 */
export function anchorsOf(text) {
  const anchors = new Set();
  const seen = new Map();
  for (const line of withoutCode(text, true).split("\n")) {
    const heading = line.match(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/)?.[1];
    if (heading !== undefined) {
      const plain = heading
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1") // links keep their text
        .replace(/<[^>]+>/g, "")
        .replace(/`/g, "");
      const base = plain
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
        .replace(/ /g, "-");
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      anchors.add(count === 0 ? base : `${base}-${count}`);
    }
    for (const match of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1]);
  }
  return anchors;
}

/**
 * @param {string} text
 * @returns {{ target: string; line: number }[]} every inline, image and reference-definition link
 */
export function linksOf(text) {
  /** @type {{ target: string; line: number }[]} */
  const links = [];
  withoutCode(text)
    .split("\n")
    .forEach((line, index) => {
      for (const match of line.matchAll(
        /!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g,
      ))
        links.push({ target: (match[1] ?? "").replace(/^<|>$/g, ""), line: index + 1 });
      const definition = line.match(/^\s{0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/);
      if (definition)
        links.push({ target: (definition[1] ?? "").replace(/^<|>$/g, ""), line: index + 1 });
      for (const match of line.matchAll(/<a\s[^>]*href="([^"]+)"/g))
        links.push({ target: match[1] ?? "", line: index + 1 });
    });
  return links;
}

/**
 * @param {string[]} [files]
 * @returns {string[]} one message per broken link: `file:line: target — why`
 */
export function brokenLinks(files = markdownFiles()) {
  /** @type {Map<string, Set<string>>} */
  const anchorCache = new Map();
  /** @param {string} file */
  const anchors = (file) => {
    let set = anchorCache.get(file);
    if (!set) {
      set = anchorsOf(readFileSync(file, "utf8"));
      anchorCache.set(file, set);
    }
    return set;
  };
  const problems = [];
  for (const file of files) {
    for (const { target, line } of linksOf(readFileSync(file, "utf8"))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) continue; // web, mailto
      const where = `${relative(repoRoot, file)}:${line}: ${target}`;
      const hash = target.indexOf("#");
      const pathPart = decodeURIComponent(hash === -1 ? target : target.slice(0, hash));
      const anchor = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
      const resolved = pathPart
        ? pathPart.startsWith("/")
          ? join(repoRoot, pathPart)
          : resolve(dirname(file), pathPart)
        : file;
      if (!existsSync(resolved)) {
        problems.push(`${where} — no such file or folder`);
        continue;
      }
      if (anchor === undefined || anchor === "") continue;
      if (statSync(resolved).isDirectory() || !resolved.endsWith(".md")) {
        problems.push(`${where} — an anchor on something that is not a Markdown file`);
        continue;
      }
      if (!anchors(resolved).has(anchor))
        problems.push(
          `${where} — no heading with the anchor #${anchor} in ${relative(repoRoot, resolved)}`,
        );
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = brokenLinks();
  for (const problem of problems) console.error(problem);
  console.log(`${markdownFiles().length} Markdown files checked, ${problems.length} broken links.`);
  if (problems.length > 0) process.exitCode = 1;
}
