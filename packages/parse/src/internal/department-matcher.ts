import type { Department } from "@bulletin/schema";
import { isHan, oneOf } from "./chars";

/** A department name found in text. */
export interface DepartmentMatch {
  /** The department (from the dictionary), or a new one named by the text when `guessed`. */
  department: Department;
  /** The form the text uses. */
  form: string;
  guessed: boolean;
}

/** A trie node, keyed by UTF-16 code unit (no one-character strings on the hot path). */
interface Node {
  next: Map<number, Node>;
  department?: Department;
}

/** After a name that ends in 部, a character that makes it another word: 部门, 部署, 部分. */
const NOT_AFTER_BU = "门署队位分属";

/** Before 省, a character that makes it 全省, 本省, 各省… rather than a department's 省. */
const NOT_BEFORE_PROVINCE = "全本各外跨该我兄节反自检邻他分";

/** Words a department name never holds: a name that reaches one is a sentence. */
const STOP = "的在和与及等对向将把从为了是于由被并以到赴同";

/**
 * The prefixes of a city's, district's or county's own departments as its bulletins write them
 * (`市公安局`, `区行政审批局`, `县政府办公室`). Taken only where a name can start: at the start of
 * the text, after punctuation or after one of the {@link STOP} words (`由市数据局`), never inside
 * a word (`全市`, `城市`, `（市）`).
 */
const LOCAL = "市区县";

/** Cities and prefectures of 四川, for `达州市林业局`-shaped names. */
const CITIES = [
  "成都",
  "自贡",
  "攀枝花",
  "泸州",
  "德阳",
  "绵阳",
  "广元",
  "遂宁",
  "内江",
  "乐山",
  "南充",
  "眉山",
  "宜宾",
  "广安",
  "达州",
  "雅安",
  "巴中",
  "资阳",
  "阿坝",
  "甘孜",
  "凉山",
];

/**
 * The bodies of the departments every province, city, district and county has, as their full
 * names write them after the place (`辛集市` + `市场监督管理局`, `湖南省` + `发展和改革委员会`).
 * A place of two to four characters with its level (`省市县区州盟旗`) followed by one of these is
 * a department of that place, in any province.
 */
const BODIES = [
  "人民政府办公厅",
  "人民政府办公室",
  "政府办公室",
  "发展和改革委员会",
  "发展改革委",
  "教育局",
  "教育和体育局",
  "科学技术局",
  "工业和信息化局",
  "公安局",
  "民政局",
  "司法局",
  "财政局",
  "人力资源和社会保障局",
  "自然资源局",
  "自然资源和规划局",
  "生态环境局",
  "住房和城乡建设局",
  "交通运输局",
  "水利局",
  "水务局",
  "农业农村局",
  "商务局",
  "文化和旅游局",
  "文化广电旅游局",
  "卫生健康委员会",
  "卫生健康委",
  "退役军人事务局",
  "应急管理局",
  "审计局",
  "市场监督管理局",
  "市场监管局",
  "统计局",
  "医疗保障局",
  "林业局",
  "林业和草原局",
  "行政审批局",
  "行政审批服务局",
  "政务服务管理局",
  "政务服务和大数据管理局",
  "政务服务中心",
  "数据局",
  "大数据局",
  "城市管理局",
  "综合行政执法局",
  "税务局",
  "信访局",
  "民族宗教事务委员会",
  "公共资源交易中心",
];
const PLACE_LEVEL = "省市县区州盟旗";

/** Character classes of the matcher, one byte a UTF-16 code unit, so a test is one load. */
const HAN = 1;
const STOP_WORD = 2;
const NOT_PROVINCE_BEFORE = 4;
const LOCAL_LEVEL = 8;
const CITY_INITIAL = 16;
const BODY_INITIAL = 32;
const LEVEL = 64;
const FLAGS = new Uint8Array(65536);
for (let c = 0x4e00; c <= 0x9fff; c++) FLAGS[c] = HAN;
for (let c = 0x3400; c <= 0x4dbf; c++) FLAGS[c] = HAN;
for (let c = 0xf900; c <= 0xfaff; c++) FLAGS[c] = HAN;
FLAGS[0x3007] = HAN;
const mark = (chars: string, flag: number): void => {
  for (let k = 0; k < chars.length; k++) {
    const c = chars.charCodeAt(k);
    FLAGS[c] = (FLAGS[c] as number) | flag;
  }
};
mark(STOP, STOP_WORD);
mark(NOT_BEFORE_PROVINCE, NOT_PROVINCE_BEFORE);
mark(LOCAL, LOCAL_LEVEL);
mark(CITIES.map((c) => c.charAt(0)).join(""), CITY_INITIAL);
mark(BODIES.map((b) => b.charAt(0)).join(""), BODY_INITIAL);
mark(PLACE_LEVEL, LEVEL);
/**
 * The flags of `text[i]`; 0 outside the text (`charCodeAt` gives NaN there, read as unit 0, which
 * has none: a typed array read with a NaN key takes V8's slow path, for every later read too).
 */
const flagsAt = (text: string, i: number): number => FLAGS[text.charCodeAt(i) | 0] as number;

/** Whether a name may start at `i`: not inside a word (after a mark, or after a {@link STOP} word). */
const boundaryAt = (text: string, i: number): boolean => {
  const before = flagsAt(text, i - 1);
  return (before & HAN) === 0 || (before & STOP_WORD) !== 0;
};

/**
 * Whether `match(text, i, true)` of the matcher whose {@link DepartmentMatcher.firsts} is
 * `firsts` may find a name at `i` (`code` the unit there): a dictionary name's first unit, or
 * Han text that may start a guessed name (省, a city's name before its level, or a Han character
 * where a name can start and a guess can follow: see `guess`). Most positions fail these table
 * loads; a reader scanning text calls `match` only where this holds. It never says no where
 * `match` would find a name (the guess takes no other shape).
 */
export function mayStartAt(firsts: Uint8Array, text: string, i: number, code: number): boolean {
  if (firsts[code] === 1) return true;
  const f = (FLAGS[code] as number) | 0;
  if ((f & HAN) === 0) return false;
  if (code === 0x7701 /* 省 */) return true;
  // A city's name (two or three units) then its `市` or `州`: a level two or three units on.
  // (A city's first character is common in words: `完成`, `自然`, `内容`, `资金`.)
  if ((f & CITY_INITIAL) !== 0 && ((flagsAt(text, i + 2) | flagsAt(text, i + 3)) & LEVEL) !== 0)
    return true;
  if (!boundaryAt(text, i)) return false;
  // Any other Han unit after a boundary starts a guess only as a local level (`市X局`) or as the
  // place of `<place><level><body>` ({@link placeDepartmentEnd}): a level two to four units on
  // and a body's first unit after it. Most words after a mark are neither, and cost no call.
  return (f & LOCAL_LEVEL) !== 0 || levelThenBodyAhead(text, i);
}

/** Whether a level (`省市县区州盟旗`) then a body's first unit stand 2 to 4 units after `i`. */
function levelThenBodyAhead(text: string, i: number): boolean {
  for (let len = 2; len <= 4; len++) {
    if ((flagsAt(text, i + len) & LEVEL) !== 0 && (flagsAt(text, i + len + 1) & BODY_INITIAL) !== 0)
      return true;
  }
  return false;
}

/**
 * Whether `text[i]` (`code`) is a Han unit where {@link mayStartAt} says no name starts: inside a
 * word. Nothing else a reader looks for opens with a Han unit either (a figure, a sign, a title's
 * or a quotation's mark), so a reader scanning text passes such a unit with this one test.
 */
export function insideWord(firsts: Uint8Array, text: string, i: number, code: number): boolean {
  return ((FLAGS[code] as number) & HAN) !== 0 && !mayStartAt(firsts, text, i, code);
}

/**
 * Finds department names: the longest dictionary form at a position (trie), else a name shaped
 * like one (`省X局`, `省X厅`, `省X委`, `省X办公室`, `市X局`, `区X局`, `达州市X局`) that the caller
 * may want to check.
 */
export class DepartmentMatcher {
  private readonly root: Node = { next: new Map() };
  /** 1 for the code units a dictionary name starts with (see {@link mayStartAt}). */
  readonly firsts = new Uint8Array(65536);
  private readonly guessedByName = new Map<string, Department>();
  private readonly takenIds: Set<string>;
  private guessedCount = 0;

  constructor(departments: readonly Department[]) {
    this.takenIds = new Set(departments.map((d) => d.id));
    for (const d of departments) {
      for (const form of [d.name, d.shortName, ...(d.aliases ?? [])]) {
        if (form !== undefined && form.length >= 2) this.add(form, d);
      }
    }
  }

  private add(form: string, department: Department): void {
    this.firsts[form.charCodeAt(0)] = 1;
    let node = this.root;
    for (let k = 0; k < form.length; k++) {
      const c = form.charCodeAt(k);
      let next = node.next.get(c);
      if (!next) {
        next = { next: new Map() };
        node.next.set(c, next);
      }
      node = next;
    }
    node.department ??= department;
  }

  /** The dictionary department whose name, short name or alias is exactly `text`. */
  lookup(text: string): Department | undefined {
    let node: Node | undefined = this.root;
    for (let k = 0; k < text.length; k++) {
      node = node.next.get(text.charCodeAt(k));
      if (!node) return undefined;
    }
    return node.department;
  }

  /** The department named at `text[i]`, if any. */
  match(text: string, i: number, guess: boolean): DepartmentMatch | undefined {
    const code = text.charCodeAt(i);
    // Most positions start no name: one table load each decides that.
    if (this.firsts[code] !== 1 && !(guess && mayStartAt(this.firsts, text, i, code)))
      return undefined;
    let node = this.root.next.get(code);
    // No dictionary name starts here: a guess, or none. (Asked once: {@link guess} itself tries a
    // place's department, a level's and a city's, each from cheap tests of the position.)
    if (!node) return guess ? this.guess(text, i) : undefined;
    let best: Department | undefined;
    let end = i;
    for (let j = i + 1; node; j++) {
      if (
        node.department &&
        !(text.charAt(j - 1) === "部" && oneOf(NOT_AFTER_BU, text.charAt(j)))
      ) {
        best = node.department;
        end = j;
      }
      node = node.next.get(text.charCodeAt(j));
    }
    if (best) return { department: best, form: text.slice(i, end), guessed: false };
    return guess ? this.guess(text, i) : undefined;
  }

  /** Whether a province's (`省`) or a local (`市`, `区`, `县`) department's short name may start at `i`. */
  private levelAt(text: string, i: number): boolean {
    const c = text.charCodeAt(i);
    if (c === 0x7701 /* 省 */) return (flagsAt(text, i - 1) & NOT_PROVINCE_BEFORE) === 0;
    return (flagsAt(text, i) & LOCAL_LEVEL) !== 0 && boundaryAt(text, i);
  }

  private cityAt(text: string, i: number): number {
    if ((flagsAt(text, i) & CITY_INITIAL) === 0) return 0;
    for (const city of CITIES) if (text.startsWith(city, i)) return city.length;
    return 0;
  }

  /** `省X局`, `市X局`, `达州市X局`-shaped names: up to 9 characters between the prefix and the suffix. */
  private guess(text: string, i: number): DepartmentMatch | undefined {
    const place = placeDepartmentEnd(text, i);
    if (place > 0) {
      // A known department inside is the name; what comes before it is other text.
      let inner = false;
      for (let j = i + 1; j < place && !inner; j++)
        inner = this.match(text, j, false) !== undefined;
      if (!inner) return this.guessed(text.slice(i, place));
    }
    let j: number;
    if (this.levelAt(text, i)) {
      // 市县…, 省市…, 市区…: two levels together name many departments or a place, not one.
      if (oneOf(`省${LOCAL}`, text.charAt(i + 1))) return undefined;
      j = i + 1;
    } else {
      const city = this.cityAt(text, i);
      if (city === 0) return undefined;
      j = i + city;
      const c = text.charAt(j);
      if (c === "市" || c === "州") j++;
      else return undefined;
    }
    const from = j;
    for (; j < text.length && j - from < 10; j++) {
      // By code (a `charAt` of a Han unit builds a string): Han text, none of the STOP words.
      const f = flagsAt(text, j);
      if ((f & HAN) === 0 || (f & STOP_WORD) !== 0) return undefined;
      // A known department inside is the name; what comes before it is other text.
      if (this.match(text, j, false)) return undefined;
      const end = suffixEnd(text, j, j - from);
      if (end > 0) return this.guessed(text.slice(i, end));
      if (end < 0) return undefined;
    }
    return undefined;
  }

  private guessed(name: string): DepartmentMatch {
    let department = this.guessedByName.get(name);
    if (!department) {
      let id: string;
      do id = `department-${++this.guessedCount}`;
      while (this.takenIds.has(id));
      this.takenIds.add(id);
      department = { id, name };
      this.guessedByName.set(name, department);
    }
    return { department, form: name, guessed: true };
  }
}

/**
 * The end of `<place><level><body>` at `text[i]` (`辛集市市场监督管理局`, `湖南省发展和改革委员会`),
 * or 0. Only where a name can start (not inside a word), and never from `全省`, `本市`, `各县`.
 */
function placeDepartmentEnd(text: string, i: number): number {
  if (!boundaryAt(text, i)) return 0;
  const first = flagsAt(text, i);
  if ((first & HAN) === 0 || (first & (NOT_PROVINCE_BEFORE | STOP_WORD)) !== 0) return 0;
  for (let len = 2; len <= 4; len++) {
    const c = flagsAt(text, i + len - 1);
    if ((c & HAN) === 0 || (c & STOP_WORD) !== 0) return 0;
    if ((flagsAt(text, i + len) & LEVEL) === 0) continue;
    if ((flagsAt(text, i + len + 1) & BODY_INITIAL) === 0) continue;
    for (const body of BODIES) {
      if (text.startsWith(body, i + len + 1)) return i + len + 1 + body.length;
    }
  }
  return 0;
}

/**
 * Whether a department suffix ends at `text[j]`: the end index, 0 for "not here", -1 for "a
 * suffix that makes this no department" (`大厅`, `委托`). `inner` is how many characters the
 * name has before it.
 */
function suffixEnd(text: string, j: number, inner: number): number {
  if (inner < 1) return 0;
  // The suffix by its code: most characters are none, and build no string to say so.
  switch (text.charCodeAt(j)) {
    case 0x5c40 /* 局 */:
      return oneOf("面势部限", text.charAt(j + 1)) && !text.startsWith("面向", j + 1) ? -1 : j + 1;
    case 0x5385 /* 厅 */:
      return oneOf("大客餐展门", text.charAt(j - 1)) ? -1 : j + 1;
    case 0x59d4 /* 委 */:
      if (text.startsWith("员会", j + 1)) return j + 3;
      return oneOf("托员屈婉派任", text.charAt(j + 1)) ? -1 : j + 1;
    case 0x529e /* 办 */:
      {
        if (text.startsWith("公室", j + 1)) return j + 3;
        const next = text.charAt(j + 1);
        return next === "" || !isHan(next) || oneOf("召组联会牵", next) ? j + 1 : -1;
      }
    default:
      return 0;
  }
}
