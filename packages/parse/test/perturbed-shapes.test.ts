import { parseBulletinText } from "@bulletin/parse";
import { renderText } from "@bulletin/render";
import { arbitraryBulletin, completed, expressible, optionsFor } from "@bulletin/testkit";
import { tablesAsText } from "@bulletin/testkit/tables-as-text";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { asciiMarks, PERTURBATIONS } from "./corpus/perturb";

/**
 * The perturbations of corpus/perturb.ts on generated bulletins: `renderText` writes a bulletin
 * (full-width marks, a paragraph a line), the text is perturbed the ways extraction gives it, and
 * the parser reads the same bulletin from both.
 */
const SHAPES = [
  { name: "ascii-marks", apply: (t: string) => asciiMarks(t) },
  ...PERTURBATIONS.filter((p) => !p.name.startsWith("full-width")),
];

/**
 * What a reader checks of a bulletin (the corpus's facts): masthead, headings, figures. A text
 * re-wrapped at a page's width may part a paragraph where a line ends with its `。` (nothing
 * tells the two apart), so the re-wrapped shapes are held to these rather than to the whole model.
 */
function facts(b: ReturnType<typeof completed>) {
  return {
    publication: b.publication,
    number: b.issue.number,
    publishedOn: b.issue.publishedOn,
    sections: b.sections.map((s) => [s.title, s.items.map((i) => i.title)]),
    metrics: b.metrics.map((m) => [m.value, m.unit]),
  };
}

/**
 * Of 200 generated bulletins (a fixed seed), how many may read with other facts once re-wrapped
 * (a ratchet, like corpus-perturbed.test.ts's floors): a line of random text that a wrap leaves
 * short and bare after a `。` reads as a heading, a figure broken before a line that ends a
 * sentence stays apart. Measured when this was written: 4, 8 and 9 of 200; 3, 3 and 4 after the
 * rules on lines a page broke (wrapped-lines.test.ts); pdf-pages, added then, 7; 8 once a cell that
 * is a number with a minus became a metric (signed-table-cells.test.ts): a table's last row that a
 * page foot parts from it reads as running text, where `| -29.6% |` is no signed figure; 3 once
 * a form feed alone on its line left no blank line (form-feed-lines.test.ts): the row stays in
 * its table.
 */
const WRAP_CEILING: Record<string, number> = {
  rewrap: 3,
  "rewrap-mid-number": 3,
  "pdf-like": 4,
  "pdf-pages": 3,
};

describe("generated bulletins under perturbation", () => {
  for (const shape of SHAPES) {
    const ceiling = WRAP_CEILING[shape.name];
    if (ceiling !== undefined) {
      test(`parseBulletinText: reads the same facts from renderText's output and from it perturbed for all but ${ceiling} of 200 generated bulletins (${shape.name})`, () => {
        const samples = fc.sample(fc.tuple(arbitraryBulletin(), fc.nat()), {
          numRuns: 200,
          seed: 7,
        });
        let differ = 0;
        for (const [generated, seed] of samples) {
          const b = expressible(tablesAsText(generated, false));
          const options = optionsFor(b);
          const text = renderText(b);
          const plain = facts(completed(parseBulletinText(text, options)));
          const perturbed = facts(completed(parseBulletinText(shape.apply(text, seed), options)));
          if (JSON.stringify(plain) !== JSON.stringify(perturbed)) differ++;
        }
        expect(differ).toBeLessThanOrEqual(ceiling);
      }, 60_000);
      continue;
    }
    test(`parseBulletinText: reads the same bulletin from renderText's output and from it perturbed (${shape.name})`, () => {
      fc.assert(
        fc.property(arbitraryBulletin(), fc.nat(), (generated, seed) => {
          const b = expressible(tablesAsText(generated, false));
          const options = optionsFor(b);
          const text = renderText(b);
          const plain = completed(parseBulletinText(text, options));
          expect(completed(parseBulletinText(shape.apply(text, seed), options))).toEqual(plain);
        }),
        { numRuns: 40, endOnFailure: true },
      );
    });
  }
});
