import type { Department, Inline, Metric } from "@bulletin/schema";
import type { ParseWarningCode } from "../parse-warning";
import { closesApproximately } from "./approximate-figure";
import { casualtyCount } from "./casualty-count";
import { isDigitCode, isHanCode, isLatinCode, oneOfCode, unitSet } from "./chars";
import { countedNounFigure } from "./counted-noun-figure";
import { type DepartmentMatcher, insideWord, mayStartAt } from "./department-matcher";
import { isMinusWordCode } from "./figure-readings";
import { HAN_FIGURE_FIRSTS, readHanFigure } from "./han-figure";
import { namedListCount } from "./named-list-count";
import { pairedCount, secondCountEnd } from "./paired-counts";
import { boundAfter, moneyPerHeadOrInvested, wholeBeforeShare } from "./phrase-figures";
import { placeOfAction } from "./place-of-action";
import { COMPARISON_LEAD, POINTS, pointStepAt } from "./point-step";
import { quotedItemName, quotesItemShare } from "./quoted-item-share";
import {
  clauseLabel,
  followsChangeWords,
  isBareChangeLabel,
  type ReadMetric,
  rateStatedBelowZero,
  readMetric,
  signAt,
} from "./read-metric";
import { sameBelowAt } from "./same-below-note";
import { giveShareChangeToAmount } from "./share-change";
import { smallPercentAsPercent } from "./small-percent-sign";
import { offsetAt, type TextLine } from "./text-line";

/** Longest run of text in one string inline (schema LIMITS.text). */
const MAX_STRING = 100_000;
const MAX_TITLE = 1_000;
const MAX_QUOTE = 2_000;
/** The words between a step in points and the level it moved to (`至`, `，为`, `達到`). */
const LEVEL_AFTER_STEP = /^[，,]?(至|到|为|為|达到|達到)$/;

/** What the inline reader records across the whole document. */
export interface InlineContext {
  matcher: DepartmentMatcher;
  /** Departments referred to so far, in order of first mention, with the forms the text used. */
  departments: Map<string, { department: Department; forms: Set<string> }>;
  metrics: Metric[];
  metricsMode: "all" | "none";
  warn: (
    code: ParseWarningCode,
    offset: number | undefined,
    params?: Record<string, string | number>,
  ) => void;
}

/** Where the reader is: whether figures here are data (overview sections) or story. */
export interface InlineScope {
  figures: boolean;
}

/**
 * The next index of a closing mark at or after a position, in amortised linear time over one
 * paragraph (a text of ten thousand unclosed quotes must not search ten thousand times).
 */
function nextIndexOf(text: string, mark: string): (from: number) => number {
  let searchedFrom = Number.POSITIVE_INFINITY;
  let found = -1;
  return (from) => {
    if (from >= searchedFrom && (found < 0 || from <= found)) return found;
    searchedFrom = from;
    found = text.indexOf(mark, from);
    return found;
  };
}

const hasText = (s: string): boolean => s.trim() !== "";

/** Whether `text` prints more opening quotation marks (`“`) than closing ones (`”`). */
function moreOpenThanClosed(text: string): boolean {
  let balance = 0;
  for (let k = text.indexOf("“"); k >= 0; k = text.indexOf("“", k + 1)) balance++;
  for (let k = text.indexOf("”"); k >= 0; k = text.indexOf("”", k + 1)) balance--;
  return balance > 0;
}
/** The mark that ends a sentence: a quotation holding one is speech, not a quoted name. */
const SPEECH_END = /[。！？]/;
/**
 * Speech cut short (`“综合评分结果为：仁和街道95分、五常街道94分……”`): a clause mark inside (`：`, `，`,
 * `、`, `；`) and an ellipsis closing it, the rest of what was said left out. Not a quoted name (`“最多跑一次”`),
 * nor one closed by an ellipsis alone (`“等等……”`: no clause before it).
 */
const SPEECH_CUT = /[，、：:；][^“”]*…$/;
/**
 * Clauses quoted with their figures (`“全省生产总值3799.1亿元、增长5.3%，全体居民人均可支配收入28587元”`,
 * `“1个县脱贫摘帽，67个贫困村退出”`): a clause mark (`，`, `；`) and a digit inside, no sentence closing
 * it. A quoted name holds no clause mark (`“最多跑一次”`, `“16条工作意见”`).
 */
const CLAUSE_MARK = /[，；]/;
const DIGIT = /\d/;
/** Words before a quote that make it a target set or asked for (`报告提出的“…”`, `目标为“…”`). */
const TARGET_BEFORE = /(?:提出|要求|目标|目標|任务|任務)[的是为為：:]?$/;
/**
 * Whether the quote from `text[open]` to `text[close]` states a target, not what was said of the
 * period: a quoted phrase that qualifies a noun (`“…”的奋斗目标`) or one a target word introduces
 * (`报告提出的“…”`). Its figures stay the quote's words.
 */
function quotesTarget(text: string, open: number, close: number): boolean {
  return (
    text.charCodeAt(close + 1) === 0x7684 /* 的 */ ||
    TARGET_BEFORE.test(text.slice(Math.max(0, open - 4), open))
  );
}

/**
 * Adds a metric to the document as `metric-N`, N its place in `ctx.metrics` (metrics are only
 * added here, so the id is free and {@link metricById} finds it by its number), and returns it.
 */
export function addMetric(
  ctx: InlineContext,
  label: string,
  figure: Omit<Metric, "id" | "label">,
): Metric {
  const id = `metric-${ctx.metrics.length + 1}`;
  // Written out whole, not spread (`{ id, label, ...figure }` copies through a slow generic path,
  // once for each of the tens of thousands of figures a long text holds) nor grown key by key:
  // the keys in the model's order. (A figure is read with its display, and a comparison or none;
  // a bound, rare, with its mark between them.)
  const { value, unit, display, comparison } = figure;
  const added: Metric =
    display === undefined || figure.approximate !== undefined
      ? { id, label, ...figure }
      : comparison === undefined
        ? { id, label, value, unit, display }
        : { id, label, value, unit, display, comparison };
  ctx.metrics.push(added);
  return added;
}

/** The metric {@link addMetric} added as `id`. */
export function metricById(ctx: InlineContext, id: string): Metric | undefined {
  const metric = ctx.metrics[Number(id.slice("metric-".length)) - 1];
  return metric?.id === id ? metric : undefined;
}

/** A rate right after another (`2.31%` of `4.92%2.31%`). */
const GLUED_RATE = /^\d+(?:\.\d+)?[%％]/;

/** How far back {@link strayCloseQuote} looks for the quotes of its sentence. */
const QUOTE_REACH = 200;
/**
 * Whether the `”` at `text[at]`, right after a figure, closes no quote (`分别为“…”，“…”，占任务总数的 1.6%”。`:
 * every `“` before it in its sentence is closed already, a copy's stray mark) and a clause's mark
 * or the text's end follows it: the figure ends its clause as before the mark; so does the last
 * figure of a quote of clauses (`“…增长5.3%，…增长5.9%”；`, read as speech). A figure inside a quote of
 * no clauses (`“全年实现融资210亿元”，`) is a quoted task's words, and stays as it was.
 */
function strayCloseQuote(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 1);
  if (!(Number.isNaN(next) || CLAUSE_MARK_UNITS.has(next))) return false;
  let open = 0;
  // (`“…增长5.3%，…增长5.9%”；`: a quote of clauses, a clause mark inside it before the figure, is
  // speech read like running text, and its last figure ends its clause too.)
  let clause = false;
  let clauses = false;
  for (let k = at - 1; k >= 0 && at - k <= QUOTE_REACH; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x3002 /* 。 */) break;
    if (c === 0x201c /* “ */) {
      open++;
      if (open === 1 && clause) clauses = true;
    } else if (c === 0x201d /* ” */) open--;
    else if (open === 0 && (c === 0xff0c /* ， */ || c === 0xff1b) /* ； */) clause = true;
  }
  return open <= 0 || clauses;
}

/** `[3]`, `［12］`: a note's number in brackets, then the clause's end (a mark, or the line's). */
const NOTE_MARK = /^[[［]\d{1,2}[\]］](?:$|[，。；、：,;:）)])/;

/**
 * Whether a figure ends its clause (`共受理办件3215件。`, `…4098件，同比…`): a figure the text
 * reports. Outside the sections of figures, a count that goes on into a noun (`来自39个欠发达县域`,
 * `等4家企业`) describes rather than reports, and stays text.
 */
function endsClause(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (
    Number.isNaN(c) ||
    oneOfCode("，。；、：,;:）)（(！？!?…", c) ||
    // `同比增长45.8%⬆`: an arrow a graphic prints after a figure closes it like a mark.
    oneOfCode(ARROWS, c) ||
    // `道路护坡受损100米约60万元`: a measure, then an estimate of its sum (damage, aid, works reports).
    (oneOfCode("约約", c) && isDigitCode(text.charCodeAt(end + 1))) ||
    // `占21.60%35-49岁的有2866人`: a percentage run into a number opening the next clause that is
    // no figure itself (an age band, a range, a month: a copy lost the mark between them); not
    // rates glued together (`4.92%2.31%`) nor a rate glued to a count (`占比为20%16个行业`).
    (c >= 0x30 &&
      c <= 0x39 &&
      text.charCodeAt(end - 1) === 0x25 /* % */ &&
      !GLUED_RATE.test(text.slice(end, end + 12)) &&
      readMetric(text, end, end) === undefined) ||
    // (`上升20.7%.11个城市中`: after a `%` the `.` is a copy's full stop, a number after it or not.)
    (c === 0x2e /* . */ &&
      (!isDigitCode(text.charCodeAt(end + 1)) || text.charCodeAt(end - 1) === 0x25)) /* % */ ||
    // `…，占任务总数的1.6%”。`: a closing quote that closes nothing, before the clause's mark.
    (c === 0x201d /* ” */ && strayCloseQuote(text, end)) ||
    // `增长4.6%[3]。`: a note's mark closing the clause.
    ((c === 0x5b /* [ */ || c === 0xff3b) /* ［ */ && NOTE_MARK.test(text.slice(end, end + 6))) ||
    // `…同比增长14% [1]`: a summary's reference mark after a space, closing its bullet.
    (c === 0x20 && NOTE_MARK.test(text.slice(end + 1, end + 7))) ||
    // The words below open with a Han character (most figures are followed by a mark, or none).
    (isHanCode(text.charCodeAt(end)) &&
      (SHARE_OR_COMPARISON.test(text.slice(end, end + 2)) ||
        opensBreakdown(text, end) ||
        // `增长56.2%等。`: a list of figures summed up by 等 before its clause's mark.
        (c === 0x7b49 /* 等 */ && oneOfCode("，。；,;", text.charCodeAt(end + 1))) ||
        MOVES_TO.test(text.slice(end, end + 10)) ||
        SETS_RECORD.test(text.slice(end, end + 12)) ||
        LAST_YEAR_RUNS_ON.test(text.slice(end, end + 4)) ||
        // `同比增长-9.4%下同)`: the note "the same below" closing the clause.
        sameBelowAt(text, end))) ||
    (c === 0x7684 /* 的 */ &&
      ((text.charCodeAt(end - 1) === 0x25 /* % */ && GROWTH_NOUN.test(text.slice(end, end + 12))) ||
        MULTIPLE_OF.test(text.slice(end, end + 8))))
  );
}

/**
 * `是上年全年1914件的近3倍`, `为去年同期120亿元的2.5倍`, `相当于全省的1.2倍`: `的` and a multiple right
 * after a figure (perhaps `近`, `约`, `約`, `超过` before it, a Han numeral as the number): the figure is
 * the base the multiple is of, a figure the text reports. Not a multiple without 的 (`增长1914件3倍`)
 * nor `的倍数` (`3个的倍数`: no number).
 */
const MULTIPLE_OF =
  /^的(?:近|约|約|超过|超過|逾)?(?:\d{1,4}(?:\.\d{1,2})?|[一二两兩三四五六七八九十]{1,2})多?倍/;

/**
 * The growth a rate is of, as a noun after it, closing the clause (`实现42.4%的高速增长，`,
 * `保持了8.5%的较快增长。`, `9.6%的增幅，`) or before the rank it earns (`以13.6%的增速位居市州首位`,
 * `以8.1%的增速领跑全省`, `以7.4%的增幅居全省第一`, `排名第二`), or the basis the next step builds on
 * (`在年均增长20%的基础上，`): the rate is reported. Not a target (`5%的增长目标`), a part
 * (`42.4%的企业`), a resident (`的增长居民…`: a rank is 居 before 全, 首, 第 or 前) or `的基础数据`.
 */
const GROWTH_NOUN =
  /^的(?:(?:高速|较快|較快|快速|稳步|穩步|稳定|穩定|大幅|强劲|強勁)?(?:增长|增長|增幅|增速|涨幅|漲幅)(?:[，。；、,;！？）)]|$|位居|位列|名列|[领領]跑|(?:居于?|居於|排名?|排在)[全首第前])|基[础礎]上)/;

/**
 * A rate stated after `率达`, `比例为`, `占比达到` (traditional `達`/`為` too), the words before it.
 */
const RATE_STATED = /(?:率|比例|比重|占比)(?:达到|達到|达|達|为|為)$/;
/**
 * What may follow a rate inside its clause: a threshold (`以上`, `左右`), a noun it qualifies
 * (`的`), another rate (`和`, `、`, `至`).
 */
const INSIDE_CLAUSE = "的以左上下及和与與或、至到";

/**
 * `比例达99.68%合理设置…`, `网办率达89%承诺件…`: a rate stated as such ({@link RATE_STATED}) whose
 * `%` runs straight into the next clause's words, where a copy lost the mark between: it ends
 * its clause, as before a comma.
 */
function rateRunsOn(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(end);
  return (
    text.charCodeAt(end - 1) === 0x25 /* % */ &&
    isHanCode(c) &&
    !oneOfCode(INSIDE_CLAUSE, c) &&
    RATE_STATED.test(text.slice(Math.max(0, i - 4), i))
  );
}

/**
 * `。89.4%的政务大厅推行…`, `；62%的企业实现…`: a share opening its sentence (the text's start, or
 * after `。`, `；`, `！`, `？`) as the part of a whole the sentence is about: a figure the text
 * reports; so is a rate after the words of its change alone (`。同比增长44.9%的基础设施投资中`).
 * A share inside a clause (`全省42.4%的企业…`) or a target (`5%的增长目标…`) is not one.
 */
function opensSentenceShare(text: string, i: number, end: number): boolean {
  if (text.charCodeAt(end) !== 0x7684 /* 的 */ || text.charCodeAt(end - 1) !== 0x25 /* % */)
    return false;
  let k = i - 1;
  while (k >= 0 && i - k <= 12 && !oneOfCode("。；！？;!?", text.charCodeAt(k))) k--;
  return (
    (k < 0 || oneOfCode("。；！？;!?", text.charCodeAt(k))) &&
    isBareChangeLabel(text.slice(k + 1, i).trim()) &&
    !TARGET_SHARE.test(text.slice(end, end + 12))
  );
}
/** `的增长目标`, `的控制线`: what a rate after it is the target or the limit of. */
const TARGET_SHARE = /^的[^，。；,;]{0,8}?(?:目标|指标|控制线|控制線|红线|紅線|要求)/;

/**
 * `同比增长5.2%其中第一产业…`: `其中` right after a figure opens the clause that breaks the whole
 * down, where a copy lost the comma before it, and so does a breakdown by kind (`增长7.6%分产业看，`,
 * `分地區看`); the figure ends its clause.
 */
const opensBreakdown = (text: string, end: number): boolean =>
  (text.charCodeAt(end) === 0x5176 /* 其 */ && text.charCodeAt(end + 1) === 0x4e2d) /* 中 */ ||
  (text.charCodeAt(end) === 0x5206 /* 分 */ && BY_KIND.test(text.slice(end, end + 7)));
/** `分产业看`, `分行业看，`, `分地区看`: a breakdown by kind opening its sentence (not `分别…`). */
const BY_KIND = /^分[^\P{Script=Han}别別]\p{Script=Han}{0,3}?看(?:[，,：:]|$)/u;

/** `占`, `同比`, `环比`, `较`, `比上` after a figure: its share or its comparison follows. */
const SHARE_OR_COMPARISON = /^(?:占|同比|环比|较|比上)/;
/**
 * Words after a figure that say where it moved to (`由原来的67%上升到92%`, `由120项增至365项`,
 * `从62.1%降到了目前32.3%`, `由825家增长到突破1.2万家`: the level it went past), or what it was cut down to (`由164个精简至70个`, `由36个整合为12个`): the
 * figure is the level the change starts from, a figure the text reports.
 * Since 2026-12-08 also with how much it moved before the verb (`由10.27‰微降至8.66‰`, `稳步提升至`),
 * a level reset (`由年初预算439.55亿元调整为413.8亿元`) and a level it went past (`从不足20%提升至超过80%`).
 */
const MOVES_TO =
  /^(?:微|略|小幅|大幅|稳步|穩步|逐步)?(?:上升|提升|提高|增加|增长|下降|降低|减少|回落|压缩|缩短|缩减|精简|精簡|压减|壓減|削减|削減|整合|合并|合併|扩展|擴展|扩大|擴大|拓展|调整|調整|升|增|降|减)了?(?:到|至|为|為)了?(?:目前|当前|现在|現在|突破|超过|超過)?的?[+\-−]?\d/;

/**
 * `死亡人数21人去年1-9月份发生…`, `受理120件上年同期为98件`: last year's figure opening the next clause
 * right after a figure, where a copy lost the mark between; the figure ends its clause. Not `去年`
 * as a word of the clause (`21人去年底入职`: no date or 同期 after it).
 */
const LAST_YEAR_RUNS_ON = /^(?:去年|上年)(?:同期|\d)/;

/** `单日最高3.36亿人次创历史同期新高`: a figure that sets a record, the figure the text reports. */
const SETS_RECORD = /^创[\u4e00-\u9fff]{0,8}?新[高低]/;

/** Arrows a graphic prints after a figure (`45.8%⬆`, `3.2%↓`). */
export const ARROWS = "↑↓⬆⬇▲▼△▽↗↘";

/**
 * Words after a figure that say how much another moved from it (`比上半年日均量2135.36个增长了55.17%`,
 * `比上半年平均接通率98.12%高出0.66个百分点`, `比上年同期（1200件）增长`; a price's, `比上月的5.30元/斤
 * 上涨16.98%`, `下跌`): with `比`/`较` before it in its clause, the figure is the level compared with, a
 * figure the text reports; so is one set against another (`与上年同期的1200件相比，…`).
 */
const MOVED_FROM =
  /^[）)]?(?:(?:增长|增長|下降|上升|减少|減少|提高|降低|增加|回落|高出|高于|低于|多出|少于|上涨|上漲|下跌)了?|[多少][\u4e00-\u9fff]{0,2})[+\-−]?\d/;

/** Whether the figure at `text[i, end)` is the level a comparison (`比…`) measures from. */
function isComparisonBase(text: string, i: number, end: number): boolean {
  const after = text.slice(end, end + 9);
  const moved = MOVED_FROM.test(after);
  if (!moved && !SET_AGAINST.test(after)) return false;
  let k = i;
  while (k > 0 && i - k < 30 && !CLAUSE_MARK_UNITS.has(text.charCodeAt(k - 1))) k--;
  return (moved ? /[比较較]/ : /[比较較与與和同]/).test(text.slice(k, i));
}

/** `与上年同期的1200件相比`: words after a figure that set another against it. */
const SET_AGAINST = /^[）)]?(?:相比|相較|相较|比较|比較)/;

/**
 * `对` (`對` in a traditional copy), perhaps a whole's count and `的` after it, or the place the
 * count is of (`对宁夏54家…`, `對全市3個…`: two or three Han characters, no 的, 之 or 等 among them, nor
 * the 来自 of a phrase: `对来自全省39个县域的企业…` stays text), closing the words before a count.
 */
const ACTED_ON = /[对對](?:[^的\d]{0,6}\d[^的]{0,12}的|[^\P{Script=Han}的之等对對来來自]{2,3})?$/u;
/**
 * An action's verb in the clause after a count, simplified or traditional (`进行`/`進行`, a survey
 * or an inspection: `调研`, `調研`, `检查`, `走访`). The words between may be long, up to sixty
 * characters with no clause's mark: what was acted on may be a list of counts and what about them
 * (`对71个部门网站、32个省级政府门户网站转发…信息情况展开了专项检查`).
 */
const ACTION_FOLLOWS =
  /^[^，。；：,;:！？]{0,60}?(?:进行|進行|开展|開展|实施|實施|实行|實行|组织|組織|展开|展開|调研|調研|检查|檢查|走访|走訪)/;
/**
 * The same verb within 24 characters: the reach that decides a counted figure's label (what it counts,
 * not the clause's words before it). A count whose verb comes farther on is reported, and keeps its
 * clause's words as its label (`本次督查主要针对29个社区、…周边的小区开展。`: `本次督查主要针对`).
 */
const NEAR_ACTION_FOLLOWS =
  /^[^，。；：,;:！？]{0,24}?(?:进行|進行|开展|開展|实施|實施|实行|實行|组织|組織|展开|展開|调研|調研|检查|檢查|走访|走訪)/;

/**
 * `对26个省、区、市的267件信访事项进行实地督察`: counts of what an action was done to (right after
 * `对`, or after the count of a whole and `的`; then `进行`/`开展`/`实施`… in the same clause), which the
 * text reports.
 */
function objectOfAction(text: string, i: number, end: number, near = false): boolean {
  let k = i;
  while (k > 0 && i - k < 20 && !CLAUSE_MARK_UNITS.has(text.charCodeAt(k - 1))) k--;
  // Right after 对, or after a count of the whole it is part of (`对26个省…的267件`): not after
  // other words (`对本月新增的12家企业…`, a count inside a phrase).
  if (!ACTED_ON.test(text.slice(k, i))) return false;
  return near
    ? NEAR_ACTION_FOLLOWS.test(text.slice(end, end + 30))
    : ACTION_FOLLOWS.test(text.slice(end, end + 66));
}

/**
 * `将中心164项不动产登记业务纳入计时管理`, `把全市35项事项列入清单`: a count put before its verb with 将
 * or 把, right after it or after the office or place it belongs to (`中心`, `全市`, `局里`), with a
 * verb of putting or handing over later in its clause: the count of what was acted on, which the
 * text reports. `将` that says "will" before a verb (`将新建12所…`) opens no such count.
 */
function objectOfDisposal(text: string, i: number, end: number): boolean {
  const owner = DISPOSED_BEFORE.exec(text.slice(Math.max(0, i - 6), i));
  return (
    owner !== null &&
    DISPOSED_OWNER.test(owner[1] ?? "") &&
    DISPOSAL_VERB.test(text.slice(end, end + 30))
  );
}
/** 将, 把 or 將 and the words after it, before the count. */
const DISPOSED_BEFORE = /[将把將]([^将把將]{0,5})$/;
/** What may stand between 将/把 and the count: nothing, or the office or place it belongs to. */
const DISPOSED_OWNER =
  /^(?:[^\P{Script=Han}的之]{0,3}(?:中心|[局委办厅部所院站县市区省镇乡里]|辦|廳|縣|區|鄉))?$/u;
/** Verbs of putting, listing or handing over, later in the clause (`…业务纳入计时管理`). */
const DISPOSAL_VERB =
  /^[^，。；：,;:！？]{0,20}?(?:纳入|納入|列入|下放|移交|划转|劃轉|并入|併入|转为|轉為|调整为|調整為|改为|改為|精简为|精簡為|合并为|合併為|交由|委托|委託)/;

/**
 * `全市共向874户家庭发放住房公积金贷款28824万元`, `为56家企业拨付补贴资金`: the count of those something was
 * given to, right after 向, 为 or 给 or after the whole place they belong to (`全县`, `全市`), with a verb
 * of giving later in its clause: what the text reports, as the count after 对 before 进行 is.
 */
function recipientOfGiving(text: string, i: number, end: number): boolean {
  const after = text.slice(end, end + 30);
  return (
    GIVEN_TO.test(text.slice(Math.max(0, i - 5), i)) &&
    !TAKEN_AS.test(text.slice(Math.max(0, i - 8), i)) &&
    (GIVING_VERB.test(after) ||
      // `为271人次购买返乡车票`: bought for them (`向3家企业购买服务` buys from them).
      (text.charCodeAt(i - 1) !== 0x5411 /* 向 */ && BOUGHT.test(after)))
  );
}
/**
 * `以区为1个单元开展…`, `以社区为 12 个网格…`: the 为 of 以…为 (taking one thing as another) names no
 * recipients.
 */
const TAKEN_AS = /以[^，。；,;\d]{1,4}[为為]\s?$/;
/** A purchase right after the count (`为271人次购买…`). */
const BOUGHT = /^[^，。；：,;:！？]{0,4}?(?:购买|購買)/;
/**
 * 向, 为 or 给 before the count, perhaps then the whole place (`全县`, `全市`, `全區`); not the 为 of
 * "into, as" after a verb (`细分为412个办理情形`, `调整为`, `认定为`). A copy from a PDF may print a
 * space between the word and the count (`为 314 户规上企业开展…`); the count's own space after it
 * is its unit's reader's.
 */
const GIVEN_TO =
  /(?:[向给給]|(?<![分成定整改作视視列评評认認转轉变變设設划劃])[为為])(?:全[省市县縣区區镇鎮乡鄉])?\s?$/;
/**
 * Verbs of giving, paying or doing for someone, later in the clause (`…家庭发放贷款`, `为1270人送去…`,
 * `为11家驿站拨款`), a service carried out for them (`为314户企业开展数字化诊断`) or an honour hung on
 * their doors (`为2万名退役军人悬挂光荣牌`). Not a verb farther on than twelve characters.
 */
const GIVING_VERB =
  /^[^，。；：,;:！？]{0,12}?(?:发放|發放|拨付|撥付|拨款|撥款|送去|送上|提供|支付|兑付|兌付|兑现|兌現|减免|減免|办理|辦理|补贴|補貼|资助|資助|救助|发给|發給|开展|開展|悬挂|懸掛)/;

/**
 * `资助237190人参加基本医疗保险`, `帮扶3200户…`, `慰问560名…`: a count of people or households right
 * after a verb of aid, whom the aid went to: what the text reports, whatever the clause goes on with.
 */
function aidedCount(text: string, i: number, end: number): boolean {
  if (!PEOPLE_COUNTED.test(text.slice(i, end))) return false;
  // (`走访慰问了39名劳动模范`: 了 after the verb; `资助困难职工33人`: who they are, between.)
  if (AIDED_AFTER.test(text.slice(Math.max(0, i - 9), i))) return true;
  const verb = text.slice(Math.max(0, i - 2), i);
  // (`组织12名干部和群众参加`: a count of one group of those the verb reached, no count of them.)
  return PEOPLE_VERB.test(verb) && !GROUP_JOINED.test(text.slice(end, end + 8));
}
/** A group named after a count and joined by `和`/`与`/`及` to another (`干部和群众`). */
const GROUP_JOINED = /^[\u4e00-\u9fff]{1,6}?[和与與及]/;
/**
 * Verbs of aid before the count: right before it, perhaps with 了 (`慰问了39名`), or before a short
 * noun naming whom (`资助困难职工33人`, `帮扶贫困户120户`; not one with 的, 和 or a number in it).
 */
const AIDED_AFTER =
  /(?:资助|資助|救助|帮扶|幫扶|慰问|慰問|安置|救治)(?:了|[^\P{Script=Han}的之和及与與等了]{1,4})?$/u;
/**
 * Verbs that enlist, train or honour people, right before a count of them (`组织212名残疾人参加体检`,
 * `招录10名协理员`, `发展942名信访代理员`, `培训1200人次`, `表彰50名先进个人`): the people the work
 * reached, as after a verb of aid. Only with a count of people (`组织12场活动`, `发展3个产业` are
 * read as before).
 */
const PEOPLE_VERB =
  /(?:组织|組織|动员|動員|招录|招錄|招聘|招募|发展|發展|培训|培訓|表彰|抽调|抽調|选派|選派)$/;
/** A count of people or households (`人`, `名`, `户`, and in rounds: `人次`, `户次`). */
const PEOPLE_COUNTED = /(?:人|名|户|戶|人次|户次|戶次)$/;

/** Marks after which a count opens its clause (`。84个重点项目按期达产`, `，55件正在推进中`). */
const CLAUSE_MARKS = "，。；：,;:！？";
const CLAUSE_MARK_UNITS = unitSet(CLAUSE_MARKS);
/**
 * Words after a count that make it a span of time or a threshold, not a count (`3个工作日内`,
 * `6个月`, `3天内`, `5000万元以上项目`).
 */
const SPAN_WORDS =
  /^(?:工作日|自然日|小时|月|季度|年|星期|周|日|天|内|(?:及)?以[上下内]|左右|上下)/;
/**
 * `大田11个〔珠宝山大桥(挂包领导:某某)、福田桥…〕`, `完成4个（甲村、乙村…）`: a count right before a bracket
 * that lists what it counts (its first member, a bracketed note after it perhaps, then `、`): the
 * count of the members named, which the text reports. Not a bracketed note after a count (`60人（次）`,
 * `12个（含在建）`: no `、` after its first words), nor a count with its noun before the bracket
 * (`11个问题（…、…）`: the noun decides as before).
 */
const MEMBERS_LISTED =
  /^[〔（(【［][^、，。；：〔〕（）()【】［］\d]{2,16}(?:[（(][^（）()]{1,16}[）)])?、/;
/** Longest list of members read ({@link membersListed}). */
const MAX_MEMBERS_LIST = 400;
const OPENING_BRACKETS = "〔（(【［";
const CLOSING_BRACKETS = "〕）)】］";
/**
 * Whether the count ending at `text[end]` is followed by a bracket listing its members
 * ({@link MEMBERS_LISTED}) that closes its clause (`…〕。`, `…）；`, or the text's end): a list inside a
 * phrase (`来自11个（甲县、乙县）的企业`) stays text.
 */
function membersListed(text: string, end: number, after: string): boolean {
  if (!oneOfCode(OPENING_BRACKETS, after.charCodeAt(0)) || !MEMBERS_LISTED.test(after))
    return false;
  let depth = 0;
  const stop = Math.min(text.length, end + MAX_MEMBERS_LIST);
  for (let k = end; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (oneOfCode(OPENING_BRACKETS, c)) depth++;
    else if (oneOfCode(CLOSING_BRACKETS, c) && --depth === 0)
      return k + 1 === text.length || CLAUSE_MARK_UNITS.has(text.charCodeAt(k + 1));
  }
  return false;
}
/**
 * A short noun and `中` after a count: the whole a part is counted from (`37个大类行业中有21个`,
 * `在全省96个县市区中的排名`, `38个行业大类中27个…`).
 */
const PARTITIVE = /^\p{Script=Han}{1,8}中(?:有|的|，|,|\d)/u;
/**
 * A short noun that ends the clause after a count (`细分为412个办理情形，`), without 的 or 之; a
 * quoted name may open it (`26个“就近办”事项，`) or be all of it (`共聘请281名“政务服务体验官”，`; not
 * a quote the clause goes on after, `281名“体验官”参与评议，`), a bracketed one close it (`38个乡镇（街道），`).
 */
const NOUN_ENDS_CLAUSE =
  /^(?:“[^”]{1,12}”[^\P{Script=Han}的之]{0,6}|[^\P{Script=Han}的之]{1,6})(?:（[^（）]{1,10}）)?(?:[，。；：,;:！？…]|$)/u;
/**
 * Words of time that may open a clause before a count (`本月77家单位平均得分…`, `1-5月，…`): the
 * count then opens its clause.
 */
const TIME_WORDS =
  "本月|本周|本季度|本年|当月|当周|全年|今年|上半年|下半年|目前|截至目前|\\d{1,2}月份?";
/**
 * The whole a clause speaks of, which may open it before a count (`，全区75个县级城市环境空气质量
 * 优良天数比例为100%`, `全国339个地级及以上城市…`, `我省12个市…`, `，自治区14城市平均…`): the count
 * then opens its clause. Also as a copy converted to traditional characters prints them (`，全縣327家
 * 法人單位…`, `全國`, `我區`).
 */
const SCOPE_WORDS =
  "全国|全省|全市|全区|全县|全州|全盟|全旗|全镇|全乡|我国|我省|我市|我区|我县|本市|本省|本区|本县|自治区|" +
  "全國|全區|全縣|全鎮|全鄉|我國|我區|我縣|本區|本縣|自治區|" +
  // The country's four regions a release breaks its figures down by (`东部地区103家国家级经开区…`,
  // `中西部地区`, `東北地區`), which open the clause of a region as `全国` opens the whole's; not a
  // place's part (`城区`, `东部新区`: no 地区 after the bearing).
  "(?:东部|中部|西部|东北|中西部|東部|東北)(?:地区|地區)";
/**
 * A day, or a span of days, a monitoring round or a holiday is dated by, opening a clause before a
 * count (`10月8日-9日全市56个土壤墒情监测点监测：…`, `10月1日至7日全市…`): as {@link TIME_WORDS}'s month.
 */
const DAY_SPAN = "\\d{1,2}月\\d{1,2}日(?:[-—－~～至]\\d{1,2}日)?";
const TIME_LEAD = new RegExp(
  `(?:^|[，。；：,;:！？])(?:(?:${TIME_WORDS}|${DAY_SPAN})(?:${SCOPE_WORDS})?|(?:${SCOPE_WORDS}))$`,
);
/**
 * How far before a count {@link TIME_LEAD} looks: the longest lead and the mark before it
 * (`，10月18日-19日全市`).
 */
const TIME_LEAD_REACH = 14;
/**
 * The tiers of places a clause may open with before a count (`，区、乡（镇）、村三级198支…`, `全省省市县三级`,
 * `县乡两级`): two to five places' levels, a town's alternative in brackets perhaps, then how many
 * tiers; the count then opens its clause, as after `全区`.
 */
const TIER_PLACE = "(?:省|市|州|盟|县|区|旗|乡|镇|街道|村|社区|组)(?:（(?:乡|镇|街道|社区)）)?";
const TIER_LEAD = new RegExp(
  `(?:^|[，。；：,;:！？])(?:${SCOPE_WORDS})?(?:${TIER_PLACE}、?){2,5}[两二三四五]级$`,
);
/** A label that only says when (`本月`): it names nothing the figure counts. */
const TIME_ONLY = new RegExp(`^(?:${TIME_WORDS})$`);

/**
 * A noun that runs from a count to its clause's end: Han text without 的, 之 or words that join
 * (`国家乡村振兴重点帮扶县，`; not `工单并全部下派，`, `干部和群众参加。`).
 */
const NOUN_TO_CLAUSE_END = /^[^\P{Script=Han}的之和及与并]{1,16}(?:[，。；：,;:！？]|$)/u;
/**
 * Verbs of making, naming or adding what a count counts (`确定160个…县`, `新建12所…`), or of
 * sanctioning it (`约谈4家医疗机构负责人`, `问责12名…`).
 */
const MAKING_VERBS =
  "确定|认定|评定|命名|评选|遴选|新建|建成|创建|培育|打造|设立|新增|新设|引进|约谈|问责|查处|处罚|曝光";
/** The last characters of {@link MAKING_VERBS}. */
const MAKING_LASTS = "定名选建成育造立增设进谈责处罚光";
/** A clause that opens with a making verb, after a word of time or scope (`。全年认定`, `，新建`). */
const MAKING_LEAD = new RegExp(
  `(?:^|[，。；：,;:！？])(?:${TIME_WORDS})?(?:${SCOPE_WORDS})?(?:${MAKING_VERBS})$`,
);

/**
 * `。确定160个国家乡村振兴重点帮扶县，`, `，全年认定86家省级专精特新中小企业。`: a clause that is a verb
 * of making or naming, a count and the noun it counts, to the clause's end: the count of what was
 * made, which the text reports (a longer noun than {@link NOUN_ENDS_CLAUSE} takes), labelled by
 * that noun.
 */
function countAfterVerb(text: string, i: number, end: number): boolean {
  return (
    oneOfCode(MAKING_LASTS, text.charCodeAt(i - 1)) &&
    MAKING_LEAD.test(text.slice(Math.max(0, i - 12), i)) &&
    NOUN_TO_CLAUSE_END.test(text.slice(end, end + 17))
  );
}

/**
 * What may stand between a count and the next count it is joined to: its short noun (a quoted
 * name in it), then 和, 及, 与 or `、` (`14个镇街和21个区级部门`, `200个“…”事项和26个“…”事项`), or
 * nothing (`走访110批1731人次`).
 */
const JOINED_COUNT =
  /^(?:(?:“[^”]{1,12}”)?[^\P{Script=Han}的之和及与等]{0,6}(?:“[^”]{1,12}”)?[^\P{Script=Han}的之和及与等]{0,4}(?:和|及|与|以及|、))?(?=\d)/u;

/**
 * A count's short noun with no word after it, right before the next count (`入驻38个职能部门2154个
 * 事项`): joined when that count has its own noun too (`…2154个事项，`), not when it closes the
 * clause (`来自39个县域增长了5个。`, `164个窗口精简至70个，`: the words between are a verb's).
 */
const BACK_TO_BACK = /^[^\P{Script=Han}的之和及与等]{1,6}(?=\d)/u;

/**
 * `所` and a verb and `的` before a count (`所监测的25个项目`, `所辖的12个乡镇`), or a verb of
 * monitoring and `的` alone (`我县监测的37种蔬菜`, `本期抽检的120批次食品`, `監測的`), or of finding
 * (`检查发现的112个问题`, `排查的35处隐患`, `發現的`): the count of what was done, which the text
 * reports. Not other words and `的` (`新增的12家`, `来自的`).
 */
const WHAT_WAS_DONE =
  /(?:所\p{Script=Han}{1,4}|监测|監測|检测|檢測|抽检|抽檢|抽查|调查|調查|统计|統計|发现|發現|排查)的$/u;

/**
 * Whether a count the clause goes on from still reports how many: one that opens its clause
 * (`。84个重点项目按期达产`), one after 有 (`37个行业中有21个行业增加值增长`, `共有4个市州`, `有320件已完成`),
 * the whole such a part is counted from (`37个大类行业中有…`), one whose short noun ends the
 * clause (`细分为412个办理情形，`), or the count of what was done (`所监测的25个项目`). A count inside a phrase (`来自39个欠发达县域的…`, `，共427个事项
 * 纳入…`) or closing a list (`等4家企业`) describes, and stays text; so does a span of time
 * (`3个工作日内`).
 */
function reportsCount(text: string, i: number, end: number, joined = true): boolean {
  if (SPAN_WORDS.test(text.slice(end, end + 3))) return false;
  const prev = text.charCodeAt(i - 1);
  const after = text.slice(end, end + 40);
  // `等5个维度，`: a list summed up by its count, which its short noun closes; or the named members'
  // count the clause goes on from (`甲公园、乙公园等13处城市森林营造出…`, named-list-count.ts).
  if (prev === 0x7b49 /* 等 */)
    return (
      NOUN_ENDS_CLAUSE.test(after) || LIST_UNDER_WAY.test(after) || namedListCount(text, i, end)
    );
  return (
    prev === 0x6709 /* 有 */ ||
    (prev === 0x4e2d /* 中 */ && text.charCodeAt(i - 2) !== 0x96c6) /* 集 */ ||
    i === 0 ||
    CLAUSE_MARK_UNITS.has(prev) ||
    TIME_LEAD.test(text.slice(Math.max(0, i - TIME_LEAD_REACH), i)) ||
    (prev === 0x7ea7 /* 级 */ && TIER_LEAD.test(text.slice(Math.max(0, i - 24), i))) ||
    (prev === 0x7684 /* 的 */ &&
      (WHAT_WAS_DONE.test(text.slice(Math.max(0, i - 7), i)) ||
        PART_OF_COUNTED.test(text.slice(Math.max(0, i - 12), i)))) ||
    // `送去价值4.8万元的物资`: the worth of what was given or bought.
    (prev === 0x503c /* 值 */ && WORTH_LEAD.test(text.slice(Math.max(0, i - 2), i))) ||
    PARTITIVE.test(after) ||
    NOUN_ENDS_CLAUSE.test(after) ||
    DONE_IN_FULL.test(after) ||
    membersListed(text, end, after) ||
    objectOfAction(text, i, end) ||
    objectOfDisposal(text, i, end) ||
    recipientOfGiving(text, i, end) ||
    placeOfAction(text, i, end) ||
    aidedCount(text, i, end) ||
    countAfterVerb(text, i, end) ||
    countAchieved(text, i, end) ||
    countDone(text, i, end) ||
    (joined && (joinsReportedCount(text, end) || opensCountList(text, end)))
  );
}

/**
 * `…等8项民生实事已进场施工`, `…等15個項目已復工`, `…等3个项目正在建设中`: the short noun of a list's count
 * (a quoted name in it perhaps) and then how far its work has got (`已`, `已经`, `正在`, `均已`, `全部`),
 * or that it has not got there (`…等24个账号超过2周未更新`, `等7个账号长期未更新`, `等3个项目尚未开工`:
 * `未`, perhaps after `均`, `仍`, `尚`, `还` or how long), the list the clause reports on. Not a noun with 的 after it (`等7条河流的所有断面`), nor 均 alone,
 * which goes on to a rate or an average (`等4项指标增长率均预计…`, `等10个品种本周累计均价`).
 */
const LIST_UNDER_WAY =
  /^(?:“[^”]{1,12}”)?[^\P{Script=Han}的之和及与與等均已正全未]{1,8}(?:已|正在|均已|全部|(?:超[过過]\d{1,3}(?:个|個)?[天日周週月年])?[均仍尚还還]?未)/u;

/**
 * `在全县86家二级以上医院全部完成…`, `将15件重点信访事项全部落实`, `17个村、社区全部建立了…`: a count's
 * short noun (names parted by `、` perhaps, no 的, 之 or word that joins) and then `全部` (`已全部`) before
 * the work done: every one of them got it done, the count the text reports, as a list's count after
 * `等` ({@link LIST_UNDER_WAY}). Not a clause joined by 并 (`新增9件工单并全部下派`: the 全部 is the next
 * verb's), nor a noun with 的 in it (`12个部门的全部事项`, `0.2万个具备条件的单位
 * 全部…`), nor `均已` alone (`…及2939名管护人员均已到岗`: a second count joined to the first, read by
 * the join or not at all).
 */
const DONE_IN_FULL =
  /^[^\P{Script=Han}的之和及与與等并並]{1,8}(?:、[^\P{Script=Han}的之和及与與等并並]{1,6})?已?全部(?!的)/u;

/**
 * `全省11个设区市的42个…`, `8个区的35个街道…`, `16個地市的120個…`: the count of a whole, its short noun
 * (no mark, 的 or 之) and `的` right before a count: the count of its parts, which the clause reports
 * on, as after `对26个省…的` ({@link ACTED_ON}). Not a noun after 的 with no count (`来自12个乡镇的企业`).
 */
const PART_OF_COUNTED =
  /\d(?:个|個|家|所|座|处|處|项|項|件|名|人|户|戶)[^\P{Script=Han}的之]{1,6}的$/u;

/**
 * A verb of holding, drawing or carrying out with `了` right before a count (`吸引了91支队伍`, `举办了5期
 * 培训班`, `策划了836項…活动`), or `完成` with `已`, `累计` or `共` before it or `了` after it (`已完成57个
 * 贫困村退出`, `累計完成67座4G基站的優化`): the count of what was done, which the text reports. Not
 * `完成` alone, which may be a target (`要完成401万人的首剂次接种`), nor other words with 了 (`除了5家`,
 * `超过了5家`, `组织了39名劳动模范参观学习`: whom a body took along, aid-and-giving-counts' near-miss).
 */
const DONE_LEAD =
  /(?:(?:吸引|吸納|吸纳|举办|舉辦|开展|開展|策划|策劃|实施|實施|召开|召開)了|(?:已|累计|累計|共)完成了?|完成了)$/;
/** A count of things or of rounds held (`91支`, `5期`, `12场`), not an amount, a span or a rate. */
const COUNT_OF_DONE = /\d[万萬]?(?:个|個|项|項|家|件|户|戶|条|條|所|座|处|處|名|支|期|场|場)$/;
/** The longest {@link DONE_LEAD} (`累计完成了`, five characters): how far before a count it is looked for. */
const DONE_LEAD_REACH = 5;
/** The longest end of a count {@link COUNT_OF_DONE} reads (a digit, `万`, the measure word). */
const COUNT_OF_DONE_REACH = 3;
/** What the count counts: a noun right after it (`队伍、`, `贫困村退出`), not a threshold or a span. */
const NOUN_AFTER_DONE = /^\p{Script=Han}/u;

/**
 * `吸引了91支队伍、1415名运动员`, `已完成57个贫困村退出`: a count of things right after a verb of
 * holding or carrying out ({@link DONE_LEAD}) counts what was done, which the text reports in any
 * section, labelled by the noun after it.
 */
function countDone(text: string, i: number, end: number): boolean {
  return (
    DONE_LEAD.test(text.slice(Math.max(0, i - DONE_LEAD_REACH), i)) &&
    COUNT_OF_DONE.test(text.slice(Math.max(i, end - COUNT_OF_DONE_REACH), end)) &&
    NOUN_AFTER_DONE.test(text.slice(end, end + 1))
  );
}

/** `实现` (`實現`), perhaps `了`, `已` or `首批` after it, right before a count. */
const ACHIEVED = /[实實][现現](?:了|已|首批)?$/;
/** A count of things (not a span of time, an amount or a rate). */
const COUNT_OF_THINGS = /\d[万萬]?(?:个|個|项|項|家|件|户|戶|条|條|所|座|处|處|名)$/;
/** The clause after the count goes on with 的 (`…2个转变的目标`). */
const OF_BEFORE_CLAUSE_END = /^[^，。；：,;:！？的]*的/;
/**
 * `实现65个贫困村整村脱贫`, `已實現179項政務服務事項無差別受理`: a count of things right after `实现`
 * counts what was achieved, which the text reports whatever phrase follows it; not one whose phrase
 * goes on with 的 (`实现2个转变的目标`, a target).
 */
function countAchieved(text: string, i: number, end: number): boolean {
  return (
    ACHIEVED.test(text.slice(Math.max(0, i - 4), i)) &&
    COUNT_OF_THINGS.test(text.slice(Math.max(i, end - 3), end)) &&
    !OF_BEFORE_CLAUSE_END.test(text.slice(end, end + 30))
  );
}

/** `价值` (`價值`) right before a count: the worth of goods (not `产值`, an output). */
const WORTH_LEAD = /[价價]值$/;

/**
 * A short noun and `、` after a count, before the next count of a list (`社区、`, `“放管服”事项、`,
 * `工作人员（含26名带班领导）、`: an aside in brackets after it).
 */
const LIST_NOUN =
  /^(?:“[^”]{1,12}”)?[^\P{Script=Han}的之和及与等]{1,8}(?:[（(][^（()）]{1,16}[）)])?、(?=\d)/u;

/** The same before the last count of a list, joined by 和, 及 or 与 (`5个业务中心和13个…`). */
const LAST_LIST_NOUN =
  /^(?:“[^”]{1,12}”)?[^\P{Script=Han}的之和及与等]{1,8}(?:[（(][^（()）]{1,16}[）)])?(?:和|及|与|與)(?=\d)/u;

/**
 * Whether a count opens a list of at least three counts, each with its short noun, joined by `、`
 * (`针对29个社区、20个农贸市场、17所学校…`, `检查12家企业、36个项目、5处工地`), the last perhaps by
 * 和, 及 or 与 (`成立了11个管理中心、5个业务中心和13个质控中心`): counts listed together are what the
 * text reports, whatever phrase holds the list.
 */
function opensCountList(text: string, end: number): boolean {
  let at = end;
  for (let members = 1; members < 3; members++) {
    const after = text.slice(at, at + 24);
    const noun = LIST_NOUN.exec(after) ?? (members === 2 ? LAST_LIST_NOUN.exec(after) : null);
    if (noun === null) return false;
    const next = readMetric(text, at + noun[0].length, at + noun[0].length);
    if (next === undefined || next.metric.unit === "%" || next.metric.comparison !== undefined)
      return false;
    at = next.end;
  }
  return true;
}

/**
 * Whether a count is joined to a count after it that reports (`涉及14个镇街和21个区级部门。`,
 * `走访110批1731人次，`, `入驻38个职能部门2154个事项，`): counts said together are reported together.
 * One step only.
 */
function joinsReportedCount(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  const joined = JOINED_COUNT.exec(after);
  const join = joined ?? BACK_TO_BACK.exec(after);
  if (join === null) return false;
  const at = end + join[0].length;
  const next = readMetric(text, at, at);
  if (next === undefined || next.metric.unit === "%") return false;
  if (joined === null && !isHanCode(text.charCodeAt(next.end))) return false;
  return (
    next.metric.comparison !== undefined ||
    endsClause(text, next.end) ||
    reportsCount(text, at, next.end, false)
  );
}

/**
 * The words after a figure up to its clause's end, the next number or a bracket after them
 * (`74名工作人员（含…）`), at most 20: what it counts and what they did.
 */
const WORDS_END_UNITS = unitSet("，。；：、！？,;:");
function followingWords(text: string, end: number): string {
  let k = end;
  while (
    k < text.length &&
    k - end < 20 &&
    !WORDS_END_UNITS.has(text.charCodeAt(k)) &&
    !(k > end && oneOfCode("（(", text.charCodeAt(k))) &&
    !isDigitCode(text.charCodeAt(k))
  )
    k++;
  return text.slice(end, k).trim();
}

/** Words that say the numbers after them are one list (`分别为`, `依次为`, `分别是`). */
const LIST_SAID = /(?:分别|分別|依次|各自)(?:为|為|是|达|達)?$/;
/** The last unit of each word {@link LIST_SAID} ends with. */
const LIST_SAID_LASTS = "别別次自为為是达達";
/** Marks and words between the numbers of a list. */
const LIST_SEPARATORS = "、和及与與";
const BARE_NUMBER = /^\d+(?:\.\d+)?/;
const BARE_NUMBER_END = /\d+(?:\.\d+)?$/;

/**
 * Where the words that say the list of numbers holding the number at `text[i]` is one start
 * (`分别为11、24、59微克/立方米`: at 分别); `undefined` for a number in no such list. Read back from
 * the paragraph's start, not from the last figure: the list's numbers before this one may be figures.
 */
function listSaidAt(text: string, i: number): number | undefined {
  let s = i;
  // (`charAt` out of the text gives "", which every string includes: codes, not strings, are compared.)
  while (oneOfCode(LIST_SEPARATORS, text.charCodeAt(s - 1))) {
    const before = BARE_NUMBER_END.exec(text.slice(Math.max(0, s - 21), s - 1));
    if (before === null) return undefined;
    s -= 1 + before[0].length;
  }
  // (Only words ending in the unit before `s` can: no slice is made for the others.)
  if (s >= 1 && !oneOfCode(LIST_SAID_LASTS, text.charCodeAt(s - 1))) return undefined;
  const said = LIST_SAID.exec(text.slice(Math.max(0, s - 4), s));
  return said === null ? undefined : s - said[0].length;
}

/**
 * `分别为11、24、59微克/立方米`: a bare number of a list said to be one whose last number carries the
 * unit, read as a figure in that unit (ending where the number ends). `undefined` for any other
 * bare number (`1、2月份`, `11、24、59，…`), and for lists of percentages (read as rates).
 */
function sharedUnitFigure(text: string, i: number): ReadMetric | undefined {
  const number = BARE_NUMBER.exec(text.slice(i, i + 20));
  if (number === null || listSaidAt(text, i) === undefined) return undefined;
  // The numbers after it, bare but the last, which has the unit.
  for (let k = i + number[0].length; oneOfCode(LIST_SEPARATORS, text.charCodeAt(k)); ) {
    const next = BARE_NUMBER.exec(text.slice(k + 1, k + 21));
    if (next === null) return undefined;
    const last = readMetric(text, k + 1, k + 1, false);
    if (last !== undefined) {
      if (last.metric.unit === "%") return undefined;
      const unit = text.slice(k + 1 + next[0].length, last.end);
      const own = readMetric(`${number[0]}${unit}`, 0, 0, false);
      return own === undefined ? undefined : { end: i + number[0].length, metric: own.metric };
    }
    k += 1 + next[0].length;
  }
  return undefined;
}

/** `3641个国家地表水考核断面中，`: the whole a part is counted from, closing its clause. */
const WHOLE_COUNTED = /^\p{Script=Han}{1,12}中(?:[，,]|有|\d)/u;
/** `得分在99分以上的单位`: `在` before a figure and `以上的`/`以下的` after it, a bound. */
const BOUND_AFTER = /^(?:以上|以下)的/;
/** `日最大8小时平均`: hours and `平均` after them, the window of an indicator's name. */
const AVERAGED_OVER = /^(?:滑动)?平均/;

/**
 * Whether a figure only bounds a group (`考评得分在99分以上的单位`) or is part of an indicator's name
 * (`O3日最大8小时平均浓度`): no figure the text reports, in any section.
 */
function boundsOrNames(text: string, i: number, end: number, unit: string): boolean {
  return (
    (text.charCodeAt(i - 1) === 0x5728 /* 在 */ && BOUND_AFTER.test(text.slice(end, end + 3))) ||
    (unit === "小时" && AVERAGED_OVER.test(text.slice(end, end + 4)))
  );
}

/** A figure read in a paragraph, where it stands. */
interface ReadFigure {
  metric: Metric;
  start: number;
  end: number;
}

/** `、+80.46%`, `、-3.2%`, `、5.2%`: a change listed after a change, perhaps signed. */
const LISTED_CHANGE = /^、([+\-−＋－]?)(\d+(?:\.\d+)?)%/;

/**
 * `分别是2037万元、19522万元、4317万元，同比+19.82%、+80.46%、+16.99%`: where the last figure read (its
 * comparison ending at `at`) closes a list of figures joined by `、` and its comparison is followed by
 * as many more changes listed (`、+80.46%`), one a figure, the changes go to the figures in order
 * (the first to the first). Returns where the changes end, or -1 (nothing changed).
 */
function spreadChanges(text: string, at: number, read: readonly ReadFigure[]): number {
  const more: number[] = [];
  let k = at;
  for (let m = LISTED_CHANGE.exec(text.slice(k, k + 16)); m !== null; ) {
    const minus = m[1] !== "" && m[1] !== "+" && m[1] !== "＋";
    more.push(minus ? -Number(m[2]) : Number(m[2]));
    k += m[0].length;
    m = LISTED_CHANGE.exec(text.slice(k, k + 16));
  }
  const last = read[read.length - 1];
  const first = last?.metric.comparison;
  if (more.length === 0 || last === undefined || first?.changeUnit !== "percent") return -1;
  const list = [last];
  for (let q = read.length - 2; q >= 0 && list.length <= more.length + 1; q--) {
    const figure = read[q] as ReadFigure;
    if (text.slice(figure.end, (list[0] as ReadFigure).start) !== "、") break;
    if (figure.metric.comparison !== undefined) return -1;
    list.unshift(figure);
  }
  if (list.length !== more.length + 1) return -1;
  (list[0] as ReadFigure).metric.comparison = { ...first };
  for (const [j, change] of more.entries())
    (list[j + 1] as ReadFigure).metric.comparison = {
      basis: first.basis,
      change,
      changeUnit: "percent",
    };
  return k;
}

/** What joins a figure to the figure before it (`110批1731人次`, `32.19%和24.53%`). */
const JOIN = /^(?:和|及|与|、|以及)?$/;

/** Words joining growth rates said together (`分别增长10.6%和9.1%`, `3.3%、7.07%`). */
const RATE_JOINS = ["和", "、", "及"];

/**
 * A growth rate right after a growth rate's end, its subject between them and no mark
 * (`股份制企业增长18.2%外商投资企业增长43.0%…`: a copy that lost its commas). The subject may
 * open with a name in Latin letters (`新能源汽车增长524.8%SUV增长40.4%`, `LED灯增长`); one opening
 * with a digit (`5G手机`) is not read so.
 */
const NEXT_RATE =
  /^(?:[^\P{Script=Han}的之以左]\p{Script=Han}{1,15}?|[A-Za-z]{2,8}\d{0,2}\p{Script=Han}{0,8}?)(?:同比)?(?:增长|下降|上升|减少|提高|降低|回落)-?\d/u;

/**
 * `同比增加16.50%基层医疗卫生机构诊疗55.50万人次`, `比上年减少7.29%全年粮食总产量18.99万吨`: after a `%`, the
 * next clause's subject and its figure, no mark between (a copy lost it): the subject opens with
 * a Han character that goes on no clause of the rate's (`以上`, `左右`, `的`, `和`, `至`, `多`), and a
 * digit follows within twenty characters, no year's (`…下降3.9%财政部发布2022年…`: a headline run
 * into its lede).
 */
const NEXT_FIGURE =
  /^[^\P{Script=Han}的以左上下及和与與或至到多]\p{Script=Han}{1,20}?(?!\d{4}年)\d/u;

/** Whether a growth rate's `%` runs on into the next clause's subject and figure ({@link NEXT_FIGURE}). */
function figureFollows(text: string, end: number): boolean {
  return (
    text.charCodeAt(end - 1) === 0x25 /* % */ &&
    (NEXT_FIGURE.test(text.slice(end, end + 24)) ||
      (isLatinCode(text.charCodeAt(end)) && LATIN_SUBJECT.test(text.slice(end, end + 32))))
  );
}
/**
 * `增长39.29%PCT专利申请3件`, `同比增长8.6%A股新上市企业中，`: a growth rate's `%` run straight into a
 * subject that opens with a word in Latin letters (one to eight) and Han words, where a copy lost the
 * mark between: the subject's figure follows within twenty characters (no year's), or the subject is
 * the whole a new clause counts from (`…企业中，`). The rate ends its clause. Not a subject with no
 * figure of its own (`增长5.2%GDP占比有所提高`), a unit or a mark after the rate (`8.6%。`, `5%以上`),
 * nor letters with no Han word after them (`5%PM2.5`).
 */
const LATIN_SUBJECT = /^[A-Za-z]{1,8}\p{Script=Han}{1,20}?(?:(?!\d{4}年)\d|中[，,])/u;

/**
 * A growth rate's `%` before `至`/`到` and the level it moved to, a count or sum with its unit
 * (`投诉上升30%至544宗`, `收入增长12.5%到3.6亿元`): the rate is reported, as one ending its clause.
 * Not a range of rates (`增长5%至10%`, `5%至8.5%`: a `%` after the second number), nor a range of
 * days or years (`至2025年`: a digit run of four before 年 is a year, no level).
 */
const LEVEL_AFTER_RATE = /^[至到](?!\d{4}年)\d[\d,.]*[万萬亿億]?[^\d,.%％~～\-—至到年月日]/;

function risesToLevel(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (
    (c === 0x81f3 /* 至 */ || c === 0x5230) /* 到 */ &&
    text.charCodeAt(end - 1) === 0x25 /* % */ &&
    LEVEL_AFTER_RATE.test(text.slice(end, end + 16))
  );
}

/** Whether a growth rate follows a growth rate's end over its subject alone, no mark between. */
function rateFollows(text: string, end: number): boolean {
  return NEXT_RATE.test(text.slice(end, end + 24));
}

/**
 * Whether another growth rate follows a growth rate's end (`10.6%和9.1%`), or right after it where a
 * copy lost the mark between (`20%16.7%`), or after a join and its own verb where the two rates move
 * apart (`上升4.1%和下降1.7%`).
 */
function continuesRates(text: string, end: number): boolean {
  const from = RATE_JOINS.includes(text.charAt(end)) ? end + 1 : end;
  const next = text.slice(from, from + 13);
  return RATE.test(next) || (from > end && (SIGNED_RATE.test(next) || MOVED_RATE.test(next)));
}
/** A rate, or a multiple closing a list of rates (`增长15.1%、18.4%和2倍`). */
const RATE = /^\d+(?:\.\d+)?[%倍]/;
/**
 * A signed rate after a join, where the list's rates move apart (`同比分别下降3%和-5.6%`,
 * `增长39.3%、-97.7%`); not one right after the `%` (`增加15%-20%`: a range).
 */
const SIGNED_RATE = /^[+\-−＋－]\d+(?:\.\d+)?%/;
/** A rate after its own verb (`下降1.7%`, `增长5.2%`). */
const MOVED_RATE = /^(?:增长|下降|上升|减少|提高|降低|回落|增加)\d+(?:\.\d+)?%/;

/**
 * Reads one paragraph of repaired text into inlines: `《…》` titles, `“…”` quotes, department
 * names (dictionary first, then name shapes), and figures with units as metrics where the scope
 * says figures are data or a 同比/环比 change follows them. Strings hold the rest as printed.
 */
export function readInlines(
  printed: string,
  line: TextLine,
  base: number,
  ctx: InlineContext,
  scope: InlineScope,
  refs: string[],
): Inline[] {
  const text = smallPercentAsPercent(printed);
  const out: Inline[] = [];
  // The plain text not yet written out is text[from, i): sliced once, never built a character at a time.
  let from = 0;
  const flush = (to: number): void => {
    for (let k = from; k < to; k += MAX_STRING)
      out.push(text.slice(k, Math.min(to, k + MAX_STRING)));
  };
  // Made at the first `《` or `“` (most texts, a table's cells above all, hold none).
  let nextTitleEnd: ((from: number) => number) | undefined;
  let nextQuoteEnd: ((from: number) => number) | undefined;
  let nextQuoteOpen: ((from: number) => number) | undefined;
  let unbalancedQuotes: boolean | undefined;
  let warnedQuote = false;
  // A quotation read as speech runs to here: the marks before it open no quote.
  let speechUntil = 0;
  let warnedTitle = false;
  const firsts = ctx.matcher.firsts;
  // The words of the last figure's comparison end here: a change inside them is that comparison.
  let comparedUntil = 0;
  let lastLabel = "";
  // The last growth rate: `分别增长10.6%和9.1%` gives the second the first one's label.
  // (Four variables, not two objects made anew at each figure read.)
  let lastChangeLabel = "";
  let lastChangeEnd = -1;
  // The last count read as a figure (`共有4个市州`), for a count listed after it (`、10个县市区`).
  let lastCountUnit = "";
  let lastCountEnd = -1;
  // The last step in points read (point-step.ts), for the level it moved to (`…个百分点至1.5%`).
  let lastStepLabel = "";
  let lastStepEnd = -1;
  // The figures read so far in this paragraph, where they stand.
  const figuresRead: ReadFigure[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // `完成增加值五千一百一十九点九亿元`: a figure printed in Han numerals.
    const han =
      HAN_FIGURE_FIRSTS[c] === 1 && ctx.metricsMode === "all"
        ? readHanFigure(text, i, from, i >= comparedUntil)
        : undefined;
    // Most units of running text: a Han unit inside a word starts nothing read below.
    if (han === undefined && insideWord(firsts, text, i, c)) {
      i++;
      continue;
    }
    if (c === 0x300a /* 《 */) {
      nextTitleEnd ??= nextIndexOf(text, "》");
      const j = nextTitleEnd(i + 1);
      const inner = j < 0 || j - i > MAX_TITLE ? "" : text.slice(i + 1, j);
      if (hasText(inner)) {
        flush(i);
        out.push({ type: "title", text: inner });
        i = j + 1;
        from = i;
        continue;
      }
      if (j < 0 && !warnedTitle) {
        warnedTitle = true;
        ctx.warn("unclosed-title", offsetAt(line, base + i));
      }
    } else if (c === 0x201c /* “ */ && i >= speechUntil) {
      nextQuoteEnd ??= nextIndexOf(text, "”");
      let j = nextQuoteEnd(i + 1);
      // `推进“不见面办理“服务，已有58个…`: in a paragraph printing more `“` than `”`, an opening
      // mark before the next closing one is the closing mark mistyped; a paragraph that closes
      // every mark nests its quotes (`“学习“两会”精神”`).
      if (j > i + 1) {
        nextQuoteOpen ??= nextIndexOf(text, "“");
        const k = nextQuoteOpen(i + 1);
        if (k >= 0 && k < j) {
          unbalancedQuotes ??= moreOpenThanClosed(text);
          if (unbalancedQuotes) j = k;
        }
      }
      const inner = j < 0 || j - i > MAX_QUOTE ? "" : text.slice(i + 1, j);
      // A quotation that holds a sentence (`“截至11月底，…898万条。其中…”`) is speech, read like
      // running text (its figures and names), its marks kept as text; a quoted name stays a quote.
      // An opening mark inside speech is text (each is looked at once).
      // So is a quoted item closed by its share (`“乘坐公交（91.4%）”`): the share is a figure.
      const speech =
        SPEECH_END.test(inner) ||
        (inner.charCodeAt(inner.length - 1) === 0x2026 && SPEECH_CUT.test(inner)) ||
        (CLAUSE_MARK.test(inner) && DIGIT.test(inner) && !quotesTarget(text, i, j)) ||
        quotesItemShare(inner);
      if (speech) speechUntil = j;
      if (hasText(inner) && !speech) {
        flush(i);
        out.push({ type: "quote", text: inner });
        i = j + 1;
        from = i;
        continue;
      }
      if (j < 0 && !warnedQuote) {
        warnedQuote = true;
        ctx.warn("unclosed-quote", offsetAt(line, base + i));
      }
    } else {
      // Most positions start no name: the matcher's tables say so before a call to match.
      const m =
        han === undefined && mayStartAt(firsts, text, i, c)
          ? ctx.matcher.match(text, i, true)
          : undefined;
      if (m) {
        flush(i);
        const known = ctx.departments.get(m.department.id);
        if (known) known.forms.add(m.form);
        else {
          ctx.departments.set(m.department.id, {
            department: m.department,
            forms: new Set([m.form]),
          });
          if (m.guessed) ctx.warn("department-guessed", offsetAt(line, base + i), { name: m.form });
        }
        const shown = m.department.shortName ?? m.department.name;
        out.push(
          m.form === shown
            ? { type: "department", ref: m.department.id }
            : { type: "department", ref: m.department.id, text: m.form },
        );
        if (!refs.includes(m.department.id)) refs.push(m.department.id);
        i += m.form.length;
        from = i;
        continue;
      }
      // A digit inside a number starts no figure (readMetric says so too, at the cost of a call).
      const digit = c >= 0x30 && c <= 0x39;
      if (
        han !== undefined ||
        (ctx.metricsMode === "all" &&
          (digit ? !isDigitCode(text.charCodeAt(i - 1)) : signAt(text, i, from) !== 0))
      ) {
        // A growth rate standing alone (`规模以上工业增加值同比增长13.3%`, `…5092亿元，增长12.6%`)
        // is a figure of its own; one inside the last figure's comparison words is that comparison.
        const read =
          han ??
          readMetric(text, i, from, i >= comparedUntil) ??
          // `较一季度回落6.4个百分点`: a step in points no comparison before it holds.
          (digit && i >= comparedUntil ? pointStepAt(text, i, from) : undefined);
        // `分别为11、24、59微克/立方米`: the list's bare numbers take the unit printed after the last.
        const shared = read === undefined && digit ? sharedUnitFigure(text, i) : undefined;
        // `观影人次716.23万，`: a number with no unit after a noun that says what it counts.
        const figure =
          read ?? shared ?? (digit && i >= comparedUntil ? countedNounFigure(text, i) : undefined);
        // A number of such a list (the last too) is labelled by the words before the list.
        const listedAt = figure !== undefined && digit ? listSaidAt(text, i) : undefined;
        const joined =
          figure !== undefined &&
          lastChangeEnd >= 0 &&
          // (`4.92%2.31%`: glued where a copy lost the mark.)
          (lastChangeEnd === i || RATE_JOINS.includes(text.slice(lastChangeEnd, i)));
        const change =
          figure !== undefined &&
          figure.metric.unit === "%" &&
          (joined ||
            // (`增长率-2.8%居全省末位`: a rate stated below zero, the clause going on, is a figure.)
            (c < 0x30 && !(rateStatedBelowZero(text, i, from) && !endsClause(text, figure.end))) ||
            followsChangeWords(text, i, from));
        const whole = figure === undefined ? undefined : wholeBeforeShare(text, i, figure.end);
        const ends =
          figure !== undefined &&
          (endsClause(text, figure.end) ||
            rateRunsOn(text, i, figure.end) ||
            opensSentenceShare(text, i, figure.end) ||
            (change &&
              (rateFollows(text, figure.end) ||
                figureFollows(text, figure.end) ||
                risesToLevel(text, figure.end))) ||
            isComparisonBase(text, i, figure.end) ||
            // `比重稳定在45%左右，`: an estimate closing its clause (a change rate so estimated is a target).
            (!change && closesApproximately(text, figure.end)) ||
            // `分別以21%、18.4%、17.8%的增速`: the last rate of a list whose rates before it were read.
            (figure.metric.unit === "%" &&
              lastCountUnit === "%" &&
              RATE_JOINS.includes(text.slice(lastCountEnd, i)) &&
              !boundAfter(text, figure.end)) ||
            // `这些留言中，74.3%的问题…`: a share opening the clause after its whole.
            whole !== undefined ||
            moneyPerHeadOrInvested(text, i, figure.end, figure.metric.unit) ||
            // `分别占总量的30%、25%和20%`: shares listed together are reported together, and so
            // are growth rates (`分别增长4.92%和2.31%`), in any section.
            (figure.metric.unit === "%" && continuesRates(text, figure.end)));
        // `平均每95.51万人拥有一个场馆`: the figure of an average per (a density) is reported.
        const reported =
          figure !== undefined &&
          (scope.figures ||
            shared !== undefined ||
            figure.metric.comparison !== undefined ||
            ends ||
            (text.charCodeAt(i - 1) === 0x6bcf /* 每 */ &&
              text.charCodeAt(i - 2) === 0x5747)) /* 均 */;
        // `共有4个市州、10个县市区`: a count listed after a count of the same unit goes with it.
        // So does any count of a list of counts (`29个社区、20个农贸市场、17所学校`).
        // `全市204处…水厂及2939处…工程均…`: so does one joined by 和/及/与 to a count of its unit.
        const listed =
          figure !== undefined &&
          i - lastCountEnd <= 12 &&
          figure.metric.unit !== "%" &&
          (text.charCodeAt(i - 1) === 0x3001 /* 、 */
            ? lastCountUnit === figure.metric.unit ||
              (lastCountUnit !== "%" && LIST_NOUN.test(text.slice(lastCountEnd, i + 1)))
            : lastCountUnit === figure.metric.unit &&
              JOINED_COUNT.exec(text.slice(lastCountEnd, i + 1))?.[0].length === i - lastCountEnd);
        const counted =
          figure !== undefined &&
          !reported &&
          figure.metric.unit !== "%" &&
          (listed ||
            reportsCount(text, i, figure.end) ||
            // `涉及35个部门385件`, `共6566户25222人摘掉…`: two counts printed together
            // (paired-counts.ts).
            pairedCount(text, i, figure.end) ||
            // `造成543人死亡、347人受伤`: the casualties an event caused (casualty-count.ts).
            casualtyCount(text, i, figure.end));
        if (
          figure &&
          (reported || counted) &&
          (!change || ends) &&
          !boundsOrNames(text, i, figure.end, figure.metric.unit)
        ) {
          const labelEnd = listedAt ?? i;
          // `“搭乘捷運（94.2%）”`: a quoted item's share is labelled by the item.
          let label =
            quotedItemName(text, i, figure.end) ??
            clauseLabel(text.slice(Math.max(from, labelEnd - 61), labelEnd));
          // A count the clause goes on from: what the clause says before it (`…工业37个大类行业`,
          // without 有), else what it says after it (`重点项目按期达产`).
          if (counted) {
            // A list's count (`…、群众满意度等5个维度`) is labelled by what it counts.
            // `对26个省、区、市的267件信访事项进行…`: the count of what was acted on is labelled
            // by what it counts.
            const before =
              text.charCodeAt(i - 1) === 0x7b49 /* 等 */ ||
              TIME_ONLY.test(label) ||
              objectOfAction(text, i, figure.end, true) ||
              objectOfDisposal(text, i, figure.end) ||
              recipientOfGiving(text, i, figure.end) ||
              placeOfAction(text, i, figure.end) ||
              countAfterVerb(text, i, figure.end) ||
              countDone(text, i, figure.end)
                ? ""
                : label.replace(/(?:(?:共|中|还|另)?有|其?中)$/, "");
            label = before !== "" ? before : followingWords(text, figure.end);
          }
          // `…完成总产21656亿元，增长10.1%`: the change says how the figure before it moved.
          // (`。同比增长44.9%的基础设施投资中`: a rate opening its sentence is what it is about's.)
          const opens = opensSentenceShare(text, i, figure.end);
          // (`资产负债率64.5%，降低0.2个百分点`: so does a step in points, but one naming what it is
          // compared with, `较上月回落`.)
          if (
            (change || (figure.metric.unit === POINTS && !COMPARISON_LEAD.test(label))) &&
            lastLabel !== "" &&
            isBareChangeLabel(label) &&
            !opens
          )
            label = `${lastLabel}${label}`;
          if (change && joined) label = lastChangeLabel;
          // `就业不足率上升0.3个百分点至1.5%`: the level a step moved to, only a `至` or `为` between them,
          // is labelled by the step's clause (`就业不足率上升至`), not by `至`.
          const level =
            lastStepEnd >= 0 && figure.metric.unit !== POINTS
              ? LEVEL_AFTER_STEP.exec(text.slice(lastStepEnd, i))
              : null;
          if (level) label = `${lastStepLabel}${level[1]}`;
          // `29个社区、20个农贸市场`: a count listed after another is labelled by what it counts.
          if (
            label === "" &&
            text.charCodeAt(i - 1) === 0x3001 /* 、 */ &&
            LIST_NOUN.test(text.slice(lastCountEnd, i + 1))
          )
            label = followingWords(text, figure.end);
          // `走访110批1731人次`, `43.28%、32.19%和24.53%`: a figure printed right after a figure, or
          // joined to it, shares its label.
          if (label === "" && lastCountEnd >= 0 && JOIN.test(text.slice(lastCountEnd, i)))
            label = lastLabel;
          // `印发《督查快报》6期`: a figure right after a title is labelled by the clause, title included.
          if (
            label === "" &&
            out[out.length - 1] !== undefined &&
            typeof out[out.length - 1] !== "string"
          )
            label = clauseLabel(text.slice(Math.max(0, i - 61), i));
          // `第三季度，3641个断面中，…`: a count of the whole a part is counted from, with no words
          // before it in its clause, is labelled by that whole.
          if (label === "" && WHOLE_COUNTED.test(text.slice(figure.end, figure.end + 16)))
            label = followingWords(text, figure.end).replace(/有$/, "");
          // `89.4%的政务大厅推行…`: a share opening its sentence is labelled by what it is a share of.
          if (opens && isBareChangeLabel(label))
            label = `${followingWords(text, figure.end + 1)}${label}`;
          // `为去年同期85亿元的2.5倍`, `占年预算1200万元的22.04%`: a multiple or a share right after its
          // base and 的 is labelled by the base's words, not by 的 alone.
          if (label === "的" && lastLabel !== "" && lastCountEnd === i - 1)
            label = `${lastLabel}的`;
          if (label === "" && whole !== undefined) label = whole;
          // `共6566户25222人摘掉“穷帽子”`: the first of two counts printed together, with no words
          // of its own, is labelled by what the pair's clause says after them (paired-counts.ts).
          if (label === "" && counted) {
            const pairEnd = secondCountEnd(text, figure.end);
            if (pairEnd >= 0) label = followingWords(text, pairEnd);
          }
          // `气温负2.2℃`: the minus in words is the figure's, not its label's.
          if (figure.metric.value < 0 && isMinusWordCode(label.charCodeAt(label.length - 1)))
            label = label.slice(0, -1);
          if (label === "") {
            label = "数值";
            ctx.warn("metric-without-label", offsetAt(line, base + i), {
              text: text.slice(i, figure.end),
              label,
            });
          }
          if (figure.normalised) {
            // Located at the scale and unit as printed (`億千瓦時`), which a wrapped line may
            // carry to the next line: the warning names where the characters it read stand.
            const printed = text.indexOf(figure.normalised.printed, i);
            const at = base + (printed >= 0 && printed < figure.end ? printed : i);
            // Broken over two lines (`876億` / `千瓦時`): on the line whose run of Han words holds
            // characters it wrote otherwise ({@link inChangedRun}: `80多萬` / `戶職工…` on the later,
            // the earlier's `多萬` being too short a run), else on the line that holds more of its
            // Han characters (not a converter's reading, `個(ge)` / `百分點`), the later on a tie
            // (`7250萬` / `噸以上`: that part runs on into the words after it, where the earlier
            // stands alone after the digits).
            const end = at + figure.normalised.printed.length;
            const broken =
              line.breaks?.find((b) => b > at && b < end) ?? droppedWithin(line, at, end);
            let where = at;
            if (broken !== undefined) {
              const [a, b, e] = [at - base, broken - base, end - base];
              const early = inChangedRun(text, figure.normalised, a, b, false);
              const late = inChangedRun(text, figure.normalised, a, b, true);
              if (late !== early ? late : hanIn(text, b, e) >= hanIn(text, a, b)) where = broken;
            }
            ctx.warn("unit-normalised", offsetAt(line, where), figure.normalised);
          }
          const added = addMetric(ctx, label, figure.metric);
          flush(i);
          // Printed in Han numerals, the figure keeps its printed form (`四千億元`).
          out.push(
            han === undefined
              ? { type: "metric", ref: added.id }
              : { type: "metric", ref: added.id, text: text.slice(i, figure.end) },
          );
          // A step in points (point-step.ts) leaves what the figures after it take from the figure
          // before it (`比全省高0.6个百分点，…分别增长5.4%`) as it was when such steps were text.
          lastStepEnd = figure.metric.unit === POINTS ? figure.end : -1;
          lastStepLabel = figure.metric.unit === POINTS ? label : "";
          if (figure.metric.unit !== POINTS) {
            if (!change) lastLabel = label;
            lastChangeLabel = change ? label : "";
            lastChangeEnd = change ? figure.end : -1;
            lastCountUnit = figure.metric.unit;
            lastCountEnd = figure.end;
          }
          figuresRead.push({ metric: added, start: i, end: figure.end });
          if (figure.comparisonEnd !== undefined) {
            comparedUntil = figure.comparisonEnd;
            giveShareChangeToAmount(text, figuresRead.at(-1) as ReadFigure, figuresRead.at(-2));
          }
          // `分别是A、B、C，同比+19.82%、+80.46%、+16.99%`: the changes listed go to the figures listed.
          const spread =
            figure.comparisonEnd === undefined
              ? -1
              : spreadChanges(text, figure.comparisonEnd, figuresRead);
          if (spread > 0) comparedUntil = spread;
          from = figure.end;
          i = Math.max(figure.end, spread);
          continue;
        }
      }
    }
    i++;
  }
  flush(text.length);
  return out;
}

/**
 * The first index in `line.text` from `from` to `to` where the repair dropped input before it (a
 * line break joined with a space or after a converter's reading, which `line.breaks` does not
 * list), if any.
 */
function droppedWithin(line: TextLine, from: number, to: number): number | undefined {
  for (let k = from + 1; k < to; k++) {
    const here = offsetAt(line, k);
    const before = offsetAt(line, k - 1);
    if (here !== undefined && before !== undefined && here - before > 1) return k;
  }
  return undefined;
}

/** How many Han characters make a run of words the corpus oracle keeps or loses (`hanRuns`). */
const MIN_HAN_RUN = 3;

/**
 * Whether the part of a normalised figure (printed at `text[at]`, broken at `text[broken]`) on one
 * side of the break — the later with `later` — stands in a run of at least {@link MIN_HAN_RUN} Han
 * characters on its line, reaching the break, and holds a character the figure wrote otherwise:
 * `多萬` / `戶職工利用…` (`多萬戶` written `多万户`) has such a part after the break only, as the
 * digits cut `多萬` short. Where the written form is not one character for each printed one
 * (`個(ge)` written `个`), any Han character counts as changed.
 *
 * @example
 * inChangedRun("有80多萬戶職工", { printed: "多萬戶", written: "多万户" }, 4, 6, true); // true
 * inChangedRun("有80多萬戶職工", { printed: "多萬戶", written: "多万户" }, 4, 6, false); // false
 */
function inChangedRun(
  text: string,
  normalised: { printed: string; written: string },
  at: number,
  broken: number,
  later: boolean,
): boolean {
  const { printed, written } = normalised;
  const [from, to] = later ? [broken - at, printed.length] : [0, broken - at];
  let changed = false;
  for (let k = from; k < to && !changed; k++)
    changed =
      printed.length === written.length
        ? printed.charCodeAt(k) !== written.charCodeAt(k)
        : isHanCode(printed.charCodeAt(k));
  if (!changed) return false;
  let run = 0;
  if (later) while (run < MIN_HAN_RUN && isHanCode(text.charCodeAt(broken + run))) run++;
  else
    while (run < MIN_HAN_RUN && broken - run > 0 && isHanCode(text.charCodeAt(broken - run - 1)))
      run++;
  return run >= MIN_HAN_RUN;
}

/** How many Han characters `text` holds from `from` to `to`. */
function hanIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (isHanCode(text.charCodeAt(k))) n++;
  return n;
}
