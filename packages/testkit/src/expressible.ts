import { formatDateSpan, formatQuantity, parseQuantity } from "@bulletin/format";
import type { Block, Bulletin, Department, Inline, Item } from "@bulletin/schema";

/**
 * The bulletin the plain text layout can express, for a generated bulletin: what the text does
 * not print is brought into the form the parser reads back.
 * - Departments: the ones the text names, in order of first mention; an item's
 *   `departmentRefs` are the departments it names (the layout prints no other actors). A
 *   department's `aliases` are the other forms the text used for it (the parser learns them from
 *   the text), and a department inline keeps its `text` only when that is not the form printed
 *   by default (`shortName ?? name`).
 * - Metrics: numbered `metric-N` in order of appearance (the text prints no ids); labels are
 *   compared apart (the text prints `共5.88万件`, not the label); `fractionDigits` is what the
 *   figure shows once formatQuantity has dropped trailing zeros (`0.50万` prints `0.5万`).
 * - Dates inside a paragraph are text as printed (`9月8日`): the parser reads a date only where
 *   it leads an item. Emphasis is its text (plain text has no emphasis).
 * - An item that renderText prints with a marker (one of several, or with a title, date or
 *   departments) and that has neither title nor date gets a title: its first sentence would
 *   otherwise read as a run-in title (`（一）工作推进。…`), as in real text.
 * - A paragraph that does not end a sentence (`。！？；…`) gets a `。`: a short line without a
 *   sentence mark reads as a heading without a marker (as in real web copies), a long one that
 *   stops mid-sentence as a paragraph split by a page break, joined with the next.
 * - Adjacent strings of a paragraph are one string (the text has no seam between them).
 * - A national ministry's name that random characters happen to spell (`人社部`, `民政部`,
 *   `水利部`: the only ones the generator's characters can) is no name: its `部` becomes `处`.
 *   The parser rightly reads such a name as a department.
 * - A figure that random characters happen to spell in Han numerals in a paragraph (`十九起`,
 *   `二十件`: the generator's numerals need its 十 for one) is no figure: a 十 beside another
 *   numeral becomes `的`. The parser rightly reads such a count as a figure (since 2026-12-08;
 *   the docx round trip met `求能变数同十九起本建府。`).
 * - A publisher's name that ends as a report's headline does (`…通知`, `…通报`, `…报告`,
 *   `…情况`: {@link HEADLINE_END}) and is no organisation's reads, under the bulletin's name, as
 *   that headline (`某县九月份环境质量状况`), as a reader takes it: it gets an office's ending (`办公室`).
 * - An issue number that random characters happen to spell inside a publisher's name
 *   (`第三期的的的的`) is read off the masthead as the issue's number, as a reader reads `第N期`
 *   there: its `期` becomes `批` (`第三批的的的的`).
 * - Not printed, so not compared: section and item ids, section kinds other than the editor's
 *   note, the publisher's short name, the issue's editor and signer, and empty 报/送/发/抄送
 *   lists. The period and the frequency are given to the parser as options ({@link optionsFor}).
 */
/** The names of national ministries that the generator's characters can spell (parse knows them). */
const MINISTRIES = /(民政|人社|水利)部/g;
/** A 十 beside another of the generator's numerals: the tens of a number printed in Han numerals. */
const HAN_TENS = /(?<=[一二三四五九两几十])十|十(?=[一二三四五九两几十])/g;
/** How a report's headline ends; a masthead line so ended names no publisher unless it is an office's. */
const HEADLINE_END = /(?:情况|状况|通报|报告|分析|总结|综述|通知)$/;
/** An issue number (`第9期`, `第三期`) as the masthead reader takes it. */
const ISSUE_MARK = /(第[0-9０-９〇零一二三四五六七八九十百千两]+)期/g;

export function expressible(b: Bulletin): Bulletin {
  const c = structuredClone(b);
  const referenceYear = c.issue.year ?? Number(c.issue.publishedOn.slice(0, 4));
  const metricIds = new Map(c.metrics.map((m, i) => [m.id, `metric-${i + 1}`]));
  c.metrics = c.metrics.map((m) => {
    const printed = formatQuantity(m.value, m.unit, { ...m.display } as Parameters<
      typeof formatQuantity
    >[2]);
    const q = parseQuantity(printed);
    return {
      ...m,
      id: metricIds.get(m.id) as string,
      display:
        q.scale === "none" && q.fractionDigits === 0
          ? { scale: "none" }
          : { scale: q.scale, fractionDigits: q.fractionDigits },
    };
  });
  const byId = new Map(c.departments.map((d) => [d.id, d]));
  const mentioned: string[] = [];
  const forms = new Map<string, string[]>();
  for (const section of c.sections) {
    delete section.id;
    if (section.kind !== "editor-note") delete section.kind;
    const several = section.items.length > 1;
    section.items = section.items.map((item): Item => {
      const refs: string[] = [];
      const body = item.body.map((p): Block => {
        // Tables are compared as text (tables-as-text.ts).
        if (!Array.isArray(p)) return p;
        const out: Inline[] = p.map((node) => {
          if (typeof node === "string") return node;
          if (node.type === "metric")
            return { type: "metric", ref: metricIds.get(node.ref) as string };
          if (node.type === "date") return formatDateSpan(node.value, { referenceYear }) as Inline;
          if (node.type === "emphasis") return node.text;
          if (node.type === "department") {
            if (!refs.includes(node.ref)) refs.push(node.ref);
            if (!mentioned.includes(node.ref)) mentioned.push(node.ref);
            const d = byId.get(node.ref) as Department;
            const shown = d.shortName ?? d.name;
            const form = node.text ?? shown;
            const used = forms.get(d.id) ?? [];
            if (form !== d.name && form !== d.shortName && !used.includes(form)) used.push(form);
            forms.set(d.id, used);
            return form === shown
              ? { type: "department", ref: node.ref }
              : { type: "department", ref: node.ref, text: form };
          }
          return node;
        });
        const last = out[out.length - 1];
        if (!(typeof last === "string" && /[。！？；…]$/.test(last))) out.push("。");
        // Two strings in a row print as one.
        return out
          .reduce<Inline[]>((merged, node) => {
            const prev = merged[merged.length - 1];
            if (typeof node === "string" && typeof prev === "string")
              merged[merged.length - 1] = prev + node;
            else merged.push(node);
            return merged;
          }, [])
          .map((node) =>
            typeof node === "string"
              ? node.replace(MINISTRIES, "$1处").replace(HAN_TENS, "的")
              : node,
          );
      });
      const next: Item = { body };
      // renderText gives an item a marker unless it is the only one and has no title, date or
      // departments; a marked item's first short sentence reads as its run-in title.
      const marked =
        several || item.title !== undefined || item.date !== undefined || refs.length > 0;
      if (item.title !== undefined) next.title = item.title;
      else if (marked && item.date === undefined) next.title = "综合情况";
      if (item.date !== undefined) next.date = item.date;
      if (refs.length > 0) next.departmentRefs = refs;
      return next;
    });
  }
  c.departments = mentioned.map((id) => {
    const d = byId.get(id) as Department;
    const out: Department = { id: d.id, name: d.name };
    if (d.shortName !== undefined) out.shortName = d.shortName;
    const used = forms.get(id) ?? [];
    if (used.length > 0) out.aliases = used;
    return out;
  });
  delete c.publication.publisher.shortName;
  c.publication.publisher.name = c.publication.publisher.name.replace(ISSUE_MARK, "$1批");
  if (HEADLINE_END.test(c.publication.publisher.name)) c.publication.publisher.name += "办公室";
  c.publication.frequency = c.publication.frequency ?? "monthly";
  delete c.issue.editor;
  delete c.issue.signer;
  if (c.distribution !== undefined) {
    for (const role of ["reportTo", "sendTo", "issueTo", "copyTo"] as const)
      if (c.distribution[role]?.length === 0) delete c.distribution[role];
    if (Object.keys(c.distribution).length === 0) delete c.distribution;
  }
  return c;
}

/**
 * What the parser is told besides the text: the departments, and what the text does not print
 * (the frequency, `monthly` when the bulletin has none, and the period).
 */
export function optionsFor(b: Bulletin) {
  return {
    departments: b.departments,
    publication: { frequency: b.publication.frequency ?? ("monthly" as const) },
    ...(b.issue.period === undefined ? {} : { issue: { period: b.issue.period } }),
  };
}

/** A parsed bulletin for a generated one without a period: the period the parser guessed goes. */
export function withoutGuessedPeriod(parsed: Bulletin, generated: Bulletin): Bulletin {
  if (generated.issue.period !== undefined) return parsed;
  const { period: _, ...issue } = parsed.issue;
  return { ...parsed, issue };
}

export const withoutLabels = (b: Bulletin): Bulletin => ({
  ...b,
  metrics: b.metrics.map((m) => ({ ...m, label: "" })),
});
