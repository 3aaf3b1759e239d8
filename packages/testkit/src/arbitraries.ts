import type { Bulletin, DateSpan, Inline, Item, Metric, Section } from "@bulletin/schema";
import fc from "fast-check";

const HAN =
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研身真往步";

/** Strings of Chinese text, 1–12 characters (no characters that any format treats as syntax). */
export const arbitraryHan = (min = 1, max = 12): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom(...HAN), { minLength: min, maxLength: max })
    .map((chars) => chars.join(""));

const pad = (n: number): string => String(n).padStart(2, "0");
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

const arbitraryDay = (year: number): fc.Arbitrary<string> =>
  fc
    .record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .map(({ m, d }) => `${year}-${pad(m)}-${pad(Math.min(d, daysIn(year, m)))}`);

/** Valid date spans of every kind in a year (ranges run forward). */
export const arbitraryDateSpan = (year = 2025): fc.Arbitrary<DateSpan> =>
  fc.oneof(
    arbitraryDay(year).map((date): DateSpan => ({ kind: "day", date })),
    fc
      .tuple(arbitraryDay(year), arbitraryDay(year))
      .filter(([a, b]) => a !== b)
      .map(
        ([a, b]): DateSpan =>
          a < b ? { kind: "range", start: a, end: b } : { kind: "range", start: b, end: a },
      ),
    fc
      .record({
        m: fc.integer({ min: 1, max: 12 }),
        part: fc.constantFrom("early", "mid", "late") as fc.Arbitrary<"early" | "mid" | "late">,
      })
      .map(({ m, part }): DateSpan => ({ kind: "xun", month: `${year}-${pad(m)}`, part })),
    fc
      .integer({ min: 1, max: 12 })
      .map((m): DateSpan => ({ kind: "month", month: `${year}-${pad(m)}` })),
    fc.constant<DateSpan>({ kind: "year", year }),
  );

const arbitraryMetric = (id: string): fc.Arbitrary<Metric> =>
  fc.oneof(
    fc
      .record({
        n: fc.integer({ min: 1, max: 99_999 }),
        digits: fc.integer({ min: 0, max: 2 }),
        label: arbitraryHan(2, 10),
      })
      .map(
        ({ n, digits, label }): Metric => ({
          id,
          label,
          value: n * 10 ** (4 - digits),
          unit: "件",
          display: { scale: "万", fractionDigits: digits },
        }),
      ),
    fc
      .record({
        n: fc.integer({ min: 0, max: 9999 }),
        label: arbitraryHan(2, 10),
        unit: fc.constantFrom("人次", "个", "家", "人/次"),
      })
      .map(
        ({ n, label, unit }): Metric => ({ id, label, value: n, unit, display: { scale: "none" } }),
      ),
  );

/**
 * Valid, lint-clean bulletins (schema version 1): every ref resolves, ids are unique, item dates
 * fall in the period. Text is Chinese without markup characters, so every renderer and the text
 * parser can round-trip it.
 */
export function arbitraryBulletin(): fc.Arbitrary<Bulletin> {
  return fc
    .record({
      title: arbitraryHan(2, 10).map((t) => `${t}简报`),
      publisher: arbitraryHan(4, 16),
      number: fc.integer({ min: 1, max: 60 }),
      month: fc.integer({ min: 1, max: 11 }),
      departmentNames: fc.uniqueArray(arbitraryHan(3, 10), { minLength: 1, maxLength: 4 }),
      metricCount: fc.integer({ min: 0, max: 4 }),
      sectionTitles: fc.array(arbitraryHan(2, 12), { minLength: 1, maxLength: 4 }),
      seed: fc.integer(),
    })
    .chain((r) => {
      const year = 2025;
      const month = `${year}-${pad(r.month)}`;
      const departments = r.departmentNames.map((name, i) => ({
        id: `d${i}`,
        name: `四川省${name}局`,
      }));
      const metricIds = Array.from({ length: r.metricCount }, (_, i) => `m${i}`);
      const inline: fc.Arbitrary<Inline[]> = fc
        .array(
          fc.oneof(
            arbitraryHan(1, 20).map((t): Inline => `${t}。`),
            fc
              .constantFrom(...departments.map((d) => d.id))
              .map((ref): Inline => ({ type: "department", ref })),
            arbitraryHan(2, 10).map((text): Inline => ({ type: "title", text })),
            arbitraryHan(2, 8).map((text): Inline => ({ type: "quote", text })),
          ),
          { minLength: 1, maxLength: 5 },
        )
        .map((parts) => [arbitraryHanFixed(r.seed), ...parts]);
      const item: fc.Arbitrary<Item> = fc
        .record({
          title: fc.option(arbitraryHan(2, 10), { nil: undefined }),
          day: fc.option(fc.integer({ min: 1, max: daysIn(year, r.month) }), { nil: undefined }),
          dept: fc.option(fc.constantFrom(...departments.map((d) => d.id)), { nil: undefined }),
          body: fc.array(inline, { minLength: 1, maxLength: 3 }),
        })
        .map(({ title, day, dept, body }): Item => {
          const it: Item = { body };
          if (title !== undefined) it.title = title;
          if (day !== undefined) it.date = { kind: "day", date: `${month}-${pad(day)}` };
          if (dept !== undefined) it.departmentRefs = [dept];
          return it;
        });
      const sections: fc.Arbitrary<Section[]> = fc.tuple(
        ...r.sectionTitles.map((title) =>
          fc
            .array(item, { minLength: 1, maxLength: 3 })
            .map((items): Section => ({ title, items })),
        ),
      );
      return fc
        .record({
          metrics: fc.tuple(...metricIds.map((id) => arbitraryMetric(id))),
          sections,
          reportTo: fc.array(arbitraryHan(3, 10), { maxLength: 3 }),
        })
        .map(({ metrics, sections, reportTo }): Bulletin => {
          // Reference every metric once from the first paragraph so none is unused.
          const first = sections[0]?.items[0]?.body[0] as Inline[] | undefined;
          for (const m of metrics) first?.push("共", { type: "metric", ref: m.id }, "。");
          const bulletin: Bulletin = {
            schemaVersion: "1",
            publication: { title: r.title, publisher: { name: r.publisher }, frequency: "monthly" },
            issue: {
              number: r.number,
              year,
              publishedOn: `${year}-${pad(r.month + 1)}-05`,
              period: { kind: "month", month },
            },
            departments,
            metrics,
            sections,
          };
          if (reportTo.length > 0) bulletin.distribution = { reportTo };
          return bulletin;
        });
    });
}

function arbitraryHanFixed(seed: number): string {
  return HAN.charAt(Math.abs(seed) % HAN.length) + HAN.charAt(Math.abs(seed >> 8) % HAN.length);
}

/** Strings that try to break out of HTML, Markdown or the model: for "never escapes" properties. */
export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(
      "<script>alert(1)</script>",
      '"><img src=x onerror=alert(1)>',
      "javascript:alert(1)",
      "[link](javascript:alert(1))",
      "![img](x)",
      "<!-- comment -->",
      "**bold** _em_ `code`",
      "# heading",
      "> quote",
      "1. list",
      "- item",
      "| a | b |",
      "\u202Eevil\u202C",
      "&amp; &lt;",
      "\\",
      "\uD800",
      "\u0000",
    ),
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.string({ maxLength: 30 }),
  );
