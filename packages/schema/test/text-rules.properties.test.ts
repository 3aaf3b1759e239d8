import { readFileSync } from "node:fs";
import {
  type Block,
  type Bulletin,
  type Cell,
  fixBulletin,
  formatPath,
  type Inline,
  lintBulletin,
  type Table,
  validateBulletin,
} from "@bulletin/schema";
import { arbitraryBulletin, hostileString } from "@bulletin/testkit";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/** Faults real bulletins carry, one of each kind a rule mends or flags. */
const FAULTS = [
  ",",
  ":",
  "(州)",
  " ",
  "。。",
  "，，",
  "（一）、",
  "(二)",
  "一.",
  "9月16日~18日",
  "1-10月",
  "5～10万件",
  "3千元",
  "3百万",
  "3亿4500万",
  "25年9月",
  "增长.46%",
  "二O二五年",
  "二零二五年",
  "１２３",
  "5.88 万件",
  "同比增长-5%",
  "环比下降-0.5个百分点",
  "办结率提高1.2%",
  "《通知",
  "“一网通办",
  "https://a.b/c,d",
  "1,000",
  "15:40",
];

type Path = (string | number)[];

/** The inline runs of an item's body with their paths: paragraphs, a table's cells and notes. */
function runsOf(body: Block[], base: Path): { run: Inline[]; path: Path }[] {
  return body.flatMap((block, b) => {
    if (Array.isArray(block)) return [{ run: block, path: [...base, b] }];
    const out: { run: Inline[]; path: Path }[] = [];
    for (const part of ["head", "rows"] as const)
      (block[part] ?? []).forEach((row, r) => {
        row.forEach((cell, c) => {
          const path = [...base, b, part, r, c];
          out.push(
            Array.isArray(cell)
              ? { run: cell, path }
              : { run: cell.content, path: [...path, "content"] },
          );
        });
      });
    (block.notes ?? []).forEach((note, n) => {
      out.push({ run: note, path: [...base, b, "notes", n] });
    });
    return out;
  });
}

/** The tables' captions of an item's body with their paths. */
const captionsOf = (body: Block[], base: Path): { block: Table; path: Path }[] =>
  body.flatMap((block, b) =>
    !Array.isArray(block) && block.caption !== undefined
      ? [{ block, path: [...base, b, "caption"] }]
      : [],
  );

/** A bulletin with faults inserted at random places of its paragraph strings and titles. */
const faulty = (): fc.Arbitrary<Bulletin> =>
  fc
    .tuple(
      arbitraryBulletin(),
      fc.array(
        fc.record({
          fault: fc.constantFrom(...FAULTS),
          at: fc.nat(),
          where: fc.nat(),
        }),
        { minLength: 1, maxLength: 12 },
      ),
    )
    .map(([bulletin, faults]) => {
      const strings: { get: () => string; set: (s: string) => void }[] = [];
      for (const section of bulletin.sections) {
        strings.push({ get: () => section.title, set: (s) => (section.title = s) });
        for (const item of section.items) {
          for (const { run } of runsOf(item.body, []))
            run.forEach((inline, k) => {
              if (typeof inline === "string")
                strings.push({ get: () => run[k] as string, set: (s) => (run[k] = s) });
            });
          for (const { block } of captionsOf(item.body, []))
            strings.push({
              get: () => block.caption as string,
              set: (s) => {
                block.caption = s;
              },
            });
        }
      }
      for (const { fault, at, where } of faults) {
        const target = strings[where % strings.length];
        if (!target) continue;
        const text = target.get();
        const i = at % (text.length + 1);
        target.set(text.slice(0, i) + fault + text.slice(i));
      }
      return bulletin;
    });

/** Han characters that a fix may not change: all but numerals and the words of a change. */
// Non-Han characters go first: a fault may split a word (`下 降`) that the fix joins again.
const meaning = (text: string): string =>
  text
    .replace(/[^\p{Script=Han}]/gu, "")
    .replace(/增长|下降|增加|减少|上升|提高|降低/g, "变")
    .replace(/[〇零一二三四五六七八九十百千万亿]/gu, "");

/** Everything of a bulletin but its prose: what a fix must never change. */
function facts(bulletin: Bulletin): unknown {
  return {
    schemaVersion: bulletin.schemaVersion,
    issue: bulletin.issue,
    departments: bulletin.departments,
    metrics: bulletin.metrics,
    distribution: bulletin.distribution,
    publisher: bulletin.publication.publisher,
    sections: bulletin.sections.map((s) => ({
      id: s.id,
      kind: s.kind,
      items: s.items.map((i) => ({
        id: i.id,
        date: i.date,
        departmentRefs: i.departmentRefs,
        body: i.body.map((block) => {
          const mask = (run: Inline[]) =>
            run.map((inline: Inline) =>
              typeof inline === "string"
                ? "text"
                : "text" in inline && inline.type !== "department"
                  ? inline.type
                  : inline,
            );
          if (Array.isArray(block)) return mask(block);
          const cell = (c: Cell) =>
            Array.isArray(c) ? mask(c) : { ...c, content: mask(c.content) };
          return {
            ...block,
            ...(block.caption === undefined ? {} : { caption: "text" }),
            ...(block.head === undefined ? {} : { head: block.head.map((row) => row.map(cell)) }),
            rows: block.rows.map((row) => row.map(cell)),
            ...(block.notes === undefined ? {} : { notes: block.notes.map(mask) }),
          };
        }),
      })),
    })),
  };
}

/** Every prose text of a bulletin by its path. */
function textsByPath(bulletin: Bulletin): Map<string, string> {
  const out = new Map<string, string>([["publication.title", bulletin.publication.title]]);
  bulletin.sections.forEach((s, si) => {
    out.set(formatPath(["sections", si, "title"]), s.title);
    s.items.forEach((i, ii) => {
      const base = ["sections", si, "items", ii];
      if (i.title !== undefined) out.set(formatPath([...base, "title"]), i.title);
      for (const { run, path } of runsOf(i.body, [...base, "body"])) {
        run.forEach((inline, k) => {
          if (typeof inline === "string") out.set(formatPath([...path, k]), inline);
          // A title's, quote's or emphasis's text is prose; a department's or a metric's is a name or a figure.
          else if (inline.type === "title" || inline.type === "quote" || inline.type === "emphasis")
            out.set(formatPath([...path, k, "text"]), inline.text);
        });
      }
      for (const { block, path } of captionsOf(i.body, [...base, "body"]))
        out.set(formatPath(path), block.caption as string);
    });
  });
  return out;
}

/** Every prose text of a bulletin in walk order. */
function texts(bulletin: Bulletin): string[] {
  const out = [bulletin.publication.title];
  for (const s of bulletin.sections) {
    out.push(s.title);
    for (const i of s.items) {
      if (i.title !== undefined) out.push(i.title);
      for (const { run } of runsOf(i.body, []))
        for (const inline of run)
          if (typeof inline === "string") out.push(inline);
          else if (inline.type === "title" || inline.type === "quote" || inline.type === "emphasis")
            out.push(inline.text);
      for (const { block } of captionsOf(i.body, [])) out.push(block.caption as string);
    }
  }
  return out;
}

describe("fixBulletin properties", () => {
  test("fixBulletin: is idempotent, keeps the bulletin valid and leaves no fixable finding", () => {
    fc.assert(
      fc.property(faulty(), (bulletin) => {
        const once = fixBulletin(bulletin);
        expect(validateBulletin(once.bulletin).ok).toBe(true);
        const twice = fixBulletin(once.bulletin);
        expect(twice.applied).toEqual([]);
        expect(twice.bulletin).toEqual(once.bulletin);
        expect(lintBulletin(once.bulletin).filter((i) => i.fix !== undefined)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  test("fixBulletin: never changes a metric, a date, a department reference or an id", () => {
    fc.assert(
      fc.property(faulty(), (bulletin) => {
        expect(facts(fixBulletin(bulletin).bulletin)).toEqual(facts(bulletin));
      }),
      { numRuns: 150 },
    );
  });

  test("fixBulletin: changes no Chinese character but punctuation, spaces, numerals and the word of a signed change", () => {
    fc.assert(
      fc.property(faulty(), (bulletin) => {
        const before = texts(bulletin).map(meaning);
        expect(texts(fixBulletin(bulletin).bulletin).map(meaning)).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });

  test("fixBulletin: does not mutate its input", () => {
    fc.assert(
      fc.property(faulty(), (bulletin) => {
        const copy = structuredClone(bulletin);
        fixBulletin(bulletin);
        lintBulletin(bulletin);
        expect(bulletin).toEqual(copy);
      }),
      { numRuns: 50 },
    );
  });

  test("fixBulletin: replaying the applied list on the input gives the fixed bulletin", () => {
    fc.assert(
      fc.property(faulty(), (bulletin) => {
        const { bulletin: fixed, applied } = fixBulletin(bulletin);
        const replay = textsByPath(bulletin);
        for (const fix of applied) {
          const key = formatPath(fix.path);
          const text = replay.get(key) as string;
          expect(text.slice(fix.offset, fix.offset + fix.before.length)).toBe(fix.before);
          replay.set(
            key,
            text.slice(0, fix.offset) + fix.after + text.slice(fix.offset + fix.before.length),
          );
        }
        expect(replay).toEqual(textsByPath(fixed));
      }),
      { numRuns: 100 },
    );
  });

  test("lintBulletin and fixBulletin: never throw on any text", () => {
    fc.assert(
      fc.property(arbitraryBulletin(), fc.array(hostileString(), { maxLength: 4 }), (b, extra) => {
        const paragraph = runsOf(b.sections[0]?.items[0]?.body ?? [], [])[0]?.run;
        for (const s of extra) if (s.trim() !== "" && s.isWellFormed()) paragraph?.push(s);
        const issues = lintBulletin(b);
        for (const issue of issues) {
          expect(issue.offset ?? 0).toBeGreaterThanOrEqual(0);
          expect(typeof issue.message).toBe("string");
        }
        const { bulletin } = fixBulletin(b);
        expect(fixBulletin(bulletin).applied).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  test("generated clean bulletins have no text finding above info", () => {
    fc.assert(
      fc.property(arbitraryBulletin(), (b) => {
        expect(lintBulletin(b).filter((i) => i.severity !== "info")).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe("the canonical fixture", () => {
  const issue9 = JSON.parse(
    readFileSync(
      new URL("../../../examples/sichuan-window-monthly/issue-9.json", import.meta.url),
      "utf8",
    ),
  ) as Bulletin;

  test("issue 9 has no text finding above info, and nothing to fix", () => {
    expect(lintBulletin(issue9).filter((i) => i.severity !== "info")).toEqual([]);
    expect(fixBulletin(issue9).applied).toEqual([]);
  });

  test("issue 9 typed carelessly is mended back to itself", () => {
    const careless = structuredClone(issue9);
    const paragraphs = careless.sections.flatMap((s) =>
      s.items.flatMap((i) => runsOf(i.body, []).map(({ run }) => run)),
    );
    let changed = 0;
    for (const p of paragraphs)
      p.forEach((inline, k) => {
        if (typeof inline !== "string") return;
        const typed = inline.replace(/，(?=\p{Script=Han})/gu, ",").replace(/；/g, ";");
        if (typed !== inline) changed++;
        p[k] = typed;
      });
    expect(changed).toBeGreaterThan(0);
    expect(fixBulletin(careless).bulletin).toEqual(issue9);
  });
});
