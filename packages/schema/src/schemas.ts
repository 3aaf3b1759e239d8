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
/**
 * A whole bulletin issue: publication, issue, departments, metrics, sections, distribution.
 *
 * @example
 * ```ts
 * const bulletin: Bulletin = parseBulletin(JSON.parse(text));
 * bulletin.publication.title; //=> "政务窗口月报"
 * ```
 */
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
/**
 * See {@link PublicationSchema}.
 *
 * @example
 * ```ts
 * const publication: Publication = {
 *   title: "政务窗口月报",
 *   publisher: { name: "四川省政府政务服务和公共资源交易服务中心", shortName: "省中心" },
 *   frequency: "monthly",
 * };
 * renderText({ ...issue9, publication }).split("\n\n").slice(0, 3);
 * //=> ["政务窗口月报", "第9期", "四川省政府政务服务和公共资源交易服务中心"]
 * ```
 */
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
/**
 * See {@link OrganizationSchema}.
 *
 * @example
 * ```ts
 * const publisher: Organization = issue9.publication.publisher;
 * publisher.shortName; //=> "省中心"
 * ```
 */
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
/**
 * See {@link IssueSchema}.
 *
 * @example
 * ```ts
 * const issue: Issue = { number: 9, year: 2025, publishedOn: "2025-11-10" };
 * IssueSchema.safeParse(issue).success; //=> true
 * formatDate(issue.publishedOn); //=> "2025年11月10日"
 * ```
 */
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
/**
 * See {@link DepartmentSchema}.
 *
 * @example
 * ```ts
 * const department: Department = { id: "sc-forestry", name: "四川省林业和草原局", shortName: "省林草局" };
 * DepartmentSchema.safeParse(department).success; //=> true
 * ```
 */
export type Department = z.infer<typeof DepartmentSchema>;

/**
 * A reported figure in base units (`58800` for a reported `5.88万件`), with how it was displayed,
 * an optional 同比/环比 comparison, and an optional approximation mark: `approximate` says the
 * value is a bound the text printed with 余 or 多 (`500余人` is more than 500 people), the mark after
 * the number (`at: "number"`, the default: `1100多万元`) or after its scale (`at: "scale"`: `76.7万余件`).
 *
 * @example
 * ```ts
 * MetricSchema.parse({ id: "handled", label: "办理政务服务事项", value: 58800, unit: "件",
 *   display: { scale: "万", fractionDigits: 2 } });
 * MetricSchema.parse({ id: "staff", label: "投入人员", value: 500, unit: "人",
 *   approximate: { mark: "余" } });
 * ```
 */
export const MetricSchema = strictSchemas.Metric;
/**
 * See {@link MetricSchema}.
 *
 * @example
 * ```ts
 * const metric: Metric = {
 *   id: "handled",
 *   label: "办理政务服务事项",
 *   value: 58800,
 *   unit: "件",
 *   display: { scale: "万", fractionDigits: 2 },
 * };
 * MetricSchema.safeParse(metric).success; //=> true
 * formatQuantity(metric.value, metric.unit); //=> "5.88万件"
 * ```
 */
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
/**
 * See {@link InlineSchema}.
 *
 * @example
 * ```ts
 * const inlines: Inline[] = ["省本级办理政务服务事项", { type: "metric", ref: "provincial-services-handled" }, "。"];
 * InlineSchema.safeParse(inlines[1]).success; //=> true
 * ```
 */
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
/**
 * See {@link ParagraphSchema}.
 *
 * @example
 * ```ts
 * const paragraph: Paragraph = ["省中心召开", { type: "title", text: "窗口服务规范" }, "宣贯会。"];
 * ParagraphSchema.safeParse(paragraph).success; //=> true
 * ParagraphSchema.safeParse([]).success; //=> false
 * ```
 */
export type Paragraph = z.infer<typeof ParagraphSchema>;

/**
 * A table cell: its inlines (`[]` for a blank cell), or `{ content, colSpan?, rowSpan? }` for a
 * cell that spans columns or rows. A cell can hold a metric reference like running text.
 *
 * @example
 * ```ts
 * CellSchema.parse(["成都市"]);
 * CellSchema.parse({ content: ["受理情况"], colSpan: 2 });
 * ```
 */
export const CellSchema = strictSchemas.Cell;
/**
 * See {@link CellSchema}.
 *
 * @example
 * ```ts
 * const cells: Cell[] = [["成都市"], [{ type: "metric", ref: "chengdu-calls" }], { content: ["—"], rowSpan: 2 }];
 * cells.every((cell) => CellSchema.safeParse(cell).success); //=> true
 * ```
 */
export type Cell = z.infer<typeof CellSchema>;

/**
 * A row of a table: one or more cells, left to right.
 *
 * @example
 * ```ts
 * TableRowSchema.parse([["成都市"], ["4528件"], ["98.5%"]]);
 * ```
 */
export const TableRowSchema = strictSchemas.TableRow;
/**
 * See {@link TableRowSchema}.
 *
 * @example
 * ```ts
 * const row: TableRow = [["成都市"], ["4528件"], ["98.5%"]];
 * TableRowSchema.safeParse(row).success; //=> true
 * TableRowSchema.safeParse([]).success; //=> false
 * ```
 */
export type TableRow = z.infer<typeof TableRowSchema>;

/**
 * A table in an item's body: an optional caption as printed (`表1 各市（州）受理情况`), head
 * rows, body rows and notes (`注：…`). Every row is as wide as the head once spans are
 * counted ({@link lintBulletin} checks it: `table-width-mismatch`).
 *
 * @example
 * ```ts
 * TableSchema.parse({ type: "table", head: [[["地区"], ["受理量"]]], rows: [[["成都市"], ["4528件"]]] });
 * ```
 */
export const TableSchema = strictSchemas.Table;
/**
 * See {@link TableSchema}.
 *
 * @example
 * ```ts
 * const table: Table = {
 *   type: "table",
 *   caption: "表1 2025年10月12345热线受理情况",
 *   head: [[["地区"], ["受理量"], ["同比"]]],
 *   rows: [[["成都市"], ["4528件"], ["+3.2%"]]],
 *   notes: [["注：数据截至10月31日。"]],
 * };
 * TableSchema.safeParse(table).success; //=> true
 * ```
 */
export type Table = z.infer<typeof TableSchema>;

/**
 * A block of an item's body: a paragraph (an array of inlines) or a table (`type: "table"`).
 *
 * @example
 * ```ts
 * BlockSchema.parse(["省中心召开会议。"]);
 * BlockSchema.parse({ type: "table", rows: [[["成都市"], ["4528件"]]] });
 * ```
 */
export const BlockSchema = strictSchemas.Block;
/**
 * See {@link BlockSchema}. A paragraph is an array, a table an object: `Array.isArray(block)`
 * tells them apart.
 *
 * @example
 * ```ts
 * const body: Block[] = [["全省受理情况见表1。"], { type: "table", rows: [[["成都市"], ["4528件"]]] }];
 * body.map((block) => (Array.isArray(block) ? "paragraph" : block.type)); //=> ["paragraph", "table"]
 * ```
 */
export type Block = z.infer<typeof BlockSchema>;

/**
 * A date span: a day, a range, a 旬 (上/中/下旬), a month or a year.
 *
 * @example
 * ```ts
 * DateSpanSchema.parse({ kind: "range", start: "2025-09-16", end: "2025-09-18" });
 * ```
 */
export const DateSpanSchema = strictSchemas.DateSpan;
/**
 * See {@link DateSpanSchema}.
 *
 * @example
 * ```ts
 * const period: DateSpan = { kind: "month", month: "2025-09" };
 * formatDateSpan(period); //=> "2025年9月"
 * ```
 */
export type DateSpan = z.infer<typeof DateSpanSchema>;

/**
 * An item of a section (numbered `（一）` by position): optional run-in title, date span and
 * departments, and its body: paragraphs and tables, in order.
 *
 * @example
 * ```ts
 * ItemSchema.parse({ title: "数字政府项目建设", body: [["持续完善项目初步设计。"]] });
 * ```
 */
export const ItemSchema = strictSchemas.Item;
/**
 * See {@link ItemSchema}.
 *
 * @example
 * ```ts
 * const item: Item = {
 *   title: "数字政府项目建设",
 *   date: { kind: "range", start: "2025-09-16", end: "2025-09-18" },
 *   body: [["持续完善项目初步设计。"]],
 * };
 * renderText({ ...issue9, sections: [{ title: "工作动态", items: [item] }] }).split("\n\n")[5];
 * //=> "（一）数字政府项目建设。9月16日—18日，持续完善项目初步设计。"
 * ```
 */
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
/**
 * See {@link SectionSchema}.
 *
 * @example
 * ```ts
 * const section: Section = { title: "窗口资讯", items: [{ body: [["省中心召开月度例会。"]] }] };
 * renderText({ ...issue9, sections: [section] }).split("\n\n").slice(4, 6);
 * //=> ["一、窗口资讯", "省中心召开月度例会。"]
 * ```
 */
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
/**
 * See {@link DistributionSchema}.
 *
 * @example
 * ```ts
 * const distribution: Distribution = { reportTo: ["省政务管理办公室"], copyTo: ["各市（州）政务服务中心"] };
 * renderText({ ...issue9, distribution }).trimEnd().split("\n\n").slice(-2);
 * //=> ["报：省政务管理办公室。", "抄送：各市（州）政务服务中心。"]
 * ```
 */
export type Distribution = z.infer<typeof DistributionSchema>;
