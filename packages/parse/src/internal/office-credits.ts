import { isOrg } from "./read-masthead";

/**
 * Credits of the office that supplied a text, under or at the end of its last paragraph (issue
 * 14): `（某市统计局供稿）`, `某部某司某处、某司某处提供` (brackets or none, one office or several
 * joined by `、`), and a correspondent's credit naming the office and its writer
 * (`…。（县农业局刘广刚）`).
 */

/** The verbs of a supplier's credit. */
const SUPPLIED = "(?:供稿|提供|撰稿|报送)";
/** `（某局、某办提供）`, `某局提供`: names, then the verb, in a pair of brackets or none. */
const SUPPLIER_CREDIT = new RegExp(
  `^(?:[（(]([\\u4e00-\\u9fff、]{2,40}?)${SUPPLIED}[）)]|([\\u4e00-\\u9fff、]{2,40}?)${SUPPLIED})$`,
);

/**
 * The office (or offices, as printed, joined by `、`) a line alone credits as its text's
 * supplier, or undefined: every name joined must be an office's (`数据由某局提供` names none).
 */
export function supplierCredit(line: string): string | undefined {
  const m = SUPPLIER_CREDIT.exec(line);
  const names = m?.[1] ?? m?.[2];
  if (names === undefined || names.includes("由")) return undefined;
  return names.split("、").every((n) => n.length >= 2 && isOrg(n)) ? names : undefined;
}

/**
 * `（县农业局刘广刚）`, `(某区统计局 王明)`, `（市应急局：孙某）`: a correspondent's credit in brackets, the
 * office (two to twenty characters ending like one) then its writer's name (two to four
 * characters, a space or a colon between them or none).
 */
const CREDIT_IN_BRACKETS =
  "[（(]([\\u4e00-\\u9fff]{2,20}?(?:局|委|办|中心|站|所|队|院|处|厅))[\\s\\u3000]*[：:]?[\\s\\u3000]*([\\u4e00-\\u9fff·]{2,4})[）)]$";
/** `…。（县农业局刘广刚）`: such a credit closing the last paragraph after its sentence. */
const CORRESPONDENT = new RegExp(`[。！？][\\s\\u3000]*${CREDIT_IN_BRACKETS}`);
/** `（市应急局：孙某）`: such a credit alone on its line. */
const SIGN_OFF = new RegExp(`^${CREDIT_IN_BRACKETS}`);
/** Words after an office that name no writer (`（详见某局网站）`, `（某局公告）`). */
const NOT_A_NAME = /网站|网|公告|通知|数据|发布|统计|提供|供稿|官网/;

/**
 * `…个百分点。（会计科）`, `…。(综合办公室)`: the office alone in brackets closing the last paragraph
 * after its sentence (three to twenty Han characters ending like an office, a 科 or 股 of a bureau
 * among them; `（本科）`, `（完）`, `（全年）` are no office).
 */
const OFFICE_ALONE =
  /[。！？][\s\u3000]*[（(]([\u4e00-\u9fff]{2,18}(?:局|委|办|中心|站|所|队|院|处|厅|科|股|室))[）)]$/;
/** Words that open no office's name in such brackets (`（详见…）`, `（以上…）`, `（数据来源…）`). */
const NOT_AN_OFFICE = /^(?:详见|见|据|来源|摘自|以上|数据|注|备注|附)/;

/** The office of a correspondent's credit closing `text` (its writer's name after it or none), or undefined. */
export function correspondentOffice(text: string): string | undefined {
  const alone = OFFICE_ALONE.exec(text)?.[1];
  if (alone !== undefined)
    return !NOT_AN_OFFICE.test(alone) && (isOrg(alone) || /[科股]$/.test(alone))
      ? alone
      : undefined;
  return creditedOffice(CORRESPONDENT.exec(text));
}

/**
 * The office of a correspondent's sign-off alone on `line` (`（市应急局：孙某）`, the whole line), or
 * undefined (the caller checks that it stands under a paragraph).
 */
export function signOffOffice(line: string): string | undefined {
  return creditedOffice(SIGN_OFF.exec(line));
}

/**
 * `统计局投资处`, `市农业局综合科`: a desk inside a body (a 处, 科, 室 or 股 after the body's 局, 委, 厅, 部,
 * 院 or 中心; a 街道办事处 is a body, no desk). A credit naming a writer with such a desk
 * (`(统计局投资处:顾展)`) is a person's byline, as the corpus README reads it: no publisher.
 */
const DESK_OF_BODY = /(?:局|委|厅|部|院|中心)[\u4e00-\u9fff]{1,6}(?:处|科|室|股)$/;

/**
 * The office a credit's match names, when it names a writer after an office's name; the whole name
 * when the bracket holds an office's name alone (`（某某街道办事处）`: `事处` is its name's end, no writer).
 */
function creditedOffice(m: RegExpExecArray | null): string | undefined {
  if (m === null) return undefined;
  const office = m[1] as string;
  const writer = m[2] as string;
  if (NOT_A_NAME.test(writer) || /^(?:详见|见|据|来源|摘自)/.test(office)) return undefined;
  if (DESK_OF_BODY.test(office) && !office.endsWith("办事处")) return undefined;
  if (!/\s|：|:/.test(m[0]) && isOrg(office + writer)) return office + writer;
  return isOrg(office) ? office : undefined;
}
