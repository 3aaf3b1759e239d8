import { readFileSync } from "node:fs";
import { type DateSpan, dateSpanBounds, formatDateSpan } from "@bulletin/format";

/**
 * Compares what the parser gives for a real bulletin with the facts a reader sees in it, as
 * written by hand in `<slug>.facts.json` (see README.md here). The comparison reads only the
 * parser's model, never its warnings; it forgives what a reader would not call a difference
 * (ASCII or full-width marks, spaces, a closing `。`).
 */

export interface Figure {
  text: string;
  value: number;
  unit: string;
}
type OneOf = string | string[];
export interface Facts {
  title: OneOf | null;
  number: number | null;
  year: number | null;
  totalNumber: number | null;
  publishedOn: OneOf | null;
  publisher: OneOf | null;
  /** A span, or a list of spans any of which is right (as a list of dates is for `publishedOn`). */
  period: Record<string, string> | Record<string, string>[] | null;
  sections: OneOf[];
  items: OneOf[];
  figures: Figure[];
  /** A table's shape; a count given as a list accepts any of them (a copy cut mid-row, a head read two ways). */
  tables: { caption: OneOf | null; columns: number | number[]; rows: number | number[] }[];
}
export interface Fixture {
  slug: string;
  kind: string;
  region: string;
  source: string;
  /** `tuning`, or a held-out set (`held-out`, `held-out-2`, …) kept apart from the tuning work. */
  set: string;
  /**
   * The held-out set a tuning text was measured in before it was moved to the tuning set
   * (`held-out`, `held-out-2`); absent for texts gathered for tuning.
   */
  formerSet?: string;
  /** The batch a tuning text was gathered in, when it was gathered with others (`s9c`). */
  batch?: string;
  /**
   * Why the text has fewer than five figures among its facts (`prints no figures`): a masthead
   * issue of a 督查 office may print none. Every other text has five or more.
   */
  fewFigures?: string;
}

export const KINDS = [
  "title",
  "number",
  "year",
  "totalNumber",
  "publishedOn",
  "publisher",
  "period",
  "sections",
  "items",
  "figures",
  "tables",
] as const;
export type Kind = (typeof KINDS)[number];

/** One fact's outcome: what was expected, what the model holds, whether they agree. */
export interface Outcome {
  kind: Kind;
  expected: unknown;
  got: unknown;
  ok: boolean;
}

const DIR = new URL("./", import.meta.url);

export function readCorpus(): { fixture: Fixture; text: string; facts: Facts }[] {
  const manifest = JSON.parse(readFileSync(new URL("manifest.json", DIR), "utf8")) as {
    fixtures: Fixture[];
  };
  return manifest.fixtures.map((fixture) => ({
    fixture,
    text: readFileSync(new URL(`${fixture.slug}.txt`, DIR), "utf8"),
    facts: JSON.parse(readFileSync(new URL(`${fixture.slug}.facts.json`, DIR), "utf8")) as Facts,
  }));
}

const FULL: Record<string, string> = {
  "(": "（",
  ")": "）",
  ",": "，",
  ":": "：",
  ";": "；",
  "!": "！",
  "?": "？",
};

/**
 * A converter's pinyin reading after a Han character (`關(guān)于`: converters to traditional
 * characters mark the readings they were unsure of): lower-case letters with a toned vowel, in
 * ASCII brackets. A reader does not read it as part of the words, and the parser's repair drops
 * it, so a fact is compared without it (since 2026-12-02, on every set).
 */
const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
const PINYIN = new RegExp(
  `(?<=[\\u4e00-\\u9fff])\\((?=[a-zü]*[${TONED}])[a-zü${TONED}]{1,7}\\)`,
  "g",
);

/**
 * A heading or name as a reader compares it: no converter's pinyin, marks full-width (`,:;()!?`,
 * the marks the repair writes full-width in Chinese text; `!` and `?` since 2026-12-02), double
 * quotes the same straight or curly (`"中国速度"` is `“中国速度”`, which the repair writes; since
 * 2026-12-05), no spaces, no closing `。`.
 */
export function normalise(s: string): string {
  return s
    .replace(PINYIN, "")
    .replace(/[(),:;!?]/g, (c) => FULL[c] as string)
    .replace(/[“”]/g, '"')
    .replace(/[\s\u3000]+/g, "")
    .replace(/[。．.]$/, "");
}

/**
 * Unit characters a copy in traditional characters prints, and their simplified forms: a reader
 * takes `13個` for 13 个, and the parser writes units simplified, so a unit is compared in its
 * simplified form (since 2026-12-03, on every set). Five facts of batch s14c and seven of batch
 * s13i write `項` and `個`, against the convention of the other sets; they are not edited.
 */
const TRADITIONAL_UNIT: Record<string, string> = {
  個: "个",
  項: "项",
  萬: "万",
  億: "亿",
  戶: "户",
  噸: "吨",
  畝: "亩",
  張: "张",
  輛: "辆",
  臺: "台",
  條: "条",
  間: "间",
  場: "场",
  筆: "笔",
  處: "处",
  隻: "只",
  類: "类",
  棟: "栋",
  單: "单",
  額: "额",
  車: "车",
};
const TRADITIONAL_UNIT_CHARS = new RegExp(`[${Object.keys(TRADITIONAL_UNIT).join("")}]`, "g");
/**
 * A unit as the model spells it: simplified characters, an area in words (`㎡` is `平方米`) and micro
 * as the Greek letter (the micro sign `µ`, U+00B5, is `μ`, U+03BC).
 */
const simplifiedUnit = (unit: string): string =>
  unit
    .replace(TRADITIONAL_UNIT_CHARS, (c) => TRADITIONAL_UNIT[c] as string)
    .replaceAll("㎡", "平方米")
    .replaceAll("\u00b5", "\u03bc")
    // A superscript power is its digit (`m³`, `m3`), and a copy without the Greek letter writes
    // micro as `u` before a mass (`ug/m3`).
    .replaceAll("\u00b2", "2")
    .replaceAll("\u00b3", "3")
    .replace(/(?<![A-Za-z])ug(?![A-Za-z])/g, "\u03bcg");

/** A step in percentage points, as a fact writes its unit (`个百分点`, `百分点`, `個百分點`). */
const POINTS_UNIT = /^个?百分[点點]$/;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const alternatives = (x: OneOf): string[] => (Array.isArray(x) ? x : [x]).map(normalise);

/**
 * A heading's ordinal marker (`一、`, `（一）`, `1、`, `1.`): the heading's place in its list, which
 * the model gives by order rather than in the title. The facts write headings without it (README.md,
 * "without their marker"); held-out-20's collector wrote its ten with it, and a reader reads
 * `一、基本情况` and `基本情况` as one heading, so headings are compared without it (since 2026-12-03,
 * on every set). No fact is edited for it. Applied after `normalise` (brackets full-width, no spaces).
 */
const ORDINAL = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[、.．](?!\d))/;
const heading = (s: string): string => normalise(s).replace(ORDINAL, "");

interface ModelLike {
  publication?: {
    publisher?: { name: string; shortName?: string | undefined } | undefined;
    title?: string | undefined;
  };
  issue?: {
    number?: number | undefined;
    year?: number | undefined;
    totalNumber?: number | undefined;
    publishedOn?: string | undefined;
    period?: unknown;
  };
  metrics?: {
    value: number;
    unit: string;
    comparison?: { change?: number | undefined; changeUnit?: string | undefined } | undefined;
  }[];
  sections?: { title: string; items: { title?: string | undefined; body: unknown[] }[] }[];
}

/** Compares one parsed model with its facts; a `null` fact must be absent (not invented). */
export function compareFacts(model: ModelLike, facts: Facts): Outcome[] {
  const out: Outcome[] = [];
  const scalar = (kind: Kind, expected: unknown, got: unknown, same: boolean): void => {
    out.push({ kind, expected, got, ok: same });
  };
  const pub = model.publication ?? {};
  const issue = model.issue ?? {};

  const title = pub.title;
  scalar(
    "title",
    facts.title,
    title,
    facts.title === null
      ? title === undefined
      : title !== undefined && alternatives(facts.title).includes(normalise(title)),
  );
  for (const key of ["number", "year", "totalNumber"] as const) {
    const expected = facts[key];
    const got = issue[key];
    scalar(key, expected, got, expected === null ? got === undefined : got === expected);
  }
  // A list of dates means any of them (a mirror's 发布时间 and the newspaper's date it credits).
  const publishedOn = facts.publishedOn;
  scalar(
    "publishedOn",
    publishedOn,
    issue.publishedOn,
    publishedOn === null
      ? issue.publishedOn === undefined
      : issue.publishedOn !== undefined &&
          (typeof publishedOn === "string" ? [publishedOn] : publishedOn).includes(
            issue.publishedOn,
          ),
  );
  const publisher = pub.publisher;
  const names = publisher
    ? [publisher.name, publisher.shortName].filter((n): n is string => n !== undefined)
    : [];
  scalar(
    "publisher",
    facts.publisher,
    publisher?.name,
    facts.publisher === null
      ? publisher === undefined
      : names.some((n) => alternatives(facts.publisher as OneOf).includes(normalise(n))),
  );
  if (facts.period !== null) {
    // A list of spans means any of them (`2023年6月` or `1-6月` where the text reports both).
    const spans = Array.isArray(facts.period) ? facts.period : [facts.period];
    scalar(
      "period",
      facts.period,
      issue.period,
      spans.some((span) => sameSpan(issue.period, span)),
    );
  }

  // Headings: a section's or an item's title, whichever level the parser gave it.
  const headings = new Set<string>();
  for (const s of model.sections ?? []) {
    headings.add(heading(s.title));
    for (const item of s.items) if (item.title !== undefined) headings.add(heading(item.title));
  }
  // An item written as a point of a `一是…二是…` enumeration is found where the model keeps that
  // point as text, led by its marker (`一是工业运行延续良好态势。`): the issue's contract keeps such
  // enumerations as text, not as items (README.md, since 2026-12-02). It is still missed when the
  // point's words or its marker are lost or broken.
  let enumerated: string | undefined;
  const keptAsPoint = (a: string): boolean => {
    enumerated ??= normalise(modelText(model));
    return new RegExp(`[一二三四五六七八九十]+是${escapeRegExp(a)}[。；，：]`).test(enumerated);
  };
  for (const kind of ["sections", "items"] as const) {
    for (const h of facts[kind]) {
      const ok = alternatives(h).some(
        (a) => headings.has(a.replace(ORDINAL, "")) || (kind === "items" && keptAsPoint(a)),
      );
      out.push({ kind, expected: h, got: ok ? h : undefined, ok });
    }
  }

  // A percentage is found as a metric, or as the change a metric's comparison holds (`中标金额
  // 57.79亿元，同比上升15.19%`: the model keeps 15.19 as the 同比 change of 57.79亿元, its sign
  // giving the direction the words gave); a step in percentage points (`比上年下降0.3个百分点`) as
  // a metric in that unit or as a comparison's change in points (since 2026-12-05).
  const metrics = model.metrics ?? [];
  const same = (a: number, b: number): boolean =>
    Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  for (const f of facts.figures) {
    const unit = simplifiedUnit(f.unit);
    const changeUnit = f.unit === "%" ? "percent" : POINTS_UNIT.test(unit) ? "points" : undefined;
    const hit =
      metrics.find((m) => simplifiedUnit(m.unit) === unit && same(m.value, f.value)) ??
      (changeUnit === undefined
        ? undefined
        : metrics.find(
            (m) =>
              m.comparison?.changeUnit === changeUnit &&
              m.comparison.change !== undefined &&
              // Held signed; a fact is written as printed, with or without its sign.
              (same(m.comparison.change, f.value) || same(Math.abs(m.comparison.change), f.value)),
          ));
    out.push({ kind: "figures", expected: f.text, got: hit, ok: hit !== undefined });
  }

  const tables: { head?: unknown[][]; rows: unknown[][] }[] = [];
  for (const s of model.sections ?? []) {
    for (const item of s.items) {
      for (const block of item.body) {
        if (
          typeof block === "object" &&
          block !== null &&
          !Array.isArray(block) &&
          (block as { type?: string }).type === "table"
        ) {
          tables.push(block as { head?: unknown[][]; rows: unknown[][] });
        }
      }
    }
  }
  for (const t of facts.tables) {
    const ok = tables.some(
      (b) =>
        anyOf(t.rows, b.rows.length) && anyOf(t.columns, b.head?.[b.head.length - 1]?.length ?? 0),
    );
    out.push({ kind: "tables", expected: t, got: ok ? t : undefined, ok });
  }
  return out;
}

/** Whether a count fact (one number, or a list of the numbers it accepts) is `got`. */
const anyOf = (expected: number | number[], got: number): boolean =>
  Array.isArray(expected) ? expected.includes(got) : expected === got;

/** Recall per fact kind and overall (every kind counts, tables included). */
export function recall(outcomes: Outcome[]): {
  byKind: Record<string, { found: number; total: number }>;
  overall: { found: number; total: number; rate: number };
} {
  const byKind: Record<string, { found: number; total: number }> = {};
  let found = 0;
  let total = 0;
  for (const o of outcomes) {
    const k = byKind[o.kind] ?? { found: 0, total: 0 };
    byKind[o.kind] = k;
    k.total++;
    if (o.ok) k.found++;
    total++;
    if (o.ok) found++;
  }
  return { byKind, overall: { found, total, rate: total === 0 ? 1 : found / total } };
}

/** The writer of {@link modelText}: any part of the model as text, its inlines written in place. */
function textWriter(model: unknown): (v: unknown) => string {
  const m = model as {
    metrics?: {
      id: string;
      unit: string;
      display?: { scale?: string };
      approximate?: { mark: string; at?: string };
    }[];
    departments?: { id: string; name: string; shortName?: string }[];
  };
  const metric = new Map((m.metrics ?? []).map((x) => [x.id, x]));
  const department = new Map((m.departments ?? []).map((x) => [x.id, x]));
  const write = (v: unknown): string => {
    if (typeof v === "string") return v;
    if (Array.isArray(v)) return v.map(write).join("");
    if (v === null || typeof v !== "object") return "";
    const o = v as Record<string, unknown>;
    if (o.type === "metric") {
      // A figure printed in Han numerals is kept as printed (`四千億元`, since 2026-12-06).
      if (typeof o.text === "string") return o.text;
      const x = metric.get(o.ref as string);
      if (x === undefined) return "";
      const scale =
        x.display?.scale === undefined || x.display.scale === "none" ? "" : x.display.scale;
      // A bound's 余 or 多 where it stood (`余万`, `万余`; with no scale before the unit).
      const mark = x.approximate?.mark ?? "";
      return scale !== "" && x.approximate?.at === "scale"
        ? `${scale}${mark}${x.unit}`
        : `${mark}${scale}${x.unit}`;
    }
    // A date the model holds as a date (an item's leading `3月下旬，`) is text a reader reads:
    // written as the renderers write it (with its year, so `2012年3月下旬`).
    if (o.type === "date") return formatDateSpan(o.value as DateSpan);
    // A quoted phrase, a title or an emphasis inline is its text, with the marks a reader sees
    // (`“主阵地”`, `《…》`), not its kind's name (`quote`) on a line of its own (since 2026-12-06).
    if (o.type === "quote") return `“${o.text as string}”`;
    if (o.type === "title") return `《${o.text as string}》`;
    if (o.type === "emphasis") return o.text as string;
    if (o.type === "department") {
      const d = department.get(o.ref as string);
      return (o.text as string | undefined) ?? d?.shortName ?? d?.name ?? "";
    }
    return Object.values(o)
      .map((x) => write(x))
      .join("\n");
  };
  return write;
}

/**
 * The model as text: every string, with each paragraph's inlines written in place (a metric as
 * its printed scale and unit, `万件`, a bound's mark with them, `万余件`; a department as the form the text used), so that a run of
 * Han text that spans an inline is found whole.
 */
export function modelText(model: unknown): string {
  return `${textWriter(model)(model)}\n${weekdayOf((model as { issue?: { publishedOn?: unknown } }).issue?.publishedOn)}`;
}

/**
 * Whether a run of the input is in the model: whole in its text (`kept`, {@link modelText}), or
 * split between a heading and its text by a parser that read a heading run into its text with no
 * mark between (`消费市场总体平稳前三季度，…`: the section's title `消费市场总体平稳`, its text opening
 * `前三季度，…`). Split so, the run's opening is a title the model holds and the rest opens the text
 * the model holds under that title; a run whose parts are anywhere else stays lost. A heading a copy
 * broke over two lines (`…(一)特` / `种设备使用情况截至2022年底,…`: the item's title `特种设备使用情况`, its
 * text opening `截至2022年底，…`) gives a run that opens with the title's end, not its whole: that run
 * is kept the same way, its opening the end of a title and the rest the opening of the text under it
 * (since 2026-12-07, on every set; found by the perturbed texts' re-wrapping).
 */
export function keptRun(model: unknown, kept: string, run: string): boolean {
  if (kept.includes(run)) return true;
  const write = textWriter(model);
  const visit = (v: unknown): boolean => {
    if (Array.isArray(v)) return v.some(visit);
    if (v === null || typeof v !== "object") return false;
    const o = v as Record<string, unknown>;
    const title = o.title;
    if (typeof title === "string" && title !== "") {
      // The run opens with the whole title or with its end (a heading broken over two lines); the
      // text under the title is written only when it does.
      let text: string | undefined;
      for (let k = Math.min(title.length, run.length - 1); k > 0; k--) {
        if (!title.endsWith(run.slice(0, k))) continue;
        if (text === undefined) {
          const { title: _, ...under } = o;
          text = write(under).replace(/^\s+/, "");
        }
        if (text.startsWith(run.slice(k))) return true;
      }
    }
    return Object.values(o).some(visit);
  };
  return visit(model);
}

/**
 * The day of the week of the issue's date (`星期五` for `2026-02-27`), which a page prints after it
 * (`2026年02月27日 星期五`): the model holds the date, so the weekday is read from it, not lost. A
 * weekday that is not the date's (`星期四` beside a Friday) is not written, and stays lost.
 */
function weekdayOf(date: unknown): string {
  if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return "";
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return `星期${"日一二三四五六"[day]}`;
}

/**
 * An issue number (`…报表第318期`, `第十二期`): the model holds it as `issue.number`, not as text,
 * so it is no part of a run (and does not join the Han text before it into one). Spaces and line
 * breaks a copy put inside it (`第 318 期`, `第3` / `18期` re-wrapped) leave it an issue number.
 */
const ISSUE_MARK = /第(?:[\s\u3000]*[0-9０-９〇零一二三四五六七八九十百千]){1,8}[\s\u3000]*期/g;

/**
 * The label of a field the model holds as a field: a 报尾's (`责任编辑：山桦` is `issue.editor`,
 * `签发人：李四` `issue.signer`) or a masthead's (`编印单位：`, `主办单位：`, `报送单位：` name
 * `publication.publisher`, `报送时间：` dates the issue): the label is the field's name, not text of
 * the issue, so it is no part of a run. The value still is: a lost `山桦` is still seen. Spaces a
 * copy put between the label's characters (`责任编 辑：`) leave it the label, as the parser reads it.
 */
const FIELD_LABEL =
  /(?:责[ \u3000]*任[ \u3000]*编[ \u3000]*辑|签[ \u3000]*发[ \u3000]*人|(?:编[ \u3000]*印|主[ \u3000]*办|报[ \u3000]*送)[ \u3000]*单[ \u3000]*位|报[ \u3000]*送[ \u3000]*时[ \u3000]*间)[\s\u3000]*[：:]/g;

/**
 * The issuer's verb on a masthead's issuer line (`某某办公室编印  2025年11月10日`, `发展研究中心编 第1期`):
 * after a body's name and before the line's issue number, date or end, it says the name is the
 * issue's publisher, which the model holds as a field (`publication.publisher`), as a 报尾 field's
 * label says what its value is; so it is no part of a run. The name still is. The same words inside
 * a sentence (`统一编印办事指南`, `局编印了汇编`) are text.
 */
const ISSUER_VERB =
  /(?<=(?:中心|办公室|办公厅|厅|局|委员会|委|办|政府|院|部|处|室|站|所|会|组|社|馆|队))(?:编印|编发|印发|主办|编)(?=[ \u3000]*(?:$|第|[（(]?总第|[0-9０-９]{4}[-年./]|[〇零一二三四五六七八九○]{4}年))/gm;

/** Spaces a copy (or a PDF's extraction) put between the characters of a mark. */
const GAP = "[ \\u3000]*";
const YEAR_DIGIT = "[〇零一二三四五六七八九○OＯ]";
const ONE_TO_NINE = "[一二三四五六七八九]";

/**
 * A whole date in Chinese numerals (`二〇二五年十一月十日`, a year's 〇 typed as a look-alike too:
 * `二OO九年三月三日`): the model holds a date it reads as `YYYY-MM-DD`, not as text, so, like an issue
 * number, it is no part of a run. Spaces put between its characters (`二〇一二 年十一月二日`) leave
 * it a date, as they leave `第 318 期` an issue number. A year or a month alone (`二〇二五年工作要点`)
 * is text.
 */
const DATE_MARK = new RegExp(
  `${YEAR_DIGIT}(?:${GAP}${YEAR_DIGIT}){3}${GAP}年${GAP}` +
    `(?:十(?:${GAP}[一二])?|${ONE_TO_NINE})${GAP}月${GAP}` +
    `(?:三${GAP}十(?:${GAP}一)?|(?:二${GAP})?十(?:${GAP}${ONE_TO_NINE})?|${ONE_TO_NINE})${GAP}[日号]`,
  "g",
);

/**
 * The ordinal of a heading run in after the text before it (`…和下年工作计划一、上半年工作总结`, as
 * a copy that joined its lines or a PDF's re-wrap prints it): the model holds the heading as a
 * section, its ordinal as the section's place, not as text, so, like an issue number, it is no part
 * of a run (and does not join the title's or paragraph's end before it into one). Only an ordinal
 * glued to Han text before it is taken; one opening its line is a run of one character anyway.
 */
const RUN_IN_ORDINAL = /(?<=\p{Script=Han})[一二三四五六七八九十]{1,3}(?=、)/gu;

/** The runs of three or more Han characters of each input line (1-based line numbers). */
export function hanRuns(text: string): { line: number; run: string }[] {
  const out: { line: number; run: string }[] = [];
  // The issue marks, field labels, issuers' verbs and dates blanked out first, line breaks kept (so that line numbers stay).
  const blank = (m: string): string => m.replace(/[^\r\n]/g, " ");
  // The issuers' verbs first, while the issue number or date after them is still printed.
  const blanked = text
    .replace(ISSUER_VERB, blank)
    .replace(ISSUE_MARK, blank)
    .replace(FIELD_LABEL, blank)
    .replace(DATE_MARK, blank)
    .replace(RUN_IN_ORDINAL, blank);
  blanked.split(/\r\n|\r|\n/).forEach((line, i) => {
    for (const m of line.matchAll(/[\p{Script=Han}]{3,}/gu)) {
      out.push({ line: i + 1, run: m[0] });
    }
  });
  return out;
}

/**
 * Whether the model's period is the fact's span: the same value, or the same first and last day
 * (`2023年1至12月` written as the year 2023 or as the range of its twelve months: a reader sees
 * one span; since 2026-12-02, on every set).
 */
function sameSpan(got: unknown, expected: unknown): boolean {
  if (JSON.stringify(got) === JSON.stringify(expected)) return true;
  try {
    const a = dateSpanBounds(got as DateSpan);
    const b = dateSpanBounds(expected as DateSpan);
    return a[0] === b[0] && a[1] === b[1];
  } catch {
    return false;
  }
}
