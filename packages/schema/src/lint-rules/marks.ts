import { findAll } from "./chars";
import type { IssueRule, TextRule, TextUnit, UnitFinding } from "./types";

/**
 * `repeated-mark` — GB/T 15834-2011 4.1–4.7 (点号): one pause takes one mark; `。。` `，，`
 * `、、` `；；` `：：` are typing slips.
 */
export const repeatedMark: TextRule = {
  scope: "text",
  code: "repeated-mark",
  severity: "warning",
  family: "marks",
  clause: "GB/T 15834-2011 4.1–4.7（句号、逗号、顿号、分号、冒号各标示一次停顿）",
  fixable: true,
  explain: {
    "zh-CN": "标点重复",
    en: "the same mark is repeated",
  },
  example: { wrong: "已办结。。", right: "已办结。" },
  check(full) {
    return findAll(full, /([。，、；：])\1+/gu, (m) => ({
      offset: m.index,
      length: m[0].length,
      fix: m[1] as string,
    }));
  },
};

const OPEN: Record<string, string> = { "“": "”", "《": "》", "（": "）", "【": "】", "〈": "〉" };
const CLOSE: Record<string, string> = { "”": "“", "》": "《", "）": "（", "】": "【", "〉": "〈" };
const PAIR_MARK = /[“”《》（）【】〈〉]/g;

/**
 * `unbalanced-pair` — GB/T 15834-2011 4.8 (引号), 4.9 (括号), 4.15 (书名号): paired marks open
 * and close within the paragraph (or title). No fix: where the missing half goes is unknown.
 */
export const unbalancedPair: IssueRule = {
  scope: "issue",
  code: "unbalanced-pair",
  severity: "error",
  family: "marks",
  clause: "GB/T 15834-2011 4.8（引号）、4.9（括号）、4.15（书名号）：成对使用",
  fixable: false,
  explain: {
    "zh-CN": "成对的标点缺少另一半",
    en: "a paired mark has no partner",
  },
  example: { wrong: "印发《政务服务事项清单的通知" },
  check(units) {
    const found: UnitFinding[] = [];
    let group = -1;
    let stack: { unit: TextUnit; offset: number; mark: string }[] = [];
    const unclosed = (opens: typeof stack): void => {
      for (const open of opens)
        found.push({
          unit: open.unit,
          offset: open.offset,
          length: 1,
          params: { mark: open.mark, missing: OPEN[open.mark] },
        });
    };
    const flush = (): void => {
      unclosed(stack);
      stack = [];
    };
    for (const unit of units) {
      if (unit.group !== group) {
        flush();
        group = unit.group;
      }
      const { text } = unit;
      PAIR_MARK.lastIndex = 0;
      for (let m = PAIR_MARK.exec(text); m !== null; m = PAIR_MARK.exec(text)) {
        const c = m[0];
        const i = m.index;
        if (OPEN[c] !== undefined) stack.push({ unit, offset: i, mark: c });
        else if (CLOSE[c] !== undefined) {
          let at = stack.length - 1;
          while (at >= 0 && (stack[at] as { mark: string }).mark !== CLOSE[c]) at--;
          if (at < 0)
            found.push({ unit, offset: i, length: 1, params: { mark: c, missing: CLOSE[c] } });
          else {
            // Marks opened inside the pair and never closed are unbalanced too.
            unclosed(stack.splice(at).slice(1));
          }
        }
      }
    }
    flush();
    return found;
  },
};
