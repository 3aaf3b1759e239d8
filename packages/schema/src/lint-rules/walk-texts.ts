import type { Bulletin, Inline, Metric } from "../schemas";
import type { TextUnit } from "./types";

/** A placeholder for what a non-text inline writes at its edges (a Han character or a digit). */
function edges(inline: Inline, metrics: ReadonlyMap<string, Metric>): [string, string] {
  if (typeof inline === "string") return [inline.charAt(0), inline.charAt(inline.length - 1)];
  switch (inline.type) {
    case "metric": {
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
 * emphasis inlines. Department names, metric labels and the 报尾 lists are data, not prose.
 * `set` writes a new text back (used by `fixBulletin` on its own copy).
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
      item.body.forEach((paragraph, p) => {
        const own = group++;
        paragraph.forEach((inline, k) => {
          if (typeof inline === "string") {
            const prev = k > 0 ? paragraph[k - 1] : undefined;
            const next = paragraph[k + 1];
            visit(
              {
                path: [...base, "body", p, k],
                text: inline,
                before: prev === undefined ? "" : edges(prev, metrics)[1],
                after: next === undefined ? "" : edges(next, metrics)[0],
                group: own,
              },
              (t) => {
                paragraph[k] = t;
              },
            );
          } else if (
            inline.type === "title" ||
            inline.type === "quote" ||
            inline.type === "emphasis"
          ) {
            single([...base, "body", p, k, "text"], inline.text, (t) => {
              inline.text = t;
            });
          }
        });
      });
    });
  });
}
