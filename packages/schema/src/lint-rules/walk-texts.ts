import type { Bulletin, Inline, Metric } from "../schemas";
import type { TextUnit } from "./types";

/** A placeholder for what a non-text inline writes at its edges (a Han character or a digit). */
function edges(inline: Inline, metrics: ReadonlyMap<string, Metric>): [string, string] {
  if (typeof inline === "string") return [inline.charAt(0), inline.charAt(inline.length - 1)];
  switch (inline.type) {
    case "metric": {
      if (inline.text !== undefined)
        return [inline.text.charAt(0), inline.text.charAt(inline.text.length - 1)];
      const unit = metrics.get(inline.ref)?.unit ?? "件";
      return ["0", unit.charAt(unit.length - 1)];
    }
    case "date":
      return ["0", "日"];
    case "title":
      return ["《", "》"];
    case "quote":
      return ["“", "”"];
    case "emphasis":
      return [inline.text.charAt(0), inline.text.charAt(inline.text.length - 1)];
    default:
      return ["中", "中"];
  }
}

/**
 * Every text of a bulletin the text rules read, with its JSON path: the publication title,
 * section and item titles, the string inlines of paragraphs and the `text` of title, quote and
 * emphasis inlines — and, in a table block (`{ type: "table" }`), its caption, the inlines of
 * each head and body cell and of its notes. Department names, metric labels and the 报尾 lists
 * are data, not prose. `set` writes a new text back (used by `fixBulletin` on its own copy).
 */
export function walkTexts(
  bulletin: Bulletin,
  visit: (unit: TextUnit, set: (text: string) => void) => void,
): void {
  const metrics = new Map(bulletin.metrics.map((m) => [m.id, m] as const));
  let group = 0;
  const single = (path: TextUnit["path"], text: string, set: (t: string) => void): void => {
    visit({ path, text, before: "", after: "", group: group++ }, set);
  };
  /** A run of inlines (a paragraph, a cell, a note): its strings share one group. */
  const inlines = (run: Inline[], base: TextUnit["path"]): void => {
    const own = group++;
    run.forEach((inline, k) => {
      if (typeof inline === "string") {
        const prev = k > 0 ? run[k - 1] : undefined;
        const next = run[k + 1];
        visit(
          {
            path: [...base, k],
            text: inline,
            before: prev === undefined ? "" : edges(prev, metrics)[1],
            after: next === undefined ? "" : edges(next, metrics)[0],
            group: own,
          },
          (t) => {
            run[k] = t;
          },
        );
      } else if (inline.type === "title" || inline.type === "quote" || inline.type === "emphasis") {
        single([...base, k, "text"], inline.text, (t) => {
          inline.text = t;
        });
      }
    });
  };
  /** A table block, read by shape so that the walk does not depend on the table types. */
  const table = (block: Record<string, unknown>, base: TextUnit["path"]): void => {
    if (typeof block.caption === "string")
      single([...base, "caption"], block.caption, (t) => {
        block.caption = t;
      });
    for (const part of ["head", "rows"] as const) {
      const rows = block[part];
      if (!Array.isArray(rows)) continue;
      rows.forEach((row: unknown, r) => {
        if (!Array.isArray(row)) return;
        row.forEach((cell: unknown, c) => {
          if (Array.isArray(cell)) inlines(cell as Inline[], [...base, part, r, c]);
          else if (cell !== null && typeof cell === "object") {
            const content = (cell as { content?: unknown }).content;
            if (Array.isArray(content))
              inlines(content as Inline[], [...base, part, r, c, "content"]);
          }
        });
      });
    }
    const notes = block.notes;
    if (Array.isArray(notes))
      notes.forEach((note: unknown, n) => {
        if (Array.isArray(note)) inlines(note as Inline[], [...base, "notes", n]);
      });
  };
  single(["publication", "title"], bulletin.publication.title, (t) => {
    bulletin.publication.title = t;
  });
  bulletin.sections.forEach((section, s) => {
    single(["sections", s, "title"], section.title, (t) => {
      section.title = t;
    });
    section.items.forEach((item, i) => {
      const base = ["sections", s, "items", i] as const;
      if (item.title !== undefined)
        single([...base, "title"], item.title, (t) => {
          item.title = t;
        });
      (item.body as unknown[]).forEach((block, p) => {
        if (Array.isArray(block)) inlines(block as Inline[], [...base, "body", p]);
        else if (block !== null && typeof block === "object")
          table(block as Record<string, unknown>, [...base, "body", p]);
      });
    });
  });
}
