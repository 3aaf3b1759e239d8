import type { TableLines } from "./read-table";
import type { TextLine } from "./text-line";

/** A row's running number as its first cell (`1`, `28`). */
const ROW_NUMBER = /^\d{1,4}$/;
/** A head cell that names the running numbers' column itself (`序号`, `排名`). */
const NUMBER_HEAD = /^(?:序号|序號|编号|編號|排名|排序|名次|No\.?)$/i;
/** Fewest rows whose numbers must run for the head to be moved. */
const MIN_NUMBERED_ROWS = 3;

/**
 * `| 地区 | 当月产量(万吨) | 累计产量(万吨) | … | |` over `| 1 | 北京市 | 0.02 | 0.31 | … |`: a head that
 * names no column of the rows' running numbers, its words set one column to the left and a blank
 * cell closing it (a copy dropped the `序号` cell). Its words are moved one column right, over
 * the columns they name, the numbers' column left without a head; the head keeps its width.
 *
 * Only where the head's last cell is blank and its first is not, every row opens with a number
 * one more than the row's before (from 1 or any start) and the head's first cell is no number's
 * head itself; not a head whose width differs from a row's, nor rows of years or codes out of
 * step (`2019`, `2021`), nor a head already over its numbers (`序号 | 地区 | …`), nor a head of more
 * than one row.
 */
export function moveHeadOverNumbers(lines: TableLines): void {
  // One row of words only: a sub-head under spanning cells (`按时办结 | 超时办结 | … |` under
  // `12345热线 | 政民互动`) stands under columns its row does not say.
  if (lines.head.length !== 1) return;
  const last = 0;
  const head = lines.head[last];
  if (head === undefined || head.length < 3) return;
  const width = head.length;
  const first = head[0]?.text.trim() ?? "";
  if (first === "" || (head[width - 1]?.text.trim() ?? "") !== "" || NUMBER_HEAD.test(first))
    return;
  if (lines.rows.length < MIN_NUMBERED_ROWS) return;
  let previous = -1;
  for (const row of lines.rows) {
    if (row.length !== width) return;
    const cell = row[0]?.text.trim() ?? "";
    if (!ROW_NUMBER.test(cell)) return;
    const n = Number(cell);
    if (previous >= 0 && n !== previous + 1) return;
    previous = n;
  }
  // The numbers' column keeps a blank head cell (the one that closed the head).
  const blank = head[width - 1] as TextLine;
  lines.head[last] = [blank, ...head.slice(0, width - 1)];
}

/** A column head's words without a closing note in brackets (`当月产量(万吨)` → `当月产量`). */
const CLOSING_BRACKETS = /[（(][^（()）]*[）)]$/;
/** Two Han characters opening a head (`当月`, `累计`, `本年`). */
const HEAD_WORD = /^[\u4e00-\u9fff]{2}/;

/**
 * `当月产量(万吨) | 累计产量(万吨) | 当月同比增长(%) | 累计增长(%)`: a head whose columns of figures are
 * followed by as many columns of their changes in percent, in the same order, each change's head
 * opening with the words its figure's head opens with (`当月`, `累计`). The change column of each
 * figure column, with its basis (`环比` where the head says so or `上月`, else `同比`), by the
 * figure column's index; empty for any other head: changes not in the figures' order (`累计增长 |
 * 当月增长`), fewer or more of them than the figures, a change not in percent, one head opening
 * with other words (`产量 | 增长(%)`: the pairing cell by cell reads those).
 */
export function blockChanges(
  head: readonly string[],
  change: (c: number) => boolean,
): { column: number; basis: string }[] {
  const changes: { column: number; basis: string }[] = [];
  let at = 1;
  while (at < head.length && !change(at)) at++;
  let n = 0;
  while (at + n < head.length && change(at + n)) n++;
  // Only blank cells may follow the changes.
  for (let c = at + n; c < head.length; c++) if ((head[c] ?? "").trim() !== "") return changes;
  if (n < 2 || at - n < 1) return changes;
  for (let k = 0; k < n; k++) {
    const figure = (head[at - n + k] ?? "").replace(CLOSING_BRACKETS, "");
    const rate = head[at + k] ?? "";
    const word = HEAD_WORD.exec(figure)?.[0];
    if (word === undefined || !rate.startsWith(word) || !/[%％]/.test(rate)) return [];
    changes[at - n + k] = { column: at + k, basis: /[环環]比|上月/.test(rate) ? "环比" : "同比" };
  }
  return changes;
}

/** A share's head (`占调整预算%`, `占比(%)`, `比重%`): the part a figure is of a whole, no change. */
const SHARE_HEAD = /^(?:占|所占|比重)/;
/** A change's head that names last year or the same period as its basis (`比上年增长%`). */
const YEARLY_CHANGE = /同比|比上年|比去年|较上年|較上年/;

/**
 * `金额 | 占调整预算% | 比上年增长%`: a figure's column, then its share of a whole, then its change on
 * last year in percent: the change is the figure's, past the share between them. The change
 * column of each such figure column (basis `同比`), by the figure column's index. Not a change
 * right after its figure (the pairing cell by cell reads that), nor one after a share that is
 * itself a change's head, nor a change naming no year's basis (`增减%`).
 */
export function changesPastShares(
  head: readonly string[],
  change: (c: number) => boolean,
): { column: number; basis: string }[] {
  const changes: { column: number; basis: string }[] = [];
  for (let c = 0; c + 2 < head.length; c++) {
    const share = (head[c + 1] ?? "").trim();
    const rate = (head[c + 2] ?? "").trim();
    if (
      (head[c] ?? "").trim() !== "" &&
      !change(c) &&
      !SHARE_HEAD.test((head[c] ?? "").trim()) &&
      SHARE_HEAD.test(share) &&
      !change(c + 1) &&
      change(c + 2) &&
      /[%％]/.test(rate) &&
      YEARLY_CHANGE.test(rate)
    )
      changes[c] = { column: c + 2, basis: "同比" };
  }
  return changes;
}
