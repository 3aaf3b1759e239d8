import { endsFullSentence, oneOfCode } from "./chars";
import { furnitureStart } from "./foot-furniture";
import { isBareHeading, isTailLine, OPENING_CLAUSE } from "./line-kinds";
import { correspondentOffice, signOffOffice, supplierCredit } from "./office-credits";
import { isOrg } from "./read-masthead";
import { isRunOnBylineRest } from "./run-on-byline";
import { offsetAt, printedSpacing, type TextLine } from "./text-line";
import { BYLINE_MARK, isSpacedByline, paperCredit, simplified } from "./web-page";

/**
 * What a news page prints at its foot (issue 14): the issuer's name alone under the last
 * paragraph (a 落款 without its date), and a list of links to other pages under a label.
 */

/** A label over a list of links to other pages (`相关稿件`, `相关阅读`, `延伸阅读`). */
const RELATED = /^(?:相关(?:新闻|阅读|链接|稿件|文章|报道)|延伸阅读|新闻推荐|编辑推荐)$/;
/** Longest headline of such a list. */
const MAX_HEADLINE = 80;

/**
 * `filter` (a web page's line filter), also dropping a related-links label (`相关稿件`) and the
 * lines under it that are other pages' headlines: short, without a sentence. The first line
 * that holds a sentence (or is longer) ends the list. Each line dropped so is added to `listed`
 * when given: another page's headline (`某局发布：…`) is no field of this page's.
 *
 * @example
 * const listed = new Set<string>();
 * const keep = withoutRelatedLinks(() => false, listed);
 * ["相关稿件", "某局发布：某地公路"].map(keep); // [true, true]; listed holds both lines
 */
export function withoutRelatedLinks(
  filter: (text: string) => boolean,
  listed?: Set<string>,
): (text: string) => boolean {
  let related = false;
  return (text) => {
    const label = RELATED.test(text.trim());
    if (label || (related && text.length <= MAX_HEADLINE && !/[。！？]/.test(text))) {
      related = true;
      listed?.add(text);
      return true;
    }
    related = false;
    return filter(text);
  };
}

/**
 * `记者王某报道 (某某日报)`, `记者 王某（某某晚报）`: a reporter's credit (`报道` perhaps after the name),
 * then the paper in brackets ({@link OUTLET}'s names), found on the simplified text.
 */
const REPORTER_THEN_PAPER =
  /^[记記]者\s*[\u4e00-\u9fff·]{2,4}\s*(?:报道)?\s*[（(]([\u4e00-\u9fff]{2,16}(?:日报|晚报|早报|时报|商报|新闻网|电视台|广播电视台|报|网))[）)]$/;

/** `…。（记者 王某 通讯员 李某）`: reporters' credit, no outlet named, closing a paragraph after its sentence. */
const REPORTERS_RUN_ON = /[。！？]\s*[（(]\s*[记記]者[\s\u4e00-\u9fff·、]{2,30}[）)]$/;

/** `（某某日报）`, `(某某新闻网)`: a news outlet's name alone in brackets. */
const OUTLET =
  /^[（(]([\u4e00-\u9fff]{2,16}(?:日报|晚报|早报|时报|商报|新闻网|电视台|广播电视台|报|网))[）)]$/;

/**
 * `…增长37.4%。（县统计局供稿 编校：刘某）`: an office's credit in brackets closing the last
 * paragraph after its sentence, an editor's name perhaps after it (found on the simplified text).
 */
const RUN_ON_CREDIT =
  /[。！？]\s*[（(]([\u4e00-\u9fff]{2,30}?)(?:供稿|提供|撰稿|报送)(?:[\s\u3000]*(?:编校|编辑|责编|责任编辑|审核|校对)[：:]\s*[\u4e00-\u9fff·]{2,8})?[）)]$/;

/**
 * `…。（新华社）`, `…。(央视新闻)`: a name alone in brackets closing the last paragraph after its
 * sentence; or labelled the source (`…。（来源：某某日报）`: group 2, an outlet or an office).
 */
const RUN_ON_OUTLET =
  /[。！？]\s*[（(](?:([\u4e00-\u9fff]{2,12})|(?:来源|稿源|信息来源)[：:]\s*([\u4e00-\u9fff]{2,20}))[）)]$/;

/**
 * `…。（某某网综编）`, `…。(某某日报综合)`, `…。（某某社编译）`: an outlet's name and the desk's word for
 * how the copy was made (综编, 综合, 编译, 整理) in brackets closing the last paragraph after its
 * sentence; group 1 the name, an outlet's ({@link isOutletName} asked of it). Near-misses: an
 * office's (`（市统计局综合）`: no outlet's ending; read as the office credited elsewhere), a word
 * before the desk's (`（信息综合）`).
 */
const RUN_ON_COMPILED = /[。！？]\s*[（(]([\u4e00-\u9fff]{2,12}?)(?:综编|综合|编译|整理)[）)]$/;

/**
 * `…。(某某新闻编辑刘`, `…。（某某日报记者 王`: a credit run on to the last paragraph after its sentence
 * that the copy cut short (no closing bracket): the outlet's name (group 1, an outlet's or a news
 * brand's, asked of it), then its editor's or reporter's role and at most three characters of a
 * name, the line's end. Near-misses: a bracket opening a clause (`…。(按可比口径计算`), a closed credit
 * (read above), a role after no outlet (`（本报记者 王`, `（市局编辑`).
 */
const CUT_RUN_ON_CREDIT =
  /[。！？]\s*[（(](?![本我])([\u4e00-\u9fff]{2,12}?)\s*(?:编辑|责编|记者|通讯员)\s*[\u4e00-\u9fff]{0,3}$/;
/**
 * `…降低事故发生率。 来源：某某日报`, `…。稿源：某县应急管理局`: the source's field run on to the last
 * paragraph after its sentence, unbracketed, closing the line (group 1: two to twenty Han characters,
 * an outlet or an office, which the caller checks); the reporter's credit in brackets may stand
 * between, and an author's or editor's field left empty may close the line
 * (`…。(记者 王某) 来源:某某新闻网 作者:`). A source named inside a sentence (`…的数据来源：…，`)
 * follows no sentence's end, and one with more after it (`来源：某某日报 编辑：…`) does not close the line.
 */
const RUN_ON_SOURCE =
  /[。！？]\s*(?:[（(]\s*(?:记者|通讯员|实习生)[\s\u4e00-\u9fff·、]{2,20}[）)]\s*)?(?:来源|稿源|信息来源)[：:]\s*([\u4e00-\u9fff]{2,20}?)(?:\s*(?:作者|编辑|责任编辑|责编)[：:])?$/;
/** `央视新闻`, `澎湃新闻`: a news brand's name (not a column's: `图片新闻`, `相关新闻`). */
const NEWS_BRAND = /^(?!图片|视频|相关|热点|更多|今日|要闻|综合)[\u4e00-\u9fff]{2,6}新闻$/;

/**
 * An outlet's name before a reporter's role: a paper, site or agency (`某某日报`, `某某新闻网`,
 * `新华社`) or a newspaper group (`某某报业`, `某某报业集团`), a bureau (`驻某市`) perhaps after it,
 * a space perhaps before the role (`某某日报 记者`), an app's brand and a middle dot perhaps before it
 * (`某某云·某某新闻网首席记者`); `本…`, `我…`, `据…` and a kind of outlet alone
 * (`时报记者`, `电视台记者`) name none. Group 1 is the name.
 */
const OUTLET_ROLE =
  "((?![本我据])(?!(?:电视台|新闻网)[记記])(?:[\\u4e00-\\u9fff]{2,8}[·・•])?[\\u4e00-\\u9fff]{2,12}?(?:[报報][业業](?:集[团團])?|报|网|社|台|新闻|新聞))[\\s\\u3000]?(?:[驻駐][\\u4e00-\\u9fff]{1,6})?(?:全媒体|融媒体|首席|见习|見習|特约|特約)?[记記]者";

/**
 * `（某某日报记者 林某 通讯员 洪某 黄某）`, `（新华社记者 王某、李某）`, `（某某日报 记者/余某）`: a
 * reporters' credit in brackets (found on the simplified text), which names their outlet
 * ({@link OUTLET_ROLE}), a slash perhaps between the role and the names.
 */
const REPORTER_CREDIT = new RegExp(
  `[（(]${OUTLET_ROLE}[/／]?(?:[\\s\\u3000、]*[\\u4e00-\\u9fff·]{2,4})+(?:[\\s\\u3000]*(?:通[讯訊][员員]|[实實][习習]生)(?:[\\s\\u3000、]*[\\u4e00-\\u9fff·]{2,4})+)*\\s*[）)]$`,
);

/**
 * `(某某广播电视台全媒体记者周某报道)近日,…`, `（某某日报记者 王某 通讯员 李某）…`: a reporters' credit in
 * brackets opening a paragraph (found on the simplified text), `报道` perhaps closing it, its outlet
 * ({@link OUTLET_ROLE}) group 1.
 */
const OPENING_REPORTER_CREDIT = new RegExp(
  `^[（(]${OUTLET_ROLE}[/／]?(?:[\\s\\u3000、]*[\\u4e00-\\u9fff·]{2,4})+(?:[\\s\\u3000]*(?:通[讯訊][员員]|[实實][习習]生)(?:[\\s\\u3000、]*[\\u4e00-\\u9fff·]{2,4})+)*\\s*[）)](?=\\S)`,
);

/**
 * The outlet of the reporters' credit in brackets a paragraph opens with
 * ({@link OPENING_REPORTER_CREDIT}: `(某某广播电视台全媒体记者周某报道)近日,…`), as printed; else undefined.
 */
export function openingCreditOutlet(text: string): string | undefined {
  if (!oneOfCode("（(", text.charCodeAt(0))) return undefined;
  const m = OPENING_REPORTER_CREDIT.exec(simplified(text.slice(0, 60)));
  return m === null ? undefined : text.slice(1, 1 + (m[1] as string).length);
}

/** A byline's outlet before 记者 (`某某日报记者 林某`), as {@link REPORTER_CREDIT} reads it in brackets. */
const BYLINE_OUTLET = new RegExp(`^${OUTLET_ROLE}`);

/**
 * `某某世界网 王某/文`: an outlet's name (as {@link OUTLET_NAME} ends, group 1; the caller checks it), the
 * writer's name (two to four Han characters, the space between perhaps dropped) and `/文`.
 */
const WRITER_CREDIT =
  /^([\u4e00-\u9fff]{1,10}?(?:网|網|报|報|社|台|在线|融媒体中心|客户端))\s*[\u4e00-\u9fff·]{2,4}\s*[/／]\s*文$/;

/** `某某日报客户端 | 记者 任某`: a name and a bar before a byline's role. */
const BARRED_NAME = /^([\u4e00-\u9fff]{2,12})\s*[|｜]/;

/**
 * The outlet a news page's byline names before 记者 (`某某日报记者 林某 通讯员 洪某`; two joined by a
 * slash, one an outlet's name: `某某云/某县融媒体中心记者 王某`), or before a bar
 * (`某某日报客户端 | 记者 任某`: a name that ends as an outlet's does), as printed; `undefined` for
 * `本报记者`, a kind of outlet alone (`时报记者`) or a byline of people.
 */
export function bylineOutlet(text: string): string | undefined {
  const printed = text.trimStart().replace(BYLINE_MARK, "");
  const barred = BARRED_NAME.exec(printed)?.[1];
  if (barred !== undefined) return isOutletName(barred) ? barred : undefined;
  // `某某世界网 王某/文`: the outlet before the writer's name and `/文`.
  if (printed.endsWith("文")) {
    const writer = WRITER_CREDIT.exec(simplified(printed))?.[1];
    if (writer !== undefined && isNamedOutlet(writer)) return printed.slice(0, writer.length);
  }
  const m = BYLINE_OUTLET.exec(simplified(printed));
  if (m !== null) return printed.slice(0, (m[1] as string).length);
  // `某某云/某县融媒体中心记者 王某`: outlets joined by a slash, or a media centre, before the role.
  const named = NAMED_OUTLETS.exec(printed);
  return named?.slice(1).some((n) => n !== undefined && NAMED_OUTLET.test(n))
    ? named[0]
    : undefined;
}

/**
 * `某某云/某县融媒体中心`, `某县融媒体中心`, `某某报·某某网` before a byline's 记者: a name, or two joined
 * by a slash or a middle dot (an app's brand and its outlet, a paper and its site), as a page prints
 * them before the role; one must be an outlet's name ({@link NAMED_OUTLET}).
 */
const NAMED_OUTLETS =
  /^(?:([\u4e00-\u9fff]{2,12})[/／·・])?(?![本我据])([\u4e00-\u9fff]{2,12}?)(?=[记記]者)/;

/** The outlet a reporters' credit names ({@link REPORTER_CREDIT}) at the end of `text`, as printed. */
function reportersOutlet(text: string, runOn: boolean): string | undefined {
  const simple = simplified(text);
  const m = REPORTER_CREDIT.exec(simple);
  if (m === null) return undefined;
  const at = m.index as number;
  // Run on after the last sentence (`…。（…）`) or a graphic's short lines joined without one
  // (`…都继续保持增长（某某新闻记者 …）`: only a credit closes a line so), or alone on the line.
  if (!runOn && at !== 0) return undefined;
  return text.slice(at + 1, at + 1 + (m[1] as string).length);
}

/** Words of a site's notice on the rights in what it copies ({@link rightsNoticeStart}). */
const RIGHTS_WORD = /转载|授权|版权|侵权|摘编/;
/** Most lines such a notice takes. */
const MAX_NOTICE_LINES = 8;

/**
 * Where a site's notice on the rights in what it copies starts under a copied report
 * (`声明：转载此文…与本网联系`, `1、…经某某授权…` / `2、凡本网注明…不得转载`): the run of lines before
 * `end` each naming such rights ({@link RIGHTS_WORD}), one of them in the site's own words (`本网`,
 * `本站`); `end` when the lines there are no such notice.
 */
function rightsNoticeStart(lines: readonly TextLine[], end: number): number {
  let k = end;
  let own = false;
  while (k > 1 && end - k < MAX_NOTICE_LINES) {
    const text = (lines[k - 1] as TextLine).text;
    if (!RIGHTS_WORD.test(text)) break;
    if (text.includes("本网") || text.includes("本站")) own = true;
    k--;
  }
  return own ? k : end;
}

/** Longest issuer's name on a line of its own. */
const MAX_ISSUER = 40;

/**
 * `某省交通运输厅` on the last line, right under a paragraph (`…同比增长8.2%。`): the issuer a news
 * page signs with, without a date; or the newspaper it came from in brackets (`（某某日报）`, after a
 * reporter's credit perhaps: `记者王某报道 (某某日报)`; run on to the last paragraph: `…。（新华社）`, a news
 * brand too, `…。(央视新闻)`), or the
 * reporters' outlet in brackets (`（某某日报记者 林某）`, under a graphic's short lines too), or the
 * office credited in brackets (`（某市统计局供稿）`), over a site's rights notice perhaps
 * ({@link rightsNoticeStart}). Not a table, a caption (`表1 各市协会`), a 版记 line or a name
 * inside a sentence.
 */
export function footIssuer(lines: readonly TextLine[]): string | undefined {
  // A stray cell mark (`|`) a copy left under the text stands for nothing.
  let end = lines.length;
  while (end > 1 && /^[|｜\s]+$/.test((lines[end - 1] as TextLine).text)) end--;
  // `关键词：` (empty), `页: [1]` / `查看完整版本: …`: the page's furniture under the report.
  end = furnitureStart(lines, end);
  // A site's notice on the rights in its copies, under the report, closes no text.
  end = rightsNoticeStart(lines, end);
  const last = lines[end - 1];
  const before = lines[end - 2];
  if (last === undefined || last.table) return undefined;
  // `…。（县统计局供稿 编校：刘某）`: the credit run on to the last paragraph (a stray cell mark after
  // it, `… |`, stands for nothing).
  const lastText = last.text.replace(TRAILING_CELL_MARK, "");
  const tail = lastText.length > 8 ? lastText.slice(-48) : "";
  if (tail.endsWith("）") || tail.endsWith(")")) {
    const runOn = RUN_ON_CREDIT.exec(simplified(tail));
    if (runOn && isOrg(runOn[1] as string)) {
      const at = (runOn.index as number) + runOn[0].indexOf(runOn[1] as string);
      return tail.slice(at, at + (runOn[1] as string).length);
    }
    // `…。（县农业局刘广刚）`: the correspondent's office (as printed: found on the simplified text).
    const simple = simplified(tail);
    const office = correspondentOffice(simple);
    if (office !== undefined) {
      const at = simple.lastIndexOf(office);
      return tail.slice(at, at + office.length);
    }
    // `…。（某某日报记者 林某 通讯员 洪某）`: the reporters' paper.
    const paper = reportersOutlet(tail, true);
    if (paper !== undefined) return paper;
    // `…流通更加高效顺畅。(央视新闻)`, `…。（新华社）`: the outlet a copied report came from.
    const copied = RUN_ON_OUTLET.exec(simple);
    const named = copied?.[1];
    if (named !== undefined && (isOutletName(named) || NEWS_BRAND.test(named)))
      return tail.slice(tail.length - named.length - 1, -1);
    // `…。（来源：某某日报）`: the labelled source, an outlet or an office.
    const labelled = copied?.[2];
    if (labelled !== undefined && (isOutletName(labelled) || isOrg(labelled)))
      return tail.slice(tail.length - labelled.length - 1, -1);
    // `…。（某某网综编）`: the outlet that compiled the copy.
    const compiled = RUN_ON_COMPILED.exec(simple);
    const compiler = compiled?.[1];
    if (compiled !== null && compiler !== undefined && isOutletName(compiler)) {
      const at = compiled.index + compiled[0].indexOf(compiler);
      return tail.slice(at, at + compiler.length);
    }
  } else if (tail.includes("（") || tail.includes("(")) {
    // `…。(某某新闻编辑刘`: the outlet's credit the copy cut short.
    const simple = simplified(tail);
    const cut = CUT_RUN_ON_CREDIT.exec(simple);
    const outlet = cut?.[1];
    if (cut !== null && outlet !== undefined && (isOutletName(outlet) || NEWS_BRAND.test(outlet))) {
      const at = cut.index + cut[0].indexOf(outlet);
      return tail.slice(at, at + outlet.length);
    }
  }
  // `…降低事故发生率。 来源：某某日报`: the labelled source run on to the last paragraph, no brackets.
  if (tail.includes("源")) {
    const simple = simplified(tail);
    const run = RUN_ON_SOURCE.exec(simple);
    const source = run?.[1];
    if (run !== null && source !== undefined && (isOutletName(source) || isOrg(source))) {
      const at = run.index + run[0].lastIndexOf(source);
      return tail.slice(at, at + source.length);
    }
  }
  if (before === undefined || before.table) return undefined;
  const name = last.text;
  /** The paragraph over the last line closes its sentence. */
  const closed = endsFullSentence(before.text);
  // `（某某日报）` under the last paragraph: the newspaper a copied report came from.
  // (Found on the simplified text, `（某某日報）` too; taken as printed. The paragraph over it may close
  // with its reporters' credit: `…。（记者 王某 通讯员 李某）`.)
  const outlet =
    closed || REPORTERS_RUN_ON.test(simplified(before.text.slice(-40)))
      ? OUTLET.exec(simplified(name))
      : null;
  if (outlet !== null) return name.slice(1, 1 + (outlet[1] as string).length);
  // `（《某某时报》快讯中心）`, `据某某日报` under the last paragraph: the paper credited.
  const cited = closed ? citedPaper(name) : undefined;
  if (cited !== undefined) return cited;
  // `记者王某报道 (某某日报)` under the last paragraph: the reporter's credit, then the paper.
  const reported = closed ? REPORTER_THEN_PAPER.exec(simplified(name)) : null;
  if (reported !== null) {
    const at = name.length - (reported[1] as string).length - 1;
    return name.slice(at, at + (reported[1] as string).length);
  }
  // `（某某日报记者 林某）` under the last paragraph, or under a graphic's last short line (none of
  // which closes a sentence): the reporters' paper.
  const paper = reportersOutlet(name, false);
  if (paper !== undefined) return paper;
  // `（某某晚报 某某壹点 记者 王某）` under the last paragraph: the paper before its app's name.
  const paired = closed ? pairedOutletCredit(last) : undefined;
  if (paired !== undefined) return paired;
  // `某某报记者 李某` alone under the last paragraph: the reporters' paper, as in brackets (a
  // photographer's credit, `…摄`, is a picture's).
  if (closed && isSpacedByline(last) && !/[摄攝]$/.test(name)) {
    const byline = bylineOutlet(name);
    if (byline !== undefined) return byline;
  }
  // `某某报记者李某` alone under the last paragraph, the names run on to the role: the same credit,
  // unless a dateline over the report names another outlet (whose copy credits this one's reporter).
  if (closed) {
    const byline = bylineOutlet(name);
    if (
      byline !== undefined &&
      isRunOnBylineRest(name.slice(byline.length)) &&
      !datelineNamesOther(lines, byline)
    )
      return byline;
  }
  // `（市应急局：孙某）` alone under the last paragraph: the office that signs the report.
  const signed = closed ? signOffOffice(simplified(name)) : undefined;
  if (signed !== undefined) return name.slice(1, 1 + signed.length);
  // `（市商务局）` alone on the last line under the last paragraph: the office credited, as when run on
  // to it (`…。（市商务局）`: {@link correspondentOffice}; `（完）`, `（详见某局网站）` name none).
  if (closed && (name.startsWith("（") || name.startsWith("("))) {
    const office = correspondentOffice(`。${simplified(name)}`);
    if (office !== undefined) return name.slice(1, 1 + office.length);
  }
  // `（某市统计局供稿）`, `某司某处、某司某处提供`: the office (or offices) that supplied the report.
  const credit = supplierCredit(name);
  if (credit !== undefined && closed) return credit;
  // (A name of two characters alone, `社会`, `协会`, is a word a copy cut short or a kind of body, no
  // body's name.)
  return name.length <= MAX_ISSUER &&
    name.length >= 3 &&
    !/[。；，：！？]/.test(name) &&
    // `3、组`: a numbered point a cut copy ends with, no issuer's name.
    !NUMBERED_POINT.test(name) &&
    isBareHeading(name) &&
    !isTailLine(name) &&
    isOrg(name) &&
    closed
    ? name
    : undefined;
}

/** Whether a dateline on the report's first lines names an outlet other than `outlet`. */
function datelineNamesOther(lines: readonly TextLine[], outlet: string): boolean {
  const own = simplified(outlet);
  return lines.slice(0, 4).some((l) => {
    const named = newsDateline(simplified(l.text.slice(0, 60)))?.outlet;
    return named !== undefined && !named.includes(own) && !own.includes(named);
  });
}

/**
 * `（《某某时报》快讯中心）`, `(《某某日报》)`: a paper's name in title marks, its desk perhaps after
 * them (up to eight Han characters), in brackets alone on the line; or `据某某日报`, `据某某网`: 据 and
 * an outlet's name, nothing else. The name (an outlet's, {@link isOutletName}, asked of its simplified
 * form), as printed; else undefined. Near-misses: a book's or a document's title in the marks
 * (`（《某某条例》第三条）`), 据 before a body's or a person's name (`据市统计局`, `据王某`), 据 before
 * a sentence (`据某某网报道，…`, read as an attribution elsewhere).
 */
function citedPaper(text: string): string | undefined {
  if (text.length > 30) return undefined;
  const m = MARKED_PAPER.exec(text) ?? CITED_OUTLET.exec(text);
  const name = m?.[1];
  return name !== undefined && isOutletName(simplified(name)) ? name : undefined;
}
const MARKED_PAPER = /^[（(]\s*《\s*([\u4e00-\u9fff]{2,16}?)\s*》\s*[\u4e00-\u9fff]{0,8}\s*[）)]$/;
const CITED_OUTLET = /^[据據]\s*([\u4e00-\u9fff]{2,16})$/;

/** ` |`, `｜`: a stray cell mark a copy left at a line's end (spaces perhaps before it). */
const TRAILING_CELL_MARK = /\s*[|｜]\s*$/;

/** `3、`, `2.`: a numbered point's numeral and mark opening a line. */
const NUMBERED_POINT = /^\d{1,2}[、.．]/;

/**
 * The newspaper a copied report credits on its last line, right under a paragraph, and the date it
 * ran on when the credit prints one; `undefined` when the last line is no such credit.
 */
export function footCredit(
  lines: readonly TextLine[],
): { name: string; publishedOn?: string } | undefined {
  const last = lines[lines.length - 1];
  const before = lines[lines.length - 2];
  if (last === undefined || before === undefined || last.table || !/[。！？”]$/.test(before.text))
    return undefined;
  return paperCredit(last.text);
}

/**
 * How a news outlet's name ends, in simplified characters: a paper, a site, an agency or a station
 * (`某某日报`, `中新网`, `新华社`), a site named `…在线` (`安图在线`), a county's media centre
 * (`某县融媒体中心`, `某某融媒`), a news app (`…客户端`) or a finance news service (`新华财经`). A longer
 * ending before one it starts with.
 */
export const OUTLET_ENDINGS = [
  "日报",
  "晚报",
  "早报",
  "时报",
  "商报",
  "网",
  "社",
  "台",
  "在线",
  "融媒体中心",
  "融媒",
  "客户端",
  "财经",
] as const;

/** The traditional form of each character of {@link OUTLET_ENDINGS} that has one. */
const TRADITIONAL_OF: Readonly<Record<string, string>> = {
  报: "報",
  网: "網",
  时: "時",
  线: "線",
  体: "體",
  户: "戶",
  财: "財",
  经: "經",
};

/**
 * A news outlet's name, simplified or traditional: one to ten Han characters and an ending of
 * {@link OUTLET_ENDINGS}, or a bare `…报` (`某某报`); a paper's web site after a `…报` ending
 * (`中国日报网`, `某某情報網`; not `…报网络版`). A 社 that opens `社会` ends no outlet's name
 * (`某市人力资源和社会保障局`), nor does a 台 that opens `台湾`/`臺灣` (`中國臺灣網`: the place's name,
 * not a station's 台).
 */
const OUTLET_NAME = `[\\u4e00-\\u9fff]{1,10}?(?:${[
  ...OUTLET_ENDINGS.flatMap((ending) => {
    const traditional = [...ending].map((c) => TRADITIONAL_OF[c] ?? c).join("");
    return traditional === ending ? [ending] : [ending, traditional];
  }),
  "报",
  "報",
].join(
  "|",
)})(?![会會](?<=[社][会會]))(?![湾灣](?<=[台臺][湾灣]))(?![络絡](?<=[网網][络絡]))(?:(?<=[报報])[网網](?![络絡]))?`;
/** A name that ends as a news outlet's does ({@link OUTLET_NAME}): `央视网`, `某某日报`, `新华社`. */
const WHOLE_OUTLET_NAME = new RegExp(`^${OUTLET_NAME}$`);
export const isOutletName = (name: string): boolean => WHOLE_OUTLET_NAME.test(name);
/**
 * An outlet's name with two characters or more before its ending ({@link OUTLET_NAME}): `某县融媒体中心`,
 * `新华社`; not a kind of outlet alone (`时报`, `融媒体中心`).
 */
const NAMED_OUTLET = new RegExp(`^[\\u4e00-\\u9fff]${OUTLET_NAME}$`);
/** {@link NAMED_OUTLET}: `華文網`, `某某日报` (simplified). */
export const isNamedOutlet = (name: string): boolean => NAMED_OUTLET.test(name);

/**
 * `晚报`, `早報`, `时报`: a kind of paper alone, as a dateline of a bare kind prints it (`晚报讯`,
 * `早报8月21日讯`, `时报5月6日讯`): like `本报`, it names no paper, so the dateline gives no outlet (the
 * corpus README's reading of `晚报讯`); a paper's own name before the kind (`某某晚报讯`) does. `晨报讯`
 * is left naming `晨报`: two corpus texts' facts read it so (and one reads it `null`), which the
 * README's rule has not settled yet.
 */
const BARE_PAPER_KIND = /^(?:[日晚早时時商]|都市)[报報]$/;

/** A dateline's day, the hour (and minute) of its dispatch perhaps after it: `1月13日12时30分`. */
const NEWS_DAY = "\\d{1,2}月\\d{1,2}日(?:\\d{1,2}[时時](?:\\d{1,2}分)?)?";

/**
 * A news report's dateline: `滨州日报/滨州网滨州讯（通讯员…）` (two outlets, the place; a paper and its
 * app may be joined by a middle dot: `某某晚报社·某某通客户端4月25日讯`), `某某日报讯`,
 * `本报讯（记者 …）`, `央视网消息：`, `央视网消息据…` (the report's attribution run on), `新华社北京7月27日电`
 * (a dispatch sent specially too: `新华网拉萨8月18日专电`, `…特电`),
 * `中评社北京6月17日电/` (a reporter's name in
 * brackets and a `/` after it allowed). `本报`, `本网`, `我…` name no outlet; `…社区通讯员` is a byline.
 * A dated `消息` may run straight on into the report (`中广网北京6月19日消息民政部今日发布…`) when an
 * outlet opens the dateline ({@link newsDateline} checks); so may a dated `报道` (`某某时报4月30日报道（记者…）`),
 * and a group may name three outlets (`某某客户端、某某网、某某报6月8日消息`); a 消息 may run on into its
 * reporter's name, `报道` and a colon (`某安网消息王某某报道：`, the space a copy printed taken out). An app's name may follow its site's after a
 * hyphen and the hour after the day (`某某网-某某客户端1月13日12时30分讯`); after an outlet's name the day
 * may come before the place (`某经网7月12日成都电（…）`, `某某广播电视台2月10日某市讯(记者…)`: a bracket,
 * space or mark after 电 or 讯). An outlet's channel or local station is part of its name
 * (`某某在线某市频道消息：`, `某网某区站讯`, group 1 the whole; `频道` alone, with no outlet's name before
 * it, is none), and so is its channel after a middle dot right before 讯 (`某某网·某某高新讯`; a second
 * outlet's name there, `某某报·某某网讯`, is read as one). A `…网络…` name does not end at
 * its 网 (`某某网络广播电视台`).
 */
const NEWS_DATELINE = new RegExp(
  `^(?:(?![本我])(${OUTLET_NAME}(?:[\\u4e00-\\u9fff]{2,4}?(?:[频頻]道|站)|[·・•][\\u4e00-\\u9fff]{2,6}(?<![网網报報社台端])(?=[讯訊]))?)(?:[/／、·・\\-－]${OUTLET_NAME}){0,2})?[\\u4e00-\\u9fff]{0,8}?(?:(?:${NEWS_DAY})?[讯訊](?![员員问問息])|(?:(?:\\d{1,2}月\\d{1,2}日)?消息|\\d{1,2}月\\d{1,2}日[报報]道)(?=[：:，,（(\\s据據]|[\\u4e00-\\u9fff]{2,4}[报報]道[：:])|${NEWS_DAY}(?:[专專特]?[电電]|消息(?=[\\u4e00-\\u9fff]))|(?<=[网網报報社台端])\\d{1,2}月\\d{1,2}日[\\u4e00-\\u9fff]{2,4}?[电電讯訊](?![员員问問息])(?=[\\s（(/／：:]|$))\\s*(?:[（(]([^（）()]{0,30})[）)])?[/／\\s：:]*`,
);

/**
 * `新华社电`, `中新社北京电`: a news agency's dateline without its date, as reprints print it (an
 * agency's name, a place of eight Han characters at most, 电 not opening a word: `…社电话`, `…社电商`).
 */
const AGENCY_DATELINE =
  /^((?:新华|新華|中新|中评|中評|中国新闻|中國新聞)社)[\u4e00-\u9fff]{0,8}?[电電](?![话話商子视視脑腦力源器动動台])\s*(?:[（(][^（）()]{0,30}[）)])?[/／\s：:]*/;

/**
 * `中国某某网(www.moumou8.com)讯 据…`, `某某信息网（http://www.moumou.cn）消息：…`: an outlet's name
 * ({@link OUTLET_NAME}; group 1), its web address in brackets, then 讯 (`专讯`) or 消息, as trade sites
 * print their datelines. An address after a body's name (`某市统计局(www.…)发布`), or with no 讯 after
 * it, is none.
 */
const ADDRESSED_DATELINE = new RegExp(
  `^(${OUTLET_NAME})\\s*[（(]\\s*(?:https?://)?www\\.[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+/?\\s*[）)]\\s*(?:[专專特]?[讯訊](?![员員问問息])|消息)[\\s：:，,]*`,
);

/**
 * The dateline a news report's first line opens with (see {@link NEWS_DATELINE}): its length and
 * the outlet it names (the first of two, else the one its reporter's credit in brackets names:
 * `海口7月18日消息（南海网记者 刘某）`), if any; `undefined` when the line opens with none.
 */
export function newsDateline(
  text: string,
): { length: number; outlet?: string; outletAt?: number } | undefined {
  // `【某某消防网】从…获悉`, `[某某童装网] 据…`: an outlet's name alone in square brackets.
  if (oneOfCode("【[［", text.charCodeAt(0))) {
    const bracketed = bracketedOutletName(text);
    if (bracketed !== undefined) return bracketed;
  }
  // `《某某通讯社驻京记者王某13日北京专电》…`: an agency's dispatch in title marks.
  if (text.charCodeAt(0) === 0x300a /* 《 */) {
    const m = MARKED_DISPATCH.exec(text);
    if (m !== null) return { length: m[0].length, outlet: m[1] as string, outletAt: 1 };
  }
  if (!/[讯訊电電息道]/.test(text.slice(0, 48))) return undefined;
  // `据新华社北京10月31日电`: a reprint's 据 before the dateline is no part of the outlet's name.
  const cited = (text.charCodeAt(0) === 0x636e || text.charCodeAt(0) === 0x64da) && text.length > 1;
  const inner = cited ? newsDateline(text.slice(1)) : undefined;
  if (inner?.outlet !== undefined)
    return { length: inner.length + 1, outlet: inner.outlet, outletAt: 1 };
  const agency = AGENCY_DATELINE.exec(text);
  if (agency !== null) return { length: agency[0].length, outlet: agency[1] as string };
  // `中国某某网(www.moumou8.com)讯 据…`: a site's address in brackets between its name and 讯.
  const addressed = text.includes("www.") ? ADDRESSED_DATELINE.exec(text) : null;
  if (addressed !== null) return { length: addressed[0].length, outlet: addressed[1] as string };
  // `(安康新网讯 记者 王某)今年以来,…`: the dateline and its reporter's credit in one pair of brackets.
  if (oneOfCode("（(【", text.charCodeAt(0))) return bracketedDateline(text);
  const m = NEWS_DATELINE.exec(text);
  if (m === null) {
    const runOn = runOnDatedMessage(text);
    if (runOn !== undefined) return runOn;
    // `某某联播10月11日某市讯（记者 王某）`: a name, the day, the place, 讯 and the reporter's credit.
    const dayFirst = NAME_DAY_PLACE_DATELINE.exec(text);
    const name = dayFirst?.[1];
    return dayFirst === null || name === undefined || NO_OUTLET_NAME.test(name)
      ? undefined
      : { length: dayFirst[0].length, outlet: name };
  }
  if (m[1] !== undefined)
    return BARE_PAPER_KIND.test(m[1])
      ? { length: m[0].length }
      : { length: m[0].length, outlet: m[1] };
  // `澎湃新闻消息，…`: a news brand's name before 消息 is the outlet's.
  const brand = BRAND_MESSAGE.exec(text)?.[1];
  if (brand !== undefined) return { length: m[0].length, outlet: brand };
  // (`今年6月19日消息传出后`: a dated 消息 run on names a report's outlet only after one.)
  if (RUN_ON_MESSAGE.test(m[0])) return undefined;
  // `海口7月18日消息（南海网记者 刘某）`: no outlet before the dateline, its reporter's credits one.
  const credit = m[2];
  const credited = credit === undefined ? undefined : bylineOutlet(credit);
  if (credit !== undefined && credited !== undefined) {
    const at = m[0].indexOf(credit) + credit.indexOf(credited);
    return { length: m[0].length, outlet: credited, outletAt: at };
  }
  const clause = NAMED_BEFORE_CLAUSE.exec(text);
  const named = (NAMED_BY_REPORTER.exec(text) ??
    NAMED_BEFORE_DAY.exec(text) ??
    (clause !== null && OPENING_CLAUSE.test(clause[2] as string) ? clause : null))?.[1];
  return named === undefined || NO_OUTLET_NAME.test(named)
    ? { length: m[0].length }
    : { length: m[0].length, outlet: named };
}

/**
 * `据某某网报道`, `据某局消息`, `据新华社6日报道`, `据某某部5月29日消息`: the name (two to twenty characters) a
 * report credits as its source, the day of its news (its month perhaps before it) after it (no part of the name).
 */
export const ATTRIBUTION =
  /^据([\u4e00-\u9fffA-Za-z\d—·]{2,20}?)(?:(?:\d{1,2}月)?\d{1,2}日)?(?:报道|报导|消息)/;

/**
 * `据某某晚报报道`, `某某在线消息`, `某某日报讯`: a report's credit and nothing else ({@link ATTRIBUTION},
 * or a dateline, {@link newsDateline}, that the words after it would close), `simple` simplified.
 */
export function isCreditAlone(simple: string): boolean {
  if (ATTRIBUTION.exec(simple)?.[0].length === simple.length) return true;
  return (newsDateline(`${simple} `)?.length ?? 0) > simple.length;
}

/**
 * `某某网某市8月20日消息8月16日，记者从…`, `某某網2月11日消息？？記者…`: an outlet's dated `消息` whose
 * separator the copy lost (the report's own day, `8月16日`/`16日`, run straight on, or a converter's
 * lost marks `？`/`?` printed where the space stood): its length and the outlet; else undefined.
 */
function runOnDatedMessage(text: string): { length: number; outlet: string } | undefined {
  if (!text.includes("消息")) return undefined;
  const m = RUN_ON_DATED_MESSAGE.exec(text);
  return m === null ? undefined : { length: m[0].length, outlet: m[1] as string };
}
/**
 * {@link runOnDatedMessage}'s shape: an outlet's name first (group 1, ending as a news outlet's does:
 * not `今年`, not `某某局`), a place of up to eight Han characters, the day and 消息, then a day
 * (`8月16日`, `16日`) or lost marks (`？？`). Not `…消息8项` (a count), nor a 消息 after no outlet.
 */
const RUN_ON_DATED_MESSAGE = new RegExp(
  `^(?![本我])(${OUTLET_NAME})[\\u4e00-\\u9fff]{0,8}?\\d{1,2}月\\d{1,2}日消息(?:[？?]+|(?=(?:\\d{1,2}月)?\\d{1,2}日))`,
);

/**
 * `（某某晚报 某某壹点 记者 王某）`, `(某某日报 某某新闻客户端 记者 王某 李某)`: a reporters' credit in
 * brackets alone on its line naming a paper, then its app or brand apart by spaces, before the role;
 * the paper, as printed (found on the simplified text); else undefined.
 */
function pairedOutletCredit(line: TextLine): string | undefined {
  const text = line.text;
  if (!oneOfCode("（(", text.charCodeAt(0)) || text.length > 60) return undefined;
  // The spaces the copy printed (the repair took out those between Han characters).
  const spaced = printedSpacing(line);
  const name = PAIRED_OUTLET_CREDIT.exec(simplified(spaced))?.[1];
  // (The paper opens the credit right after its bracket; simplifying keeps each unit's place.)
  return name === undefined ? undefined : spaced.slice(1, 1 + name.length);
}
/**
 * {@link pairedOutletCredit}'s shape: the bracket, the paper (group 1, ending as an outlet's name
 * does: `某某晚报`; not `某某公司`), spaces, a second name of two to eight Han characters (its app or
 * brand), spaces, the role (`记者`, `首席记者`) and names of two to four characters (a 通讯员's or
 * 实习生's after them perhaps), the bracket closing the line. A credit whose paper is the first
 * word before its role (`（某某日报记者 王某）`) is {@link REPORTER_CREDIT}'s.
 */
const PAIRED_OUTLET_CREDIT = new RegExp(
  `^[（(](${OUTLET_NAME})[\\s\\u3000]+[\\u4e00-\\u9fff]{2,8}[\\s\\u3000]+(?:全媒体|融媒体|首席|见习|見習|特约|特約)?[记記]者(?:[\\s\\u3000、]*[\\u4e00-\\u9fff·]{2,4})+(?:[\\s\\u3000]*(?:通[讯訊][员員]|[实實][习習]生)(?:[\\s\\u3000、]*[\\u4e00-\\u9fff·]{2,4})+)*[\\s\\u3000]*[）)]$`,
);

/**
 * `澎湃新闻消息，…`, `某某新聞消息：…`: a news brand's name (two to six Han characters and 新闻; not a
 * column's, `图片新闻`, `今日新闻`, nor `本…`/`我…`) right before 消息 and a mark or space; group 1 the
 * name. `新闻消息` alone, or a brand's 消息 run on into words (`某某新闻消息称`), is none.
 */
const BRAND_MESSAGE =
  /^((?![本我])(?!图片|圖片|视频|視頻|相关|相關|热点|熱點|更多|今日|要闻|要聞|综合|綜合)[\u4e00-\u9fff]{2,6}新[闻聞])消息(?=[：:，,\s])/;

/**
 * `【某某消防网】从某省消防总队获悉，…`, `[某某童装网] 据…`, `【某報專訊】…`: an outlet's name alone in square
 * brackets opening the report (as a site prints its credit over a copy), 讯 (`专讯`, `特讯`) or 消息
 * perhaps after the name (a name of two characters only so: `【某報專訊】`), the report's words right
 * after the bracket: the outlet. A column's or a
 * kind's name in brackets is none: `【数据解读】`, `【本网讯】`, a document's kind ending in 报
 * (`【情况通报】`, `【工作简报】`), a platform or a grid (`【服务平台】`, `【国家电网】`), nor a bracket with
 * nothing after it.
 */
const BRACKETED_OUTLET = new RegExp(
  `^[【[［]\\s*((?![本我])${OUTLET_NAME})([专專特]?[讯訊]|消息)?\\s*[】\\]］][\\s：:]*(?=[^\\s|｜])`,
);
/** What such a bracketed name is not: a document's kind, a platform or stage, a grid or network of pipes. */
const NO_BRACKETED_OUTLET =
  /(?:[通简簡快周週月年公汇匯举舉预預战戰喜捷呈情]报|[通簡快週月年公匯舉預戰捷呈情]報|平台|[舞讲講站柜櫃吧]台|[电電管路水光铁鐵]网|[电電管路水光鐵]網|合作社|旅行社)$/;

/**
 * `《某某通讯社驻京记者王某13日北京专电》`, `《某某社記者李某5月3日上海電》`: an agency's or a paper's dispatch
 * framed in title marks opening the report: the outlet (two to ten Han characters ending in 社, 网 or
 * 报; group 1), its bureau perhaps (`驻京`), the reporter's role and name, the day (its month perhaps),
 * the place and 电 (`专电`, `特电`), nothing else inside the marks. The reporter's name may be left
 * out (`《某某通讯社驻京记者15日北京专电》`), the reporter and the place too when the dispatch is a
 * special report (`《某某通讯社25日专讯》`, `专讯` or `特讯`). A book's or a document's title in marks
 * (`《某某条例》`, `《某某社会发展报告》`) and a column's name (`《某某电话专讯》`) give no day and no dispatch.
 */
const MARKED_DISPATCH =
  /^《((?![本我])[\u4e00-\u9fff]{2,10}?(?:社|网|網|报|報))(?:(?:[驻駐][\u4e00-\u9fff]{1,4}?)?(?:记者|記者)(?:[\u4e00-\u9fff·]{2,4}?)?(?:\d{1,2}月)?\d{1,2}日[\u4e00-\u9fff]{2,4}?[专專特]?[电電]|(?:\d{1,2}月)?\d{1,2}日[专專特][讯訊])》\s*/;

/**
 * `【某代快报讯】`, `【某公报讯】`, `【某某周报专讯】`: a name of three characters or more ending in 报 as a
 * document's kind does, 讯 after it: a paper's dateline (a kind's label takes no 讯; `【快报讯】`, a kind
 * alone, is none).
 */
const isPaperDateline = (name: string, after: string | undefined): boolean =>
  after !== undefined && after !== "消息" && name.length >= 3 && /[报報]$/.test(name);

/** {@link BRACKETED_OUTLET}: its length and the outlet; else undefined. */
function bracketedOutletName(
  text: string,
): { length: number; outlet: string; outletAt: number } | undefined {
  const m = BRACKETED_OUTLET.exec(text);
  const name = m?.[1];
  // (A name of two characters, `某报`, only with its 讯 after it: `【某報專訊】`; `【日报】` alone is a kind.)
  if (
    m === null ||
    name === undefined ||
    !(isNamedOutlet(name) || m[2] !== undefined) ||
    (NO_BRACKETED_OUTLET.test(name) && !isPaperDateline(name, m[2]))
  )
    return undefined;
  return { length: m[0].length, outlet: name, outletAt: m[0].indexOf(name) };
}

/** A dated `消息` with nothing after it (the report's words run straight on). */
const RUN_ON_MESSAGE = /日消息$/;

/**
 * `(安康新网讯 记者 王某)`, `（某州日报讯 记者 王某 通讯员 李某）`, `【某某网3月5日讯 记者 张某】`: an
 * outlet's dateline and its reporter's credit (a role, then names; no clause or sentence) in one pair
 * of brackets opening the report: its length and the outlet; else undefined.
 */
function bracketedDateline(
  text: string,
): { length: number; outlet: string; outletAt: number } | undefined {
  const dispatch = BRACKETED_DISPATCH.exec(text);
  if (dispatch !== null)
    return { length: dispatch[0].length, outlet: dispatch[1] as string, outletAt: 1 };
  const m = BRACKETED_DATELINE.exec(text);
  if (m === null) return undefined;
  const inner = NEWS_DATELINE.exec(m[1] as string);
  if (inner?.[1] === undefined || inner[0].length !== (m[1] as string).length) return undefined;
  return { length: m[0].length, outlet: inner[1], outletAt: 1 };
}
/**
 * `（某央社記者張某某台北27日電）`, `(某某社台北29日電)`: a news agency's dispatch in brackets opening the
 * report, its reporter's name perhaps after the agency, then the place and the day (no month, as
 * agencies of Taiwan print it) and 电: group 1 the agency's name (two to four Han characters and 社).
 */
const BRACKETED_DISPATCH =
  /^[（(]\s*((?![本我])[\u4e00-\u9fff]{2,4}社)(?:[记記]者[\u4e00-\u9fff]{2,4}?)?[\u4e00-\u9fff]{2,4}?\d{1,2}日[专專特]?[电電]\s*[）)]\s*/;
const BRACKETED_DATELINE =
  /^[（(【]\s*([^（）()【】，,。；;]{2,24}?[讯訊电電]\s*)(?:记者|記者|通讯员|通訊員)[^（）()【】，,。；;：:]{1,24}[）)】]\s*/;

/**
 * `南都讯记者王某`, `某潮讯（记者 王某）`: an outlet's short name (two to six Han characters, no
 * `本…`/`我…`) before 讯, its reporter's credit right after: the credit makes it a dateline.
 */
const NAMED_BY_REPORTER =
  /^((?![本我])[\u4e00-\u9fff]{2,6}?)[讯訊]\s*(?=(?:[（(]\s*)?(?:记者|記者|通讯员|通訊員))/;
/**
 * `掌上春城讯3月23日，记者从…`: a brand's name (four to six Han characters, an app's or a site's that
 * ends as no outlet's name does, no `本…`/`我…`) before 讯, the day opening the report's first clause
 * right after it: the name is the outlet's. A shorter name before 讯 may be a place's (`昆明讯3月23日，`),
 * and a day that runs on into no clause (`某某讯3月23日电`) is no such opening.
 */
const NAMED_BEFORE_DAY = /^((?![本我])[\u4e00-\u9fff]{4,6})[讯訊](?=\d{1,2}月\d{1,2}日[，,])/;
/**
 * `某某之窗讯 前8月，…`, `某某之窗讯今年以来，…`: the same brand's name before 讯, the report's opening
 * clause right after it (a space perhaps between), the time it reports on or its source
 * ({@link OPENING_CLAUSE}: `前8月`, `今年以来`, `据统计`); group 1 the name, group 2 the clause. A
 * word ending in 讯 is none ({@link NO_OUTLET_NAME}), nor is a clause of other words (`某某讯称，…`).
 */
const NAMED_BEFORE_CLAUSE =
  /^((?![本我])[\u4e00-\u9fff]{4,6})[讯訊][ \u3000]*([^，,\s]{2,12})[，,]/;
/**
 * `中经联播10月11日齐齐哈尔讯（记者 魏某 通讯员 王某）`: an outlet's name (two to eight Han characters; no
 * `本…`, `我…` or a word of time, `今年`, `近日`), its day, its place (two to eight Han characters) and 讯,
 * the reporter's credit in brackets right after it: the name is the outlet (group 1). Without the
 * credit (`今年10月11日某市讯`, words of a sentence) it is none.
 */
const NAME_DAY_PLACE_DATELINE =
  /^((?![本我今昨前去近当當])[\u4e00-\u9fff]{2,8}?)\d{1,2}月\d{1,2}日[\u4e00-\u9fff]{2,8}?[讯訊]\s*(?=[（(]\s*(?:记者|記者|通讯员|通訊員))/;
/**
 * What such a name is not: a word that ends in 讯 itself (`快讯`, `简讯`, `资讯`, `喜讯`, `电讯`,
 * `通讯`, `短讯`, `视讯`), or a place alone (`某州讯`, `某县讯`: a place's dateline names no outlet).
 */
const NO_OUTLET_NAME = /(?:快|简|簡|资|資|喜|电|電|通|短|视|視|[市县縣区區省州镇鎮乡鄉村])$/;

/** `某某新闻网10月23日讯`: an outlet's dateline with its date before 讯 or 电. */
const DATED_DATELINE =
  /^[\u4e00-\u9fff]{1,12}(?:网|網|报|報|台|社)\d{1,2}月\d{1,2}日[讯訊电電](?![员員])/;

/**
 * `今年以來,我市各級各部門按照市安委會的統` / `一部署,…。`, `滨州日报/滨州网滨州讯(通讯员…)7月12日至16日,`: the
 * first line of a paragraph (a PDF's page width broke it): it opens with the clause a report's
 * first sentence opens with ({@link OPENING_CLAUSE}) or with a news dateline and its clause; no
 * headline, whatever the width of the line.
 */
export function opensParagraph(text: string): boolean {
  const comma = text.indexOf("，");
  if (comma >= 2 && comma <= 14 && OPENING_CLAUSE.test(text.slice(0, comma))) return true;
  // `某某新闻网10月23日讯（通讯员…）`: an outlet's dated dateline.
  if (DATED_DATELINE.test(text)) return true;
  const dateline = newsDateline(simplified(text));
  return (
    dateline !== undefined &&
    // Text after the dateline, or its reporter's bracket or date (`某网10月23日讯（通讯员…）`; a
    // name such as `政务资讯` alone is none).
    (dateline.length < text.length || /[（(]|\d月\d{1,2}日/.test(text)) &&
    (comma < 0 || dateline.length < comma)
  );
}

/**
 * `…累计完成99552万` / `元，占年初预算…`: a figure broken over the first two lines (its number, or
 * its number and scale, closing the first; the rest of it up to its unit or `%` opening the next),
 * so the first line is part of a paragraph, no headline.
 */
export function splitsFigure(first: string, next: string): boolean {
  const last = first.charAt(first.length - 1);
  if (!/[\d.万亿萬億]/.test(last) || !/\d[.万亿萬億]?$/.test(first)) return false;
  // The rest of the figure up to its unit: `元`, `36件`, `5%`, `.6亿元` (not `22年`: a year).
  return /^\d*(?:\.\d*)?[万亿萬億]?(?:[%％]|[元件个個项項人户戶家吨噸辆輛次起条條笔筆宗台亩畝])/.test(
    next,
  );
}

/**
 * `主办单位:某市生态环境局`, `… 鄂ICP备…号 主办单位：某区统计局 联系电话：…`, `主办:某某晚报社 运营管理:…`
 * (the short label among the footer's other fields, {@link FOOTER_FIELD_AFTER}): the body a government
 * site's footer names as its host, alone on its line or among the footer's fields (parted by
 * spaces or bars, or glued on after a record's number: `…备案证书编号42071499007-00001主办单位：…`);
 * group 1 `单位` where the label prints it (or `部门`, `机关`: `主办部门：某局办公室`), group 2 the run of Han characters (and brackets) after
 * the label, the name and perhaps the next field's label glued on (`某市生态环境局联系人`: the name is
 * the run's longest head that ends as an office's). Asked of the page's lines the filter dropped, and
 * of the text's last lines, from the last. Near-misses: `主办单位为某局` (no colon: a sentence), a
 * label run into words before it (`本次活动主办单位：…`, a Han character before the label).
 */
const FOOTER_HOST =
  /(?:^|[\s|｜\d号])主办(单位|部门|机关)?\s*[：:]\s*([\u4e00-\u9fff（）()]{4,40})/;
/**
 * A footer's other fields after a host under the short label `主办:` (`主办:某某晚报社 运营管理:…
 * 版权所有©…`, `主办：某局 承办：某中心`): what tells a site's footer from an event's organiser.
 */
const FOOTER_FIELD_AFTER = /承办|协办|运营|版权所有|技术支持|ICP备|公网安备/;
/**
 * `版权所有:某局`, `技术支持：某公司`, `承办:某中心`, `ICP备案: 某ICP备…号`: a footer's field opening its own
 * line, beside a host's line `主办:某局` when the footer prints its fields one a line. Not a sentence
 * (`技术支持由各部门提供`: no colon after the label).
 */
const FIELD_LINE =
  /^(?:(?:承办|协办|运营|版权所有|技术支持)[^：:。，]{0,6}[：:]|.{0,12}(?:ICP备|公网安备))/;
/** Most input units (line breaks, spaces) between two lines {@link besides} takes for neighbours. */
const MAX_LINE_GAP = 6;

/** Whether lines `a` and `b` stood next to each other in the input (only blanks between them). */
function besides(a: TextLine, b: TextLine): boolean {
  const aFrom = offsetAt(a, 0);
  const bFrom = offsetAt(b, 0);
  const aTo = offsetAt(a, a.text.length - 1);
  const bTo = offsetAt(b, b.text.length - 1);
  if (aFrom === undefined || bFrom === undefined || aTo === undefined || bTo === undefined)
    return false;
  return (
    (bFrom > aTo && bFrom - aTo <= MAX_LINE_GAP) || (aFrom > bTo && aFrom - bTo <= MAX_LINE_GAP)
  );
}
/** A footer field's label the repair may glue to the host's name (`某市统计局承办：…`). */
const GLUED_FIELD = /承办|协办|运营|技术支持/;
/**
 * A government's general office (`某市人民政府办公室`, `某省人民政府办公厅`, `某县政府办公室`): the
 * host of a portal that carries every department's pages, so the publisher of none of them.
 */
const PORTAL_HOST = /(?:人民政府|政府)办公[室厅]$/;

/**
 * The body a site's footer names as its host ({@link FOOTER_HOST}: the longest head of the run
 * after the label that is an office's name, {@link isOrg}; not a portal's general office,
 * {@link PORTAL_HOST}), read from the last of `lines` up; undefined when none names one. Under the
 * short label `主办:` the footer's other fields are on its line, or open the line beside it among
 * `fields` ({@link FIELD_LINE}: `主办:某局` / `版权所有:某局`, the page's lines the filter dropped
 * included); else the site's owner under `版权所有：` ({@link copyrightHolder}). Read last of all, when
 * nothing else names the publisher.
 */
export function footerHost(
  lines: readonly TextLine[],
  fields: readonly TextLine[] = lines,
): string | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = (lines[i] as TextLine).text;
    if (text.length > 300 || !text.includes("主办")) continue;
    const m = FOOTER_HOST.exec(text);
    const whole = m?.[2];
    if (m === null || whole === undefined) continue;
    // `某市统计局承办：…`: the next field's label the repair glued to the name is none of it.
    const glued = whole.slice(4).search(GLUED_FIELD);
    const run = glued < 0 ? whole : whole.slice(0, glued + 4);
    // `主办:` without 单位 names a site's host only among the footer's other fields, on its line or
    // opening the line beside it (`主办:某局` / `版权所有:某局`).
    if (
      m[1] === undefined &&
      !FOOTER_FIELD_AFTER.test(text.slice(m.index + m[0].length - whole.length + 4)) &&
      !fields.some((f) => FIELD_LINE.test(f.text) && besides(lines[i] as TextLine, f))
    )
      continue;
    for (let end = run.length; end >= 4; end--) {
      const name = run.slice(0, end);
      if (isOrg(name)) return PORTAL_HOST.test(name) ? undefined : name;
    }
    // `主办:某某晚报社`: a paper's publishing house hosts its digital edition.
    for (let end = run.length; end >= 4; end--)
      if (PAPER_HOUSE.test(run.slice(0, end))) return run.slice(0, end);
  }
  return copyrightHolder(lines);
}

/**
 * `版权所有:某某日报社 技术支持:…`, `…All Rights Reserved.版权所有:某县融媒体中心`: the body a site's footer
 * names as the owner of its rights (group 1: the run of Han characters after the label), the label at
 * the line's start or after a space, a bar, a digit or a stop (not a sentence's words: `本书版权所有：`).
 */
const COPYRIGHT_HOLDER = /(?:^|[\s|｜\d.。])版权所有\s*[：:]\s*([\u4e00-\u9fff（）()]{4,40})/;
/** A footer field's label the repair may glue to the owner's name (`某局主办部门：…`). */
const GLUED_HOLDER_FIELD = /主办|承办|协办|运营|技术支持|地址|电话/;
/** A firm (`某某网络工作室`, `某某科技有限公司`): a site's builder or a mirror's owner, no publisher. */
const FIRM = /(?:公司|工作室)$/;
/** A government (`某市人民政府`, `某县政府`): a portal's owner, which carries every department's pages. */
export const GOVERNMENT = /政府$/;

/**
 * The owner a site's footer names ({@link COPYRIGHT_HOLDER}) among `lines`, read from the last up: the
 * longest head of the run that is a paper's publishing house ({@link PAPER_HOUSE}), an outlet
 * ({@link isNamedOutlet}) or an office ({@link isOrg}); not a government or its general office (a
 * portal's, {@link GOVERNMENT}, {@link PORTAL_HOST}) nor a firm ({@link FIRM}). Asked when no host is named.
 */
function copyrightHolder(lines: readonly TextLine[]): string | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = (lines[i] as TextLine).text;
    if (text.length > 300 || !text.includes("版权所有")) continue;
    const whole = COPYRIGHT_HOLDER.exec(text)?.[1];
    if (whole === undefined) continue;
    // `某局主办部门：…`: the next field's label the repair glued to the name is none of it.
    const glued = whole.slice(2).search(GLUED_HOLDER_FIELD);
    const run = glued < 0 ? whole : whole.slice(0, glued + 2);
    for (let end = run.length; end >= 4; end--) {
      const name = run.slice(0, end);
      if (PAPER_HOUSE.test(name) || isNamedOutlet(name) || isOrg(name))
        return GOVERNMENT.test(name) || PORTAL_HOST.test(name) || FIRM.test(name)
          ? undefined
          : name;
    }
  }
  return undefined;
}
/** `某某晚报社`, `某某日報社`: a paper's publishing house. */
const PAPER_HOUSE = /^[\u4e00-\u9fff]{2,12}[报報]社$/;
