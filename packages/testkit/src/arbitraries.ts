import { dateSpanBounds } from "@bulletin/format";
import type {
  Block,
  Bulletin,
  DateSpan,
  Department,
  Inline,
  Item,
  Metric,
  Section,
} from "@bulletin/schema";
import fc from "fast-check";
import { arbitraryTable } from "./arbitrary-table";

const HAN =
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研身真往步";

/** Strings of Chinese text, 1–12 characters (no characters that any format treats as syntax). */
export const arbitraryHan = (min = 1, max = 12): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom(...HAN), { minLength: min, maxLength: max })
    .map((chars) => chars.join(""));

const pad = (n: number): string => String(n).padStart(2, "0");
/** The last day of a month, `YYYY-MM-DD`: format's dateSpanBounds, the toolkit's one place for it. */
const lastOf = (month: string): string => dateSpanBounds({ kind: "month", month })[1];
const daysIn = (y: number, m: number): number => Number(lastOf(`${y}-${pad(m)}`).slice(8));

const arbitraryDay = (year: number): fc.Arbitrary<string> =>
  fc
    .record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .map(({ m, d }) => `${year}-${pad(m)}-${pad(Math.min(d, daysIn(year, m)))}`);

const XUN_PARTS = ["early", "mid", "late"] as const;

/**
 * Valid date spans of every kind around a year: a day, a range within a month, across months
 * and across the turn of the year (`2025年12月30日—2026年1月2日`), a 旬, a month, the year.
 */
export const arbitraryDateSpan = (year = 2025): fc.Arbitrary<DateSpan> =>
  fc.oneof(
    arbitraryDay(year).map((date): DateSpan => ({ kind: "day", date })),
    fc
      .tuple(arbitraryDay(year), fc.oneof(arbitraryDay(year), arbitraryDay(year + 1)))
      .filter(([a, b]) => a !== b)
      .map(
        ([a, b]): DateSpan =>
          a < b ? { kind: "range", start: a, end: b } : { kind: "range", start: b, end: a },
      ),
    fc
      .record({ m: fc.integer({ min: 1, max: 12 }), part: fc.constantFrom(...XUN_PARTS) })
      .map(({ m, part }): DateSpan => ({ kind: "xun", month: `${year}-${pad(m)}`, part })),
    fc
      .integer({ min: 1, max: 12 })
      .map((m): DateSpan => ({ kind: "month", month: `${year}-${pad(m)}` })),
    fc.constant<DateSpan>({ kind: "year", year }),
  );

/** ISO date of a day counted from 1970-01-01. */
const isoOfDay = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10);
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * Spans of every kind that lie inside whole months `[first, last]` (ISO dates: the first day of
 * a month and the last day of a month): what an item's date may be without a lint warning.
 */
const arbitrarySpanWithin = (first: string, last: string): fc.Arbitrary<DateSpan> => {
  const from = dayOf(first);
  const to = dayOf(last);
  const day = fc.integer({ min: from, max: to }).map(isoOfDay);
  const wholeYear =
    first.endsWith("-01-01") && last.endsWith("-12-31") && first.slice(0, 4) === last.slice(0, 4);
  const spans: fc.Arbitrary<DateSpan>[] = [
    day.map((date): DateSpan => ({ kind: "day", date })),
    fc
      .tuple(day, day)
      .filter(([a, b]) => a !== b)
      .map(
        ([a, b]): DateSpan =>
          a < b ? { kind: "range", start: a, end: b } : { kind: "range", start: b, end: a },
      ),
    fc
      .tuple(day, fc.constantFrom(...XUN_PARTS))
      .map(([date, part]): DateSpan => ({ kind: "xun", month: date.slice(0, 7), part })),
    day.map((date): DateSpan => ({ kind: "month", month: date.slice(0, 7) })),
  ];
  if (wholeYear)
    spans.push(fc.constant<DateSpan>({ kind: "year", year: Number(first.slice(0, 4)) }));
  return fc.oneof(...spans);
};

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

/** The issue's period: a month, two months (across the turn of the year from December), a year, or none. */
type PeriodShape = "month" | "two-months" | "year" | "none";

/** Options of {@link arbitraryBulletin}. */
export interface ArbitraryBulletinOptions {
  /**
   * Whether items may hold tables (default true). False gives exactly the bulletins drawn before
   * the model had tables, for the golden test that pins the writers' bytes.
   */
  tables?: boolean;
}

const FREQUENCIES = ["monthly", "weekly", "irregular", "quarterly"] as const;
const SECTION_KINDS = ["overview", "news", "progress", "window-news"] as const;

/**
 * Valid, lint-clean bulletins (schema version 1): every ref resolves, ids are unique, item dates
 * fall in the period. They cover the whole model:
 * - every inline kind (text, metric, department with and without a `text` form — its name,
 *   short name or an alias —, date, title, quote, emphasis) and every `DateSpan` kind in item
 *   dates and inline dates (a day, ranges within a month, across months and across years, 旬,
 *   month, year);
 * - years from 2000 to 2040, `issue.year` present or not (and then the year of `publishedOn`,
 *   which differs from the period's when the period ends in December), `totalNumber`,
 *   `supplement`, `copies`, `editor`, `signer`, a period of a month, two months or a year, or none;
 * - an editor's note (编者按) before the sections; sections with and without `id` and `kind`;
 *   items with and without `id`, title, date and departments, and titled items without
 *   paragraphs;
 * - departments with and without a short name and aliases (or none at all), a publisher with and
 *   without a short name;
 * - all four distribution lists (报, 送, 发, 抄送), empty ones included, or none;
 * - tables among an item's paragraphs ({@link arbitraryTable}: spans in head and body, figures,
 *   blank cells, metric and department references), unless `options.tables` is false.
 * Text is Chinese without markup characters, so every renderer and the text parser can
 * round-trip it.
 */
export function arbitraryBulletin(options: ArbitraryBulletinOptions = {}): fc.Arbitrary<Bulletin> {
  const tables = options.tables ?? true;
  return fc
    .record({
      title: arbitraryHan(2, 10).map((t) => `${t}简报`),
      publisher: arbitraryHan(4, 16),
      publisherShort: fc.option(arbitraryHan(2, 4), { nil: undefined }),
      frequency: fc.option(fc.constantFrom(...FREQUENCIES), { nil: undefined }),
      number: fc.integer({ min: 1, max: 60 }),
      year: fc.oneof(fc.constant(2025), fc.integer({ min: 2000, max: 2040 })),
      month: fc.integer({ min: 1, max: 12 }),
      period: fc.constantFrom<PeriodShape>("month", "month", "two-months", "year", "none"),
      showYear: fc.constantFrom<"period" | "published" | "none">(
        "period",
        "published",
        "none",
        "none",
      ),
      totalOver: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
      supplement: fc.option(fc.constant(true), { nil: undefined, freq: 8 }),
      copies: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
      editor: fc.option(arbitraryHan(2, 3), { nil: undefined, freq: 4 }),
      signer: fc.option(arbitraryHan(2, 3), { nil: undefined, freq: 4 }),
      departments: fc.uniqueArray(
        fc.record({
          name: arbitraryHan(3, 10),
          short: fc.boolean(),
          alias: fc.boolean(),
        }),
        { maxLength: 4, selector: (d) => d.name },
      ),
      metricCount: fc.integer({ min: 0, max: 4 }),
      sectionTitles: fc.array(arbitraryHan(2, 12), { minLength: 1, maxLength: 4 }),
      note: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined, freq: 3 }),
      seed: fc.integer(),
    })
    .chain((r) => {
      const { year } = r;
      const month = `${year}-${pad(r.month)}`;
      // The period, as whole months [first, last]; item dates fall inside it.
      const nextMonth = r.month === 12 ? `${year + 1}-01` : `${year}-${pad(r.month + 1)}`;
      const bounds: [string, string] =
        r.period === "year"
          ? [`${year}-01-01`, `${year}-12-31`]
          : r.period === "two-months"
            ? [`${month}-01`, lastOf(nextMonth)]
            : [`${month}-01`, lastOf(month)];
      const period: DateSpan | undefined =
        r.period === "month"
          ? { kind: "month", month }
          : r.period === "two-months"
            ? { kind: "range", start: bounds[0], end: bounds[1] }
            : r.period === "year"
              ? { kind: "year", year }
              : undefined;
      // Published within three weeks after the period; without a period, in its month (and
      // item dates then fall in the month of publication).
      const publishedOn =
        period === undefined
          ? `${month}-${pad(Math.min(28, 1 + (Math.abs(r.seed) % 28)))}`
          : isoOfDay(dayOf(bounds[1]) + 1 + (Math.abs(r.seed) % 21));
      const itemBounds: [string, string] =
        period === undefined ? [`${month}-01`, lastOf(month)] : bounds;

      const departments: Department[] = r.departments.map(({ name, short, alias }, i) => {
        const d: Department = { id: `d${i}`, name: `四川省${name}局` };
        if (short) d.shortName = `省${name}局`;
        if (alias) d.aliases = [`${name}管理局`];
        return d;
      });
      const metricIds = Array.from({ length: r.metricCount }, (_, i) => `m${i}`);
      const department: fc.Arbitrary<Inline>[] =
        departments.length === 0
          ? []
          : [
              fc
                .constantFrom(...departments)
                .chain((d) =>
                  fc
                    .constantFrom(
                      undefined,
                      d.name,
                      ...(d.shortName ? [d.shortName] : []),
                      ...(d.aliases ?? []),
                    )
                    .map(
                      (text): Inline =>
                        text === undefined
                          ? { type: "department", ref: d.id }
                          : { type: "department", ref: d.id, text },
                    ),
                ),
            ];
      const inline: fc.Arbitrary<Inline[]> = fc
        .array(
          fc.oneof(
            arbitraryHan(1, 20).map((t): Inline => `${t}。`),
            ...department,
            arbitraryHan(2, 10).map((text): Inline => ({ type: "title", text })),
            arbitraryHan(2, 8).map((text): Inline => ({ type: "quote", text })),
            arbitraryHan(2, 8).map((text): Inline => ({ type: "emphasis", text })),
            fc
              .oneof(arbitraryDateSpan(year), arbitraryDateSpan(year - 1))
              .map((value): Inline => ({ type: "date", value })),
          ),
          { minLength: 1, maxLength: 5 },
        )
        .map((parts) => [arbitraryHanFixed(r.seed), ...parts]);
      const item: fc.Arbitrary<Item> = fc
        .record({
          id: fc.boolean(),
          title: fc.option(arbitraryHan(2, 10), { nil: undefined }),
          date: fc.option(arbitrarySpanWithin(...itemBounds), { nil: undefined }),
          refs: fc.option(
            fc.uniqueArray(fc.constantFrom(...departments.map((d) => d.id), "none"), {
              maxLength: 2,
            }),
            { nil: undefined },
          ),
          body: tables
            ? fc.array(
                fc.oneof(
                  { weight: 4, arbitrary: inline as fc.Arbitrary<Block> },
                  {
                    weight: 1,
                    arbitrary: arbitraryTable({
                      metricIds,
                      departmentIds: departments.map((d) => d.id),
                    }),
                  },
                ),
                { minLength: 1, maxLength: 3 },
              )
            : fc.array(inline, { minLength: 1, maxLength: 3 }),
          empty: fc.boolean(),
        })
        .map(({ id, title, date, refs, body, empty }): Item => {
          // A titled item may have no paragraphs: its lead stands alone.
          const it: Item = { body: title !== undefined && empty ? [] : body };
          if (id) it.id = "";
          if (title !== undefined) it.title = title;
          if (date !== undefined) it.date = date;
          if (refs !== undefined) it.departmentRefs = refs.filter((ref) => ref !== "none");
          return it;
        });
      const sections: fc.Arbitrary<Section[]> = fc.tuple(
        ...r.sectionTitles.map((title, s) =>
          fc
            .record({
              items: fc.array(item, { minLength: 1, maxLength: 3 }),
              id: fc.boolean(),
              kind: fc.option(fc.constantFrom(...SECTION_KINDS), { nil: undefined }),
            })
            .map(({ items, id, kind }): Section => {
              const section: Section = {
                title,
                items: items.map((it, i) =>
                  it.id === undefined ? it : { ...it, id: `s${s}-i${i}` },
                ),
              };
              if (id) section.id = `s${s}`;
              if (kind !== undefined) section.kind = kind;
              return section;
            }),
        ),
      );
      const note: fc.Arbitrary<Section | undefined> =
        r.note === undefined
          ? fc.constant(undefined)
          : fc
              .array(
                arbitraryHan(4, 20).map((t): Inline[] => [`${t}。`]),
                { minLength: r.note, maxLength: r.note },
              )
              .map(
                (body): Section => ({ title: "编者按", kind: "editor-note", items: [{ body }] }),
              );
      const list = fc.option(fc.array(arbitraryHan(3, 10), { maxLength: 3 }), { nil: undefined });
      return fc
        .record({
          metrics: fc.tuple(...metricIds.map((id) => arbitraryMetric(id))),
          sections,
          note,
          distribution: fc.option(
            fc.record({ reportTo: list, sendTo: list, issueTo: list, copyTo: list }),
            { nil: undefined, freq: 4 },
          ),
        })
        .map(({ metrics, sections: generated, note, distribution }): Bulletin => {
          // A copy: fast-check maps the same generated value again while shrinking.
          const sections = structuredClone(generated);
          // Reference every metric once from the first paragraph so none is unused.
          const isParagraph = (b: Block): b is Inline[] => Array.isArray(b);
          const first = sections[0]?.items.flatMap((it) => it.body).find(isParagraph);
          if (first === undefined && metrics.length > 0) {
            sections[0]?.items.push({ body: [["共计。"]] });
          }
          const target = first ?? (sections[0]?.items.at(-1)?.body[0] as Inline[] | undefined);
          for (const m of metrics) target?.push("共", { type: "metric", ref: m.id }, "。");
          const issue: Bulletin["issue"] = { number: r.number, publishedOn };
          if (r.showYear === "period") issue.year = year;
          else if (r.showYear === "published") issue.year = Number(publishedOn.slice(0, 4));
          if (r.totalOver !== undefined) issue.totalNumber = r.number + r.totalOver;
          if (r.supplement) issue.supplement = true;
          if (period !== undefined) issue.period = period;
          if (r.editor !== undefined) issue.editor = r.editor;
          if (r.signer !== undefined) issue.signer = r.signer;
          if (r.copies !== undefined) issue.copies = r.copies;
          const publication: Bulletin["publication"] = {
            title: r.title,
            publisher: { name: r.publisher },
          };
          if (r.publisherShort !== undefined) publication.publisher.shortName = r.publisherShort;
          if (r.frequency !== undefined) publication.frequency = r.frequency;
          const bulletin: Bulletin = {
            schemaVersion: "1",
            publication,
            issue,
            departments,
            metrics,
            sections: note === undefined ? sections : [note, ...sections],
          };
          if (distribution !== undefined) {
            const d: NonNullable<Bulletin["distribution"]> = {};
            for (const role of ["reportTo", "sendTo", "issueTo", "copyTo"] as const) {
              const entries = distribution[role];
              if (entries !== undefined) d[role] = entries;
            }
            bulletin.distribution = d;
          }
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
