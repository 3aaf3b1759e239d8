import type { Department } from "@bulletin/schema";

type Row = readonly [
  id: string,
  name: string,
  shortName: string | undefined,
  aliases?: readonly string[],
];

/** Sichuan provincial bodies: the form 四川 bulletins use as `shortName`, others as aliases. */
const SICHUAN: readonly Row[] = [
  [
    "provincial-service-center",
    "四川省政府政务服务和公共资源交易服务中心",
    "省中心",
    ["省政务服务和公共资源交易服务中心", "四川省政务服务和公共资源交易服务中心"],
  ],
  [
    "provincial-government-general-office",
    "四川省人民政府办公厅",
    "省政府办公厅",
    ["四川省政府办公厅"],
  ],
  [
    "development-reform",
    "四川省发展和改革委员会",
    "省发展改革委",
    ["四川省发展改革委", "省发改委"],
  ],
  ["education", "四川省教育厅", "教育厅", ["省教育厅", "四川省教育厅"]],
  ["science-technology", "四川省科学技术厅", "科技厅", ["省科技厅", "四川省科技厅"]],
  [
    "economy-informatization",
    "四川省经济和信息化厅",
    "经济和信息化厅",
    ["省经济和信息化厅", "省经信厅", "经信厅"],
  ],
  ["ethnic-religious-affairs", "四川省民族宗教事务委员会", "省民族宗教委", ["省民宗委"]],
  ["public-security", "四川省公安厅", "公安厅", ["省公安厅"]],
  ["civil-affairs", "四川省民政厅", "民政厅", ["省民政厅"]],
  ["justice", "四川省司法厅", "司法厅", ["省司法厅"]],
  ["finance", "四川省财政厅", "财政厅", ["省财政厅"]],
  [
    "human-resources-social-security",
    "四川省人力资源和社会保障厅",
    "人力资源社会保障厅",
    ["省人力资源社会保障厅", "省人社厅", "人社厅"],
  ],
  ["natural-resources", "四川省自然资源厅", "自然资源厅", ["省自然资源厅"]],
  ["ecology-environment", "四川省生态环境厅", "生态环境厅", ["省生态环境厅"]],
  [
    "housing-urban-rural",
    "四川省住房和城乡建设厅",
    "住房城乡建设厅",
    ["省住房城乡建设厅", "省住建厅", "住建厅"],
  ],
  ["transport", "四川省交通运输厅", "交通运输厅", ["省交通运输厅"]],
  ["water-resources", "四川省水利厅", "水利厅", ["省水利厅"]],
  ["agriculture-rural", "四川省农业农村厅", "农业农村厅", ["省农业农村厅"]],
  ["commerce", "四川省商务厅", "商务厅", ["省商务厅"]],
  [
    "culture-tourism",
    "四川省文化和旅游厅",
    "文化和旅游厅",
    ["省文化和旅游厅", "省文旅厅", "文旅厅"],
  ],
  ["health", "四川省卫生健康委员会", "省卫生健康委", ["省卫健委"]],
  ["veterans-affairs", "四川省退役军人事务厅", "退役军人事务厅", ["省退役军人事务厅"]],
  ["emergency-management", "四川省应急管理厅", "应急管理厅", ["省应急管理厅", "省应急厅"]],
  ["audit", "四川省审计厅", "审计厅", ["省审计厅"]],
  ["foreign-affairs", "四川省人民政府外事办公室", "省政府外办", ["省外办"]],
  ["state-assets", "四川省政府国有资产监督管理委员会", "省政府国资委", ["省国资委"]],
  ["market-regulation", "四川省市场监督管理局", "省市场监管局", ["四川省市场监管局"]],
  ["radio-television", "四川省广播电视局", "省广电局", ["省广播电视局"]],
  ["sports-bureau", "四川省体育局", "省体育局"],
  ["statistics", "四川省统计局", "省统计局"],
  ["healthcare-security", "四川省医疗保障局", "省医保局", ["省医疗保障局"]],
  [
    "government-offices-administration",
    "四川省机关事务管理局",
    "省机关事务管理局",
    ["省机关事务局"],
  ],
  ["forestry-grassland", "四川省林业和草原局", "省林草局", ["四川省林草局", "省林业和草原局"]],
  ["medical-products-administration", "四川省药品监督管理局", "省药监局", ["省药品监督管理局"]],
  ["grain-reserves", "四川省粮食和物资储备局", "省粮食和储备局"],
  ["energy", "四川省能源局", "省能源局"],
  ["petition", "四川省信访局", "省信访局"],
  ["big-data-center", "四川省大数据中心", "省大数据中心"],
  ["supply-marketing-cooperative", "四川省供销合作社联合社", "省供销社", ["省供销合作社"]],
  ["ccpit-sichuan", "中国国际贸易促进委员会四川省委员会", "省贸促会", ["四川省贸促会"]],
  [
    "provincial-npc-standing-committee",
    "四川省人民代表大会常务委员会",
    "省人大常委会",
    ["四川省人大常委会"],
  ],
  ["provincial-cppcc", "中国人民政治协商会议四川省委员会", "省政协", ["四川省政协"]],
  ["chengdu-customs", "中华人民共和国成都海关", "成都海关"],
  ["sichuan-tax-service", "国家税务总局四川省税务局", "四川省税务局", ["省税务局"]],
  ["panzhihua-east-district-approval-bureau", "攀枝花市东区行政审批局", "攀枝花东区行政审批局"],
];

/** National bodies, by the short forms the State Council itself uses. */
const NATIONAL: readonly Row[] = [
  ["state-council-general-office", "国务院办公厅", undefined],
  ["ndrc", "国家发展和改革委员会", "国家发展改革委", ["国家发改委"]],
  ["moe", "中华人民共和国教育部", "教育部"],
  ["most", "中华人民共和国科学技术部", "科技部"],
  ["miit", "中华人民共和国工业和信息化部", "工业和信息化部", ["工信部"]],
  ["mps", "中华人民共和国公安部", "公安部"],
  ["mca", "中华人民共和国民政部", "民政部"],
  ["moj", "中华人民共和国司法部", "司法部"],
  ["mof", "中华人民共和国财政部", "财政部"],
  ["mohrss", "中华人民共和国人力资源和社会保障部", "人力资源社会保障部", ["人社部"]],
  ["mnr", "中华人民共和国自然资源部", "自然资源部"],
  ["mee", "中华人民共和国生态环境部", "生态环境部"],
  ["mohurd", "中华人民共和国住房和城乡建设部", "住房城乡建设部", ["住建部"]],
  ["mot", "中华人民共和国交通运输部", "交通运输部"],
  ["mwr", "中华人民共和国水利部", "水利部"],
  ["moa", "中华人民共和国农业农村部", "农业农村部"],
  ["mofcom", "中华人民共和国商务部", "商务部"],
  ["mct", "中华人民共和国文化和旅游部", "文化和旅游部"],
  ["nhc", "中华人民共和国国家卫生健康委员会", "国家卫生健康委", ["国家卫健委"]],
  ["mem", "中华人民共和国应急管理部", "应急管理部"],
  ["nao", "中华人民共和国审计署", "审计署"],
  ["sasac", "国务院国有资产监督管理委员会", "国务院国资委"],
  ["gacc", "中华人民共和国海关总署", "海关总署"],
  ["sta", "国家税务总局", undefined],
  ["samr", "国家市场监督管理总局", "市场监管总局"],
  ["nrta", "国家广播电视总局", "广电总局"],
  ["gas", "国家体育总局", "体育总局"],
  ["nbs", "国家统计局", undefined],
  ["nhsa", "国家医疗保障局", "国家医保局"],
  ["nda", "国家数据局", undefined],
  ["nfga", "国家林业和草原局", "国家林草局"],
  ["nmpa", "国家药品监督管理局", "国家药监局"],
  ["cnipa", "国家知识产权局", undefined],
];

const toDepartment = ([id, name, shortName, aliases]: Row): Department =>
  Object.freeze({
    id,
    name,
    ...(shortName === undefined ? {} : { shortName }),
    ...(aliases === undefined
      ? {}
      : { aliases: Object.freeze(aliases.filter((a) => a !== name)) as string[] }),
  });

/**
 * The department dictionary the parser reads names with: the bodies of the Sichuan provincial
 * government (and a few others 四川 bulletins name) and the national ministries, each with a
 * stable kebab-case `id`, its full `name`, the `shortName` bulletins use (`省林草局`,
 * `经济和信息化厅`) and other forms as `aliases`. Frozen; extend it by passing your own
 * departments in `options.departments` (they take precedence over these).
 *
 * @example
 * ```ts
 * knownDepartments.find((d) => d.shortName === "省林草局")?.name;
 * //=> "四川省林业和草原局"
 * ```
 */
export const knownDepartments: readonly Department[] = Object.freeze([
  ...SICHUAN.map(toDepartment),
  ...NATIONAL.map(toDepartment),
]);

/** The ids of {@link knownDepartments}' Sichuan bodies. */
export const SICHUAN_IDS: ReadonlySet<string> = new Set(SICHUAN.map(([id]) => id));

/**
 * Sichuan and its cities and prefectures (市, 州): a text naming none of them is from elsewhere, and its
 * `省统计局` or `省卫生健康委` is its own province's, not Sichuan's.
 */
const SICHUAN_PLACES =
  /四川|成都|自贡|攀枝花|泸州|德阳|绵阳|广元|遂宁|内江|乐山|南充|眉山|宜宾|广安|达州|雅安|巴中|资阳|阿坝|甘孜|凉山/;

/** Whether a text names Sichuan or one of its cities (see {@link SICHUAN_PLACES}). */
export const namesSichuan = (text: string): boolean => SICHUAN_PLACES.test(text);
