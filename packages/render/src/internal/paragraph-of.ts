import type { Block, Paragraph } from "@bulletin/schema";
import { RenderError } from "../errors";

/**
 * The paragraph a block is. Until the writers walk the layout (which lays tables out), a
 * table cannot be written: a typed error rather than a table silently dropped.
 */
export function paragraphOf(block: Block, s: number, i: number, p: number): Paragraph {
  if (Array.isArray(block)) return block;
  const path = `sections[${s}].items[${i}].body[${p}]`;
  throw new RenderError(
    "invalid-value",
    `\`${path}\` is a table, which this writer cannot write yet`,
    {
      path,
    },
  );
}
