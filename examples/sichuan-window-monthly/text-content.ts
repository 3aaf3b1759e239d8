import { formatDateSpan, formatQuantity } from "@bulletin/format";
import type { Bulletin, DateSpan, Inline, Item, Section } from "@bulletin/schema";

/**
 * The text content of a bulletin as the plain-text renderer lays it out, one line a
 * paragraph: the masthead (title, `第9期`, publisher, date), each section heading numbered by
 * position (`一、`), each item as marker + run-in title + `。` + date span + `，` + body, and the
 * 报/送/发/抄送 lines. Used by the tests to prove the fixture holds the whole seed; it follows
 * the rendering conventions of docs/model.md and formats numbers and dates with
 * `@bulletin/format`, so a change there shows up here.
 */
export function textLines(bulletin: Bulletin): string[] {
  const referenceYear = bulletin.issue.year ?? Number(bulletin.issue.publishedOn.slice(0, 4));
  const departments = new Map(bulletin.departments.map((d) => [d.id, d]));
  const metrics = new Map(bulletin.metrics.map((m) => [m.id, m]));
  const span = (value: DateSpan): string => formatDateSpan(value, { referenceYear });

  const inline = (node: Inline): string => {
    if (typeof node === "string") return node;
    switch (node.type) {
      case "metric": {
        const metric = metrics.get(node.ref);
        if (!metric) throw new Error(`unknown metric "${node.ref}"`);
        const { scale, fractionDigits } = metric.display ?? {};
        return formatQuantity(metric.value, metric.unit, {
          ...(scale === undefined ? {} : { scale }),
          ...(fractionDigits === undefined ? {} : { fractionDigits }),
        });
      }
      case "department": {
        const department = departments.get(node.ref);
        if (!department) throw new Error(`unknown department "${node.ref}"`);
        return node.text ?? department.shortName ?? department.name;
      }
      case "date":
        return span(node.value);
      case "title":
        return `《${node.text}》`;
      case "quote":
        return `“${node.text}”`;
      case "emphasis":
        return node.text;
    }
  };

  const lines: string[] = [
    bulletin.publication.title,
    `第${bulletin.issue.number}期`,
    bulletin.publication.publisher.name,
    formatDateSpan({ kind: "day", date: bulletin.issue.publishedOn }, {}),
  ];

  bulletin.sections.forEach((section: Section, s) => {
    lines.push(`${chineseNumeral(s + 1)}、${section.title}`);
    const runningText =
      section.items.length === 1 &&
      section.items[0]?.title === undefined &&
      section.items[0]?.date === undefined;
    section.items.forEach((item: Item, i) => {
      const lead = runningText
        ? ""
        : `（${chineseNumeral(i + 1)}）` +
          (item.title === undefined ? "" : `${item.title}。`) +
          (item.date === undefined ? "" : `${span(item.date)}，`);
      item.body.forEach((paragraph, p) => {
        lines.push((p === 0 ? lead : "") + paragraph.map(inline).join(""));
      });
    });
  });

  const tail = [
    ["报", bulletin.distribution?.reportTo],
    ["送", bulletin.distribution?.sendTo],
    ["发", bulletin.distribution?.issueTo],
    ["抄送", bulletin.distribution?.copyTo],
  ] as const;
  for (const [label, list] of tail) {
    if (!list || list.length === 0) continue;
    // Entries that hold a 顿号 themselves are separated by a comma, others by a 顿号.
    const separator = list.some((entry) => entry.includes("、")) ? "，" : "、";
    lines.push(`${label}：${list.join(separator)}。`);
  }
  return lines;
}

/** {@link textLines} joined with line breaks. */
export function textContent(bulletin: Bulletin): string {
  return textLines(bulletin).join("\n");
}

const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1–99 as a Chinese numeral for section and item markers: 一, 十, 十一, 二十三. */
function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n] ?? "";
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? "" : DIGITS[tens]}十${DIGITS[n % 10]}`;
}
