import type * as z from "zod";
import { strictSchemas } from "./model";

/**
 * The zod schema of a whole bulletin issue (schema version 1), strict: unknown keys are
 * errors except `_`-prefixed extensions. Prefer {@link parseBulletin} or
 * {@link validateBulletin} for outside input: they add the semantic checks, reject
 * `__proto__` keys and give messages in zh-CN or en.
 *
 * @example
 * ```ts
 * import { BulletinSchema } from "@bulletin/schema";
 * BulletinSchema.safeParse({ schemaVersion: "1" }).success; //=> false
 * ```
 */
export const BulletinSchema = strictSchemas.Bulletin;
/** A whole bulletin issue: publication, issue, departments, metrics, sections, distribution. */
export type Bulletin = z.infer<typeof BulletinSchema>;

/**
 * The publication a bulletin belongs to: its title (`政务窗口月报`), publisher and frequency.
 *
 * @example
 * ```ts
 * PublicationSchema.parse({ title: "政务窗口月报", publisher: { name: "四川省政府政务服务和公共资源交易服务中心" } });
 * ```
 */
export const PublicationSchema = strictSchemas.Publication;
/** See {@link PublicationSchema}. */
export type Publication = z.infer<typeof PublicationSchema>;

/**
 * An organization (publisher): full name and optional short name.
 *
 * @example
 * ```ts
 * OrganizationSchema.parse({ name: "四川省政府政务服务和公共资源交易服务中心", shortName: "省中心" });
 * ```
 */
export const OrganizationSchema = strictSchemas.Organization;
/** See {@link OrganizationSchema}. */
export type Organization = z.infer<typeof OrganizationSchema>;

/**
 * The issue itself: number (第9期), year, total number (总第N期), publication date, period covered.
 *
 * @example
 * ```ts
 * IssueSchema.parse({ number: 9, year: 2025, publishedOn: "2025-11-10" });
 * ```
 */
export const IssueSchema = strictSchemas.Issue;
/** See {@link IssueSchema}. */
export type Issue = z.infer<typeof IssueSchema>;

/**
 * A department named in the issue, referenced by `id` from items and text.
 *
 * @example
 * ```ts
 * DepartmentSchema.parse({ id: "sc-forestry", name: "四川省林业和草原局", shortName: "省林草局" });
 * ```
 */
export const DepartmentSchema = strictSchemas.Department;
/** See {@link DepartmentSchema}. */
export type Department = z.infer<typeof DepartmentSchema>;

/**
 * A reported figure in base units (`58800` for a reported `5.88万件`), with how it was displayed
 * and an optional 同比/环比 comparison.
 *
 * @example
 * ```ts
 * MetricSchema.parse({ id: "handled", label: "办理政务服务事项", value: 58800, unit: "件",
 *   display: { scale: "万", fractionDigits: 2 } });
 * ```
 */
export const MetricSchema = strictSchemas.Metric;
/** See {@link MetricSchema}. */
export type Metric = z.infer<typeof MetricSchema>;

/**
 * A piece of running text: a plain string, or a reference to a metric or department, a date
 * span, a 《title》, a “quote” or emphasis.
 *
 * @example
 * ```ts
 * InlineSchema.parse({ type: "metric", ref: "handled" });
 * ```
 */
export const InlineSchema = strictSchemas.Inline;
/** See {@link InlineSchema}. */
export type Inline = z.infer<typeof InlineSchema>;

/**
 * A paragraph: a non-empty list of inlines.
 *
 * @example
 * ```ts
 * ParagraphSchema.parse(["省中心召开会议。"]);
 * ```
 */
export const ParagraphSchema = strictSchemas.Paragraph;
/** See {@link ParagraphSchema}. */
export type Paragraph = z.infer<typeof ParagraphSchema>;

/**
 * A date span: a day, a range, a 旬 (上/中/下旬), a month or a year.
 *
 * @example
 * ```ts
 * DateSpanSchema.parse({ kind: "range", start: "2025-09-16", end: "2025-09-18" });
 * ```
 */
export const DateSpanSchema = strictSchemas.DateSpan;
/** See {@link DateSpanSchema}. */
export type DateSpan = z.infer<typeof DateSpanSchema>;

/**
 * An item of a section (numbered `（一）` by position): optional run-in title, date span and
 * departments, and its paragraphs.
 *
 * @example
 * ```ts
 * ItemSchema.parse({ title: "数字政府项目建设", body: [["持续完善项目初步设计。"]] });
 * ```
 */
export const ItemSchema = strictSchemas.Item;
/** See {@link ItemSchema}. */
export type Item = z.infer<typeof ItemSchema>;

/**
 * A section (numbered `一、` by position): title, kind and items.
 *
 * @example
 * ```ts
 * SectionSchema.parse({ title: "窗口资讯", kind: "window-news", items: [] });
 * ```
 */
export const SectionSchema = strictSchemas.Section;
/** See {@link SectionSchema}. */
export type Section = z.infer<typeof SectionSchema>;

/**
 * The 报尾 lists: 报 (`reportTo`), 送 (`sendTo`), 发 (`issueTo`), 抄送 (`copyTo`).
 *
 * @example
 * ```ts
 * DistributionSchema.parse({ reportTo: ["省政务管理办公室"] });
 * ```
 */
export const DistributionSchema = strictSchemas.Distribution;
/** See {@link DistributionSchema}. */
export type Distribution = z.infer<typeof DistributionSchema>;
