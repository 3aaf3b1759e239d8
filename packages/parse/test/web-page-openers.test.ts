import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { OPENER_GUARDED, opensAs, simplified } from "../src/internal/web-page";
import { PERTURBATIONS, seedOf } from "./corpus/perturb";
import { readCorpus } from "./corpus/recall";

/**
 * The page line filter tries some anchored regexes only on a line whose first unit is among the
 * regex's first units (web-page.ts's `OPENERS`, a hand-kept table). A form added to such a regex
 * without its first unit in the table is never tried, and nothing else would say so: these tests
 * hold the table to the regexes. Every string a guarded regex matches must pass its guard: strings
 * drawn from each regex's own language (fast-check's `stringMatching`, 30,000 a regex, enough to
 * draw every first unit the table holds; lookaheads left out to draw, the regex itself asked
 * after), and every line of the tuning texts, plain, trimmed, simplified and as the web-furniture
 * perturbation writes them.
 */

/** The regex without lookaheads (`(?![：:])`), which `stringMatching` cannot draw from. */
const drawable = (regex: RegExp): RegExp =>
  new RegExp(regex.source.replace(/\(\?<?[=!][^()]*\)/g, ""), regex.flags);

describe("the first-unit guards of the page line filter let every match through", () => {
  test.each(OPENER_GUARDED.map(([regex, bit]) => [regex.source.slice(0, 40), regex, bit] as const))(
    "strings %s… matches",
    (_, regex, bit) => {
      fc.assert(
        fc.property(
          fc.stringMatching(drawable(regex)).filter((s) => regex.test(s)),
          (s) => opensAs(s, bit),
        ),
        { numRuns: 30000, seed: 20261203 },
      );
    },
  );

  test("every line of the tuning texts a guarded regex matches", () => {
    const web = PERTURBATIONS.find((p) => p.name === "web-furniture");
    const missed: string[] = [];
    let matched = 0;
    for (const { fixture, text } of readCorpus().filter((c) => c.fixture.set === "tuning")) {
      const texts = [text];
      if (web) texts.push(web.apply(text, seedOf(fixture.slug, web.name)));
      for (const t of texts) {
        for (const line of t.split(/\r?\n/)) {
          for (const l of new Set([line, line.trim(), simplified(line.trim())])) {
            for (const [regex, bit] of OPENER_GUARDED) {
              if (!regex.test(l)) continue;
              matched++;
              if (!opensAs(l, bit)) missed.push(`${regex.source.slice(0, 30)}… ${l}`);
            }
          }
        }
      }
    }
    expect(matched).toBeGreaterThan(0);
    expect(missed).toEqual([]);
  });
});
