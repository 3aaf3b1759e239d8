import type { Distribution } from "@bulletin/schema";
import { DISTRIBUTION_ROLES } from "@bulletin/schema/constants";
import { isChineseDigit, isDigit } from "./chars";
import { tailLabel } from "./line-kinds";

// The labels GB/T 9704-2012 prints (报, 送, 发, 抄送: schema's constants), and the variants
// bulletins write for them.
const LIST_KEY: Record<string, keyof Distribution> = {
  ...Object.fromEntries(DISTRIBUTION_ROLES.map(([field, label]) => [label, field])),
  报送: "reportTo",
  抄报: "copyTo",
  主送: "sendTo",
  分送: "sendTo",
  印发: "issueTo",
  分发: "issueTo",
  下发: "issueTo",
};

const FIELDS = ["签发人", "签发", "责任编辑", "编辑", "审核", "校对", "联系电话", "联系人", "电话"];

/** What a 报尾 line adds. */
export interface TailData {
  distribution: Distribution;
  editor?: string;
  signer?: string;
  copies?: number;
  /** Fields with no place in the model, each with the offset of its line (for its warning). */
  ignored: { text: string; offset: number | undefined }[];
  /** The label and line of the field that set `editor` or `signer`, for {@link keepField}. */
  setBy?: Partial<Record<"editor" | "signer", { label: string; offset: number | undefined }>>;
}

/**
 * Sets the 报尾's `editor` or `signer`, which the model holds once, so that a second field of the
 * kind loses no name: `责任编辑` outranks a bare `编辑` whichever comes first (`编辑：张某` over
 * `责任编辑：李某` gives 李某), else the later field wins as before; the field not kept goes to
 * `ignored`, warned about on its own line. The same name twice is one field.
 */
function keepField(
  tail: TailData,
  key: "editor" | "signer",
  label: string,
  value: string,
  offset: number | undefined,
): void {
  const had = tail[key];
  const by = tail.setBy?.[key];
  if (had !== undefined && by !== undefined && had !== value) {
    if (by.label === "责任编辑" && label === "编辑") {
      tail.ignored.push({ text: `${label}：${value}`, offset });
      return;
    }
    tail.ignored.push({ text: `${by.label}：${had}`, offset: by.offset });
  }
  tail[key] = value;
  tail.setBy = { ...tail.setBy, [key]: { label, offset } };
}

/**
 * Splits a distribution list: on `，` when the line has one, else on `、` (docs/model.md), the
 * final `。` dropped.
 */
export function splitList(text: string): string[] {
  const body = text.replace(/[。.\s]+$/, "");
  const sep = body.includes("，") ? "，" : "、";
  return body
    .split(sep)
    .map((s) => s.trim())
    .filter((s) => s !== "" && s.length <= 1_000);
}

/**
 * Reads one 报尾 line into `tail`: a 报/送/发/抄送 list, or 共印N份, 签发人, 责任编辑…; `offset`
 * is where the line starts in the input.
 */
export function readTailLine(text: string, tail: TailData, offset: number | undefined): void {
  const label = tailLabel(text);
  if (label !== undefined) {
    const key = LIST_KEY[label] as keyof Distribution;
    const entries = splitList(text.slice(label.length + 1));
    if (entries.length > 0) {
      // Appended in place: a text with a list on every page must not copy the list each time.
      let list = tail.distribution[key];
      if (list === undefined) {
        list = [];
        tail.distribution[key] = list;
      }
      for (const entry of entries) list.push(entry);
    }
    return;
  }
  // Fields may share a line (`责任编辑：张三签发人：李四共印50份`), or be parted by bars
  // (`责任编辑：任波 | 版面编辑：运维组`): each part is read apart.
  for (const part of text.split(/[|｜]/)) readTailFields(part.trim(), tail, offset);
}

/**
 * Reads the fields of one part of a 报尾 line, cut at each label. Words before a part's first
 * label qualify it (`版面编辑：运维组`, `技术审核：…`): a field the model has no place for, kept whole
 * for its warning, never read as the bare label's (`编辑`) nor dropped.
 */
function readTailFields(text: string, tail: TailData, offset: number | undefined): void {
  if (text === "") return;
  const cuts: { at: number; label: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (
      text.startsWith("共印", i) &&
      (isDigit(text.charAt(i + 2)) || isChineseDigit(text.charAt(i + 2)))
    ) {
      cuts.push({ at: i, label: "共印" });
      continue;
    }
    const f = FIELDS.find((l) => text.startsWith(l, i) && text.charAt(i + l.length) === "：");
    if (f) {
      cuts.push({ at: i, label: f });
      i += f.length;
    }
  }
  const first = cuts[0]?.at ?? text.length;
  if (/[\u4e00-\u9fff]/.test(text.slice(0, first))) {
    const end = cuts[1]?.at ?? text.length;
    tail.ignored.push({ text: text.slice(0, end).replace(/[\s（）()。，]+$/g, ""), offset });
    cuts.shift();
  }
  cuts.forEach((c, n) => {
    const end = cuts[n + 1]?.at ?? text.length;
    const value = text
      .slice(c.at + c.label.length + (c.label === "共印" ? 0 : 1), end)
      .replace(/^[\s：]+|[\s（）()。，]+$/g, "");
    if (c.label === "共印") {
      const digits = /^\d{1,8}/.exec(value)?.[0];
      const copies = digits === undefined ? 0 : Number(digits);
      if (copies >= 1 && copies <= 10_000_000) tail.copies = copies;
    } else if (c.label === "签发人" || c.label === "签发") {
      if (value !== "" && value.length <= 200) keepField(tail, "signer", c.label, value, offset);
    } else if (c.label === "责任编辑" || c.label === "编辑") {
      if (value !== "" && value.length <= 200) keepField(tail, "editor", c.label, value, offset);
    } else {
      tail.ignored.push({ text: `${c.label}：${value}`, offset });
    }
  });
}
