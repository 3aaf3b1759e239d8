import { safeParseChange, safeParsePointChange, safeParseQuantity } from "@bulletin/format";
import type { Metric } from "@bulletin/schema";
import { closesApproximately } from "./approximate-figure";
import { isDigitCode, isHanCode, isLatinCode, oneOf, oneOfCode, unitSet } from "./chars";
import { countsCouples } from "./couple-counts";
import { doubledPercentAt, singlePercents } from "./doubled-percent";
import {
  isMinusWordCode,
  MARKS_AFTER_UNIT,
  perHeadSpanAt,
  scaleReadingLength,
  unitReadingLength,
} from "./figure-readings";
import { lostSuperscriptUnit } from "./lost-superscript";
import { middleDotDecimals } from "./middle-dot-decimal";
import { CURRENCIES, perGoodsAt } from "./price-units";
import { bracketedTableChange, spacedSignedRate } from "./spaced-signed-rate";
import { stayDaysAt } from "./stay-days";
import { thousandScaleAt } from "./thousand-scales";
import { TRADITIONAL_UNITS } from "./traditional-units";

/**
 * Units a figure in running text may carry (longest first). `个百分点` is a change, not a unit.
 * Counts (件, 宗, 笔, 通 of calls…), and the measures statistics bulletins report (平方米 or ㎡,
 * 千瓦时, 吨 and 吨标准煤, 辆), kinds (种), rounds (轮次) and issues (期: `印发《督查快报》6期`; `第6期` is an ordinal),
 * cases (起, 例), places and people (所, 座, 处, 名), writings (篇, 张), lengths and areas (公里, 千米,
 * 立方米 or 立米, 公顷), power (千瓦), dollars (美元: `出口额12.3亿美元`) and times (天, 小时, 分钟, 秒, 个工作日:
 * `平均办结时间1.78天`; 毫秒: `响应时间70毫秒`; `7月8日` is a date, so 日 is none), categories (类), places in a ranking (位:
 * `上升了13位`; people too, `6位专家`), scores (分: `平均得分99.87分`; `8时30分` is a clock time), banners
 * and plaques (面, 块: `锦旗103面，牌匾5块`), areas and weights (平方公里, 公斤, 千克) and multiples (倍:
 * `是上年同期的2.3倍`). `3分20秒` is a time, not a score. Counts of rounds of a kind (批次, 架次, 车次,
 * 艘次, 台次, 场次, 班次; days over places, 天次: `发生重污染395天次`) like 人次. A unit over another (`吨/平方公里`) is read by
 * {@link PER_UNITS}. Measures of environment and weather bulletins (分贝, 毫米 of rain, 米, ℃ or
 * 摄氏度, 克), per mille (‰) and per hundred thousand (`/10万`), other currencies (欧元, 港元), power (兆瓦), and the counts of goods,
 * vessels, trees, books and buildings (艘, 架, 株, 棵, 本, 册, 箱, 瓶, 盒, 袋, 栋, 幢), and containers
 * counted in twenty-foot units (标准箱, 标箱: `集装箱吞吐量2908万标箱`; TEU: `611.67万TEU`). Counts of rounds
 * (`77.8万辆次`, `27家次`) and work over a distance (`1410亿人公里`, `4525亿吨公里`) are read from
 * these by {@link compoundAt}. Doses (剂, 针: `接种疫苗3.2亿剂`; `167472剂次` in rounds). Measures printed
 * as Latin symbols, as weather and engineering pages print them: lengths, areas and volumes (`降水量
 * 542.0mm`, `12.5km`, `15cm`, `3m`, `5km²` or `km2`, `m²`, `m³`), weights (`3.6kg`, `t`, `g`, `mg`),
 * power (`800kW`, `1.2kWh`, `MW`, `GW`, `kV`), times (`日照时数2375.3h`, `min`), amounts of data (`1626TB`,
 * `GB`, `PB`) and `-13.0°C`: kept as
 * printed (`°C` is ℃), and none where a letter, a digit, `/` or a superscript runs on after the
 * symbol (`1013hPa`, `120mmHg`, `60km/h`), but wind speeds as weather pages print them (`极大风速
 * 20.4m/s`). Floor areas in the short 方米 of property reports (`销售面积1.3亿方米`) and months a
 * fund's balance pays for (`可支付34.72个月`; `前5个月` is a span).
 */
const UNITS = [
  "摄氏度",
  "°C",
  "m/s",
  "方米",
  "个月",
  "kWh",
  // The kilowatt-hour in capitals, as plant and sanitation reports print it (`发电量654.0万KWH`): kept
  // as printed, as `kWh` is.
  "KWH",
  "kW",
  "kV",
  "MW",
  "GW",
  // Amounts of data, as 大数据 and 政务云 pages print them (`数据量1626TB`); telecom reports print
  // traffic with a small b (`移动互联网流量22亿Gb`), kept as printed.
  "PB",
  "TB",
  "GB",
  "Gb",
  // Parts per million, as air-quality pages print an emission standard (`由300 ppm降至50ppm`).
  "ppm",
  "mm",
  "cm",
  "km²",
  "km2",
  "km",
  "m²",
  "m³",
  "m2",
  "m3",
  "m",
  "kg",
  "mg",
  "g",
  "t",
  "min",
  "h",
  "剂",
  "针",
  // Measure words of kinds the list lacked: weights and lengths (斤, 厘米), animals (羽 of
  // poultry, 匹, 尾 of fish), things (盏 of lamps, 枚, 支, 根, 顶, 卷, 部, 间 of rooms), groups (组),
  // sections and wells (段, 眼), trains and runs (列, 趟), sessions and rounds (届, 轮), pounds (英镑).
  "厘米",
  "英镑",
  // Hours of teaching (学时, 课时), packs (包), kilowatt hours as 度 (`用电量12.5亿度`), and a count in
  // rounds printed with a dot (`1200人·次`).
  // Cut flowers and pens (枝: `鲜切花产量2090.7万枝`), fireworks seized (筒), seats of a ranking (席:
  // `前20名四川占7席`), things in 把 where a mark follows (`刀具62把、`; see readMetric), and the
  // classes and items of a catalogue (`8大类、56小类`, `6大项37小项考核指标`).
  "大类",
  "小类",
  "大项",
  "小项",
  "枝",
  "筒",
  "席",
  "把",
  "学时",
  "课时",
  "人·次",
  "包",
  "度",
  "斤",
  // Measures of other trades' reports: man-days of labour (`投劳1226.2万工日`), floor areas in the
  // short 平米 (`治理面积604.7万平米`), livestock counted in heads of both kinds (`牲畜3.66万头只`),
  // mushroom logs (`香菇55万棒`), truckloads and vehicles sent (`清理堆物91车`, `力量20车、160人`; not
  // `3车道`, `2车间`), points monitored in rounds (`监测312点次`, `點次` in a converted copy), and
  // cities and counties counted bare (`全国168城市`, `96县（市、区）`; not `3县级`, `2县区`, a hotline's
  // `1999縣民服務專線`; whole numbers only, see readMetric).
  "工日",
  "平米",
  "头只",
  "棒",
  "车",
  "点次",
  "城市",
  "县",
  // Grades and magnitudes with a decimal (`舒适度指数为2.7级`, `4.5级地震`): a whole grade (`3级`,
  // `1级响应`) is a rank or a tier, and stays text (see readMetric).
  "级",
  "羽",
  "匹",
  "尾",
  "盏",
  "枚",
  "支",
  "根",
  "顶",
  "卷",
  "部",
  "间",
  "组",
  "段",
  "眼",
  // Stations, as groundwater, hydrology and weather reports count the ones monitored (`松遼平原 537 站`,
  // `共100縣2453站降雨超過50毫米`); rounds of them (`报送179站次`) are read by {@link compoundAt}.
  "站",
  "列",
  "趟",
  "届",
  "轮",
  // Banners and courses, doors and things in pairs, classes and lectures (幅, 道, 扇, 门, 颗, 双, 班, 节, 堂).
  "幅",
  "道",
  "扇",
  "门",
  "颗",
  "双",
  // Channels, as hotline and security reports count telephone lines and camera feeds (`中继线扩容至
  // 120路`, `视频监控3600路`); not a route's number (`3路公交车`) nor `路段`, `路口` (see NOT_AFTER_UNIT).
  "路",
  // Couples in pairs (`结婚登记610.6万对`): a count only scaled or before no Han character ({@link readMetric}).
  "对",
  "班",
  "节",
  "堂",
  // Writings by their parts (页 of files scanned, 字 of words written, 首 of songs or poems, 集 of
  // episodes, 版 of a paper's pages: `扫描档案48651页`, `编纂志书120万字`, `创作歌曲20首`).
  // Volumes of blood and liquids (毫升, 升), portions (人份), customs declarations (票), fields and
  // pieces (片), wells, ponds and pens (口): `献血量1200万毫升`, `审核报关单3.2万票`, `打机井120口`.
  "毫升",
  // Kilolitres, as industry releases count liquor and fuel (`白酒完成2564千升`): not 升 with a stray 千.
  "千升",
  "升",
  "人份",
  "票",
  "片",
  "口",
  "页",
  "字",
  "首",
  "集",
  "版",
  "分贝",
  // Sound levels as noise monitoring prints them, A-weighted or not (`昼间等效声级54.2dB(A)`, `66.2dB`;
  // not `-65dBm`, where a letter runs on).
  "dB(A)",
  "dB（A）",
  "dB",
  // Flat glass in weight cases, as industry output releases count it (`平板玻璃产量431.16万重量箱`).
  "重量箱",
  "毫米",
  "兆瓦",
  "欧元",
  "港元",
  // Lengths in linear metres, as works and drainage reports measure walls and pipes (`铺设管网1260延米`).
  "延米",
  "米",
  // Cubic metres as water and works reports say them (`蓄水6906万方`, `土方开挖12.5万方`).
  "方",
  "克",
  "℃",
  "‰",
  // Rates per hundred thousand, as health reports print them (`孕产妇死亡率19.37/10万`), and as
  // a copy converted to traditional characters prints them (`死亡率為9.80/10萬`).
  "/10万",
  "／10万",
  "/10萬",
  "／10萬",
  // A per mille printed with the slash of the rates per hundred thousand beside it (`婴儿死亡率由
  // 6.44/‰降低到4.30/‰`): the figure is in ‰. (`3/‰`'s lone digit is read the same; `1/1000` is no unit.)
  "/‰",
  "／‰",
  "艘",
  "架",
  "株",
  "棵",
  "本",
  "册",
  "标准箱",
  "标箱",
  "箱",
  "瓶",
  "盒",
  "袋",
  "栋",
  "幢",
  "批次",
  // Lots counted with their measure word, as spot-check reports print them (`共抽检了402个批次的产品，
  // 合格372个批次`): one unit as printed, not 个 with 批次 left over as text.
  "个批次",
  "架次",
  // A port's vehicles of every kind in and out, trains, road vehicles and aircraft counted by
  // trips together (`进出境交通工具为76.9万列辆架次`): one unit as printed.
  "列辆架次",
  // City buses counted in standard buses (`日均投入运力2.1万标台`): one unit as printed.
  "标台",
  "车次",
  "艘次",
  "台次",
  "场次",
  "班次",
  // Containers counted in twenty-foot equivalents, in letters (`611.67万TEU`).
  "TEU",
  "平方公里",
  "平方千米",
  "吨标准煤",
  // The same by the kilogram, as public bodies' energy-saving reports print a person's or a square
  // metre's use (`人均综合能耗为412.6千克标准煤`): one unit, not 千克 with words after it.
  "千克标准煤",
  // The same as energy-saving reports shorten it (`能源消费总量35.6万吨标煤`): kept as printed.
  "吨标煤",
  // Ships' capacity in deadweight tons, as port and shipping reports count it (`新增船舶运力16.4万载重吨`).
  "载重吨",
  // Energy in the long spelling of 千瓦时 (`用电量2.61亿千瓦小时`), not power with 小时 after it.
  "千瓦小时",
  "千瓦时",
  "平方米",
  "立方米",
  // The same as water and drought reports shorten it (`全市水库蓄水19.862亿立米`).
  "立米",
  // Flows and speeds in words, as flood and weather reports print them (`泄流量18.1立方米每秒`,
  // `风速12.5米每秒`): the unit as printed; `立方米/秒` is read by {@link PER_UNITS}.
  "立方米每秒",
  "米每秒",
  // Beds, as relief and health reports count quilts and hospital beds (`发放棉被428床`,
  // `编制床位` is a noun: see NOT_AFTER_UNIT).
  "床",
  // Stations reporting in rounds, as flood reports count them (`共报送信息771站次`).
  "站次",
  "㎡",
  "人/次",
  "人次",
  // Person-days, as tourism statistics count a group's stay (`外联926.67万人天`).
  "人天",
  "天次",
  "户次",
  "件次",
  "轮次",
  "个工作日",
  "工作日",
  "小时",
  "分钟",
  // Response times (`页面响应速率从886毫秒提升到70毫秒`).
  "毫秒",
  // Concentrations, mass per volume (`PM2.5平均浓度为35微克/立方米`).
  "微克/立方米",
  "毫克/立方米",
  "毫克/升",
  // The same in words, as air-quality pages print them (`PM2.5濃度43微克每立方米`,
  // `一氧化碳日均值0.7毫克每立方米`): the unit as printed, as `立方米每秒` is.
  "微克每立方米",
  "毫克每立方米",
  // The same in symbols, as air-quality pages print them (`PM2.5浓度为15μg/m3`): kept as printed,
  // the micro sign `µ` and a superscript `³` read as `μ` and `3`, `ug` (no Greek letter) as `μg`.
  "μg/m3",
  "μg/m³",
  "µg/m3",
  "µg/m³",
  "ug/m3",
  "ug/m³",
  "mg/m3",
  "mg/m³",
  // The same with the superscript a web copy set off as a digit of its own (`47μg/m 3`, as its
  // `PM<sub>2.5</sub>` became `PM 2.5`); a digit after it (`μg/m 35`) is none (`latinRunsOn`).
  "μg/m 3",
  "µg/m 3",
  "ug/m 3",
  "mg/m 3",
  "mg/L",
  // Residues by mass, as food sampling notices print them (`检出值为791μg/kg`, `0.5mg/kg`).
  "μg/kg",
  "µg/kg",
  "ug/kg",
  "mg/kg",
  // Litres per day, as water resources bulletins print a person's daily use (`179 L/d`).
  "L/d",
  "美元",
  // Measures as Taiwan and Macao print them: metric tons, metres and square metres (`回收量27萬
  // 1,477公噸`, `7.16平方公尺`, `4,350公尺`) and patacas (`收入中位數為5,992澳門元`), as printed.
  "公吨",
  "平方公尺",
  "公尺",
  "澳门元",
  "公里",
  "千米",
  // Sown and irrigated land as statistics bulletins count it (`有效灌溉面积达1.148千公顷`).
  "千公顷",
  "公顷",
  "公斤",
  "千克",
  "千瓦",
  "元",
  "人民币",
  "人民幣",
  "件",
  "个",
  "项",
  "宗",
  "次",
  "封",
  "家",
  "户",
  "人",
  "名",
  "所",
  "座",
  "处",
  "起",
  "例",
  "篇",
  "张",
  "套",
  // Sets of machines (`机动抗旱设备245万台套`): 台 and 套 as one unit.
  "台套",
  // Pieces or sets, as museums count their collections (`藏品数量4665万件/套`, `萬件/套`): one unit
  // kept as printed, no 件 counted per 套 (a unit over a span or an area is: {@link PER_UNITS}).
  "件/套",
  // Persons counted by mouths, as poverty and census pages count a village's people (`4528户15695口人`,
  // `1567口人`): people (人). Not `3口人工湖`, `12口人造井`, where 口 counts the wells (see unitAt).
  "口人",
  // Questions of a survey or an exam (`问卷设置21题`, `居民卷设置7题`); `第3题` is an ordinal.
  "题",
  // Yen, as aid and cooperation projects count money (`总投资4000万日元`), beside 美元 and 欧元.
  "日元",
  // Rooms or suites, as rental checks count them (`排查出租屋46栋682间套`), before 间 alone.
  "间套",
  // Dan, the weight tobacco and grain are bought in (`共收缴烤烟4049担`); not `担任`, `担保`, `担当`
  // (see NOT_AFTER_UNIT).
  "担",
  // Bodies, as funeral and cremation reports count them (`全年火化遗体3.6万具`); not `具有`, `具体`
  // (see NOT_AFTER_UNIT).
  "具",
  // Printed sheets, as press and publishing statistics count them (`总印张96.3亿印张`).
  "印张",
  // Livestock capacity in sheep units, as grassland monitoring reports it (`载畜量1.2亿羊单位`).
  "羊单位",
  "台",
  "条",
  "份",
  "场",
  "批",
  "笔",
  "单",
  // Blood collected and supplied (`采集血液总量49.5万单位`): 单位 after a number, not 单 and 位.
  "单位",
  // Platelets collected by apheresis, counted in doses (`采集机采血小板2.3万治疗量`).
  "治疗量",
  "吨",
  "辆",
  // The capacity of a transport fleet, as 道路运输 reports count it beside its vehicles (`客运车辆3419辆、
  // 95623客位`, `货运车辆76048辆、425749吨位`): seats and tonnage, not 位 or 吨 with a word before.
  "客位",
  "吨位",
  "亩",
  "头",
  "只",
  "通",
  "种",
  "期",
  "天",
  "秒",
  "类",
  "位",
  "分",
  "面",
  "块",
  "倍",
  "%",
];
/** The model's name of a unit printed as a symbol or in traditional characters. */
const UNIT_NAMES: Record<string, string> = {
  "㎡": "平方米",
  "°C": "℃",
  // The repair sets a bracket after Latin letters full-width in Chinese text (`dB（A）`).
  "dB（A）": "dB(A)",
  人·次: "人次",
  "μg/m³": "μg/m3",
  "µg/m3": "μg/m3",
  "µg/m³": "μg/m3",
  "ug/m3": "μg/m3",
  "ug/m³": "μg/m3",
  "mg/m³": "mg/m3",
  "μg/m 3": "μg/m3",
  "µg/m 3": "μg/m3",
  "µg/kg": "μg/kg",
  "ug/kg": "μg/kg",
  // Yuan named by the currency after a scale (`旅游收入101.86亿人民币`): 元.
  人民币: "元",
  人民幣: "元",
  "ug/m 3": "μg/m3",
  "mg/m 3": "mg/m3",
  "／10万": "/10万",
  "/10萬": "/10万",
  "／10萬": "/10万",
  "/‰": "‰",
  "／‰": "‰",
  口人: "人",
  歲: "岁",
  ...TRADITIONAL_UNITS,
};
/**
 * A unit character that starts a word with the character after it is no unit (`12345通过`,
 * `3通报`, `12345处理`, `12345所反映`, `如表1所示`, `3起诉`, `例如`, `座谈`; traditional forms too).
 */
const NOT_AFTER_UNIT: Record<string, string> = {
  通: "过报知道讯信行畅用达過報訊暢達",
  方: "面式案向法位针便可能才正形阵圆",
  起: "诉草步点始訴",
  处: "理置罚室长級级理",
  處: "理置罰室長級",
  所: "属有在述反受辖示屬轄",
  例: "如",
  座: "谈談",
  // (`12站点`, `26站台`, `12345站长信箱`: a word of 站, no count of stations.)
  站: "点點台臺长長所务務内內外前牌",
  车: "道间位型厢辆组站库程队牌主身载流展险票",
  車: "道間位型廂輛組站庫程隊牌主身載流展險票",
  县: "级級域委长乡道区市镇政府城民",
  縣: "级級域委長鄉道區市鎮政府城民",
  城市: "群圈带",
  棒: "球槌",
  级: "以别別",
  級: "以别別",
  人天: "津然下空气氣堂生",
  类: "似别型",
  位: "于置列居数次",
  // (`3000吨位泊位`, `5000吨位的船舶`: a class of berth or ship, not a fleet's tonnage.)
  吨位: "泊船码碼级級的",
  客位: "车車船的数數",
  分: "之局别类析布成为公行项解享区站值管会数配散批期担工组队院所部中级0123456789",
  面: "积对向临貌上料",
  块: "状",
  類: "似別型",
  塊: "狀",
  倍: "数增",
  本: "月年周季次期级市县区部届轮地单着身",
  架: "构设起空",
  克: "服隆拉罗",
  箱: "体式",
  瓶: "装颈",
  盒: "装子",
  袋: "装子鼠",
  株: "洲",
  栋: "梁",
  剂: "量型",
  包: "括含装容干保",
  度: "假汛过量夏冬",
  幅: "度员面",
  道: "路德理歉口",
  扇: "区",
  门: "店户诊类口卫窗槛票面前",
  門: "店戶診類口衛窗檻票面前",
  双: "方向休周节边拥百",
  雙: "方向休週節邊擁百",
  班: "子级组长车主会务",
  节: "日假点约能目水庆",
  節: "日假點約能目水慶",
  堂: "兄",
  针: "对织灸",
  針: "對織灸",
  尾: "款数声气号部巴",
  支: "持付出援部队撑柱配行",
  根: "据本治源",
  顶: "层尖级端部",
  頂: "層尖級端部",
  卷: "烟入宗",
  部: "门分署长委级位属队件署",
  间: "隔接断",
  間: "隔接斷",
  组: "织成建长员合",
  組: "織成建長員合",
  段: "落时位",
  眼: "睛光界前",
  列: "入为出举车表明",
  匹: "配",
  届: "满时",
  屆: "滿時",
  轮: "胎船换流岗值",
  升: "级級高学學旗温溫幅值格任迁遷华華职職桶装裝瓶",
  票: "据據价價数數房证證务務面额額选選决決款号號",
  片: "区區长長面段场場",
  口: "岸径徑罩号號腔碑头頭味令气氣子述试試语語",
  题: "目材型库庫",
  題: "目材型庫",
  枝: "条叶干头繁节",
  筒: "子状",
  席: "位卷地",
  // `1月1日元旦`, `15日元宵节`: a day of the month before a feast, no yen.
  日元: "旦宵",
  担: "任保心负当忧责子纲起",
  具: "有体备體備",
  擔: "任保心負當憂責子綱起",
  页: "面码眉脚岩",
  頁: "面碼眉腳岩",
  字: "号样体符母幕段句面迹典节方诀经头號樣體",
  首: "次批个位届家例台套页府都长席先创发日期轮站映部",
  集: "团中体聚市镇合成约结资装训会散",
  版: "本面权块图号次式画",
  輪: "胎船換流崗值",
  单位: "名负领职内时面体价长制",
  // `3路公交车`, `5路车`, `12路段`, `路口`, `路线`: a route or a word, no count of channels.
  路: "公车車线線口段面径徑由灯燈网網况況标標基边邊费費过過上旁",
  // `床位`, `床单`, `床垫`, `床上用品`, `床头`: a noun, no count of beds.
  床: "位单單垫墊铺鋪上头頭品",
  單位: "名負領職內時面體價長制",
};
/**
 * What a unit may be counted per after a `/` (`月降尘量4.39吨/平方公里`, `均价8500元/平方米`,
 * `巡查2次/月`, `流量1200立方米/秒`): areas, volumes, lengths, weights, people and spans of time, longest first. The
 * figure's unit is the two as printed (`吨/平方公里`); one in traditional characters (`公斤/畝`) is
 * written as {@link TRADITIONAL_UNITS} names it.
 */
const PER_UNITS = [
  "平方公里",
  "平方千米",
  "平方米",
  "立方米",
  // The symbol of a square metre (`均价4764元/㎡`), named as the model names it alone (`元/平方米`).
  "㎡",
  "千瓦时",
  "公顷",
  "公頃",
  "公里",
  "千米",
  "公斤",
  "千克",
  "人次",
  "小时",
  "小時",
  "亩",
  "畝",
  "吨",
  "噸",
  "人",
  "户",
  "戶",
  "天",
  "日",
  "周",
  "月",
  "年",
  "米",
  "升",
  "秒",
];
/**
 * The round counts a unit may be counted per (`部/百人`, `公里/百平方公里`, `张/千人`, `人/万人`), as
 * telecom, transport and health statistics print densities: the count before the unit, longest first.
 */
const PER_COUNTS = ["十万", "十萬", "百", "千", "万", "萬"];
/**
 * What a unit may be counted per only after a round count: money (`53.9m3/万元`, `0.45吨标准煤/万元`),
 * as water and energy bulletins print the use per ten thousand yuan of output. (`/元` alone is
 * none.)
 */
const PER_ROUND_SUMS = ["元"];
/** Their first code units (十, 百, 千, 万, 萬): most units counted per open with none. */
const PER_COUNT_FIRSTS = unitSet("十百千万萬");
/**
 * The unit a unit is counted per at `text[j]` (`/平方公里`, `/百人`: perhaps after a round count,
 * {@link PER_COUNTS}), with the `/`; `""` when none. A count before no unit (`/百姓`, `/千家万户`)
 * is none; a unit that opens with one of them (`/千米`) is read as that unit.
 */
function perUnitAt(text: string, j: number): string {
  // By code unit: `charAt` builds a string for the Han unit or mark after most figures.
  const slash = text.charCodeAt(j);
  if (slash !== 0x2f /* / */ && slash !== 0xff0f /* ／ */) return "";
  const per = PER_UNITS.find((u) => text.startsWith(u, j + 1));
  if (per !== undefined) return `/${per}`;
  if (!PER_COUNT_FIRSTS.has(text.charCodeAt(j + 1))) return "";
  const count = PER_COUNTS.find((c) => text.startsWith(c, j + 1));
  if (count === undefined) return "";
  const counted =
    PER_UNITS.find((u) => text.startsWith(u, j + 1 + count.length)) ??
    PER_ROUND_SUMS.find((u) => text.startsWith(u, j + 1 + count.length));
  return counted === undefined ? "" : `/${count}${counted}`;
}
/** The model's name of a unit counted per (`百戶` → `/百户`), with its `/`. */
function perUnitName(printed: string): string {
  // A unit of its own (`千米`, `公頃`) is named whole; a round count is read off the rest.
  const count =
    PER_COUNT_FIRSTS.has(printed.charCodeAt(0)) && !PER_UNITS.includes(printed)
      ? (PER_COUNTS.find((c) => printed.startsWith(c)) ?? "")
      : "";
  const unit = printed.slice(count.length);
  return `/${SCALE_NAMES[count] ?? (count === "十萬" ? "十万" : count)}${UNIT_NAMES[unit] ?? unit}`;
}
/**
 * Counts that may be counted in rounds, by the model's name (`辆次`: vehicles sent out, counted once
 * per trip; `家次`, `项次`, `吨次`, `例次`…; books and files lent, `册次`, `卷次`; trains and trips run,
 * `列次`, `趟次`; plants checked, `株次`; courses and groups held, `期次`, `组次`; reservoirs and
 * sluices used, `座次`: after a number it is no seat's rank; land watered once per watering, as
 * irrigation reports count it, `亩次`: `累计灌溉2386.5万亩次`, `萬畝次`; and in hectares, as pest outlooks count
 * the area a pest occurs on once per generation, `发生面积31万公顷次`). Not 本, 头, 单, 名, 所 (`本次`, `头次`,
 * `单次`, `名次` are words) and not measures (元, 分, 天…; 人次, 车次, 天次 and the like are units of
 * their own).
 */
const ROUNDS_OF = new Set([
  ..."个件项宗家户处起例篇张套台条份场笔吨辆艘架剂针册卷列趟株期组座亩",
  "公顷",
]);
/** After `次`, the characters that make it another word (`次日`, `次月`, `次年`, `次数`, `次要`). */
const NOT_ROUNDS = "日月年周序数數要之";
/**
 * Counts that may be carried over a distance, by the model's name: passengers and freight in
 * transport reports (`旅客周转量1410亿人公里`, `货物周转量4525亿吨公里`, `吨·公里`; in rounds, `万人次公里`).
 */
const OVER_DISTANCE = new Set(["人", "人次", "吨", "辆", "标箱", "标准箱"]);
/**
 * Measure words printed with an alternative in brackets (`87人(次)`: persons or visits; `150台(套)`:
 * machines or sets), by the model's name, and the alternatives' characters. Neither half
 * alone is what the text counts, so the figure's unit is the whole as printed (`人(次)`, `台(套)`),
 * as the corpus README settled on 2026-12-07 (session 46). Since 2026-12-08 also the alternatives
 * of other reports' counts: lots or devices sampled (`抽检463批(台)`, as 药监 quality notices count
 * them), schools or teaching sites (`385所(个)`), kinds counted as items (`45个(类)`), homes as sets
 * or rooms (`6.28萬套(間)`) and livestock or poultry (`2.1亿头(羽)`). Not a note that is no
 * alternative (`46983件(次)`, `1.2萬頭(只)`, `7195户(套)`: the count keeps its unit, as their texts'
 * readers wrote them).
 */
const BRACKETED_ALTERNATIVES: Readonly<Record<string, string>> = {
  人: "次",
  台: "套",
  批: "台",
  所: "个個",
  个: "类類",
  套: "间間",
  头: "羽",
};
/** The simplified form of a bracketed alternative printed in traditional characters (`間`). */
const ALTERNATIVE_SIMPLIFIED: Readonly<Record<string, string>> = { 個: "个", 類: "类", 間: "间" };
/**
 * Measure words printed joined to their alternative by `、` (`58641.7万卷、件`: archives counted in
 * files, 卷, or in items, 件, as archives statistics count holdings; `2078.0萬卷、件次` in rounds of
 * use), by the model's name, and the code of the alternative's character. As with
 * {@link BRACKETED_ALTERNATIVES}, neither half alone is what the text counts: the unit is the whole
 * as printed (`卷、件`, `卷、件次`), as the readers of three archives texts wrote it.
 */
const JOINED_ALTERNATIVES: Readonly<Record<string, number>> = {
  卷: 0x4ef6 /* 件 */,
};
/**
 * The vehicles a port or border check counts in trips (辆 of road vehicles, 架 of aircraft, 列 of
 * trains, 艘 of vessels; `輛` as a converted copy prints it), and what may part them in a bracket.
 */
const VEHICLES = "辆輛架列艘";
const VEHICLE_PARTS = "、/／";
/** The most characters a bracket of vehicles holds (`(架、列、艘)` holds five). */
const VEHICLES_BRACKET_MAX = 7;
/**
 * The bracket of other vehicles after a vehicle counted in trips at `text[j]`, as border and port
 * releases print the vehicles checked (`查验交通运输工具3504.5万辆(架、列、艘)次`, `643.1万架(艘、列、辆)次`,
 * `45.4万辆(列/架)次`): vehicles only, parted by `、` or `/` or not at all, then `次` for the trips of
 * them all. The unit is the whole as printed (`辆(架、列、艘)次`, brackets and `輛` written as the
 * model writes them); `undefined` when the bracket holds anything else (`1231辆(个)`) or no `次`
 * follows it. A bracket holding its `次` (`30.3萬輛 (列架次)`) is left as before: one reader wrote
 * that figure in 辆, another wrote `17.3萬輛(列架次)` in `辆(列架次)`, and no reading serves both.
 */
function vehiclesBracketAt(text: string, j: number): { printed: string; name: string } | undefined {
  const open = text.charCodeAt(j);
  if (open !== 0x28 && open !== 0xff08) return undefined;
  let k = j + 1;
  while (
    k - j <= VEHICLES_BRACKET_MAX &&
    (oneOfCode(VEHICLES, text.charCodeAt(k)) || oneOfCode(VEHICLE_PARTS, text.charCodeAt(k)))
  )
    k++;
  const close = text.charCodeAt(k);
  if (
    !oneOfCode(VEHICLES, text.charCodeAt(k - 1)) ||
    (close !== 0x29 && close !== 0xff09) ||
    text.charCodeAt(k + 1) !== 0x6b21 /* 次 */ ||
    oneOfCode(NOT_ROUNDS, text.charCodeAt(k + 2))
  )
    return undefined;
  const inside = text
    .slice(j + 1, k)
    .replace(/輛/g, "辆")
    .replace(/／/g, "/");
  return { printed: text.slice(j, k + 2), name: `(${inside})次` };
}
/** The dots a product of units may be printed with (`吨·公里`): written without. */
const PRODUCT_DOTS = "·•⋅・";

/**
 * The unit a counted unit makes with what follows it at `text[j]`: rounds (`次` after a count,
 * `辆次`, `家次`) or a distance (`公里`/`千米` after a count carried, `人公里`, `吨·公里`), as
 * printed and as the model names it; `undefined` when none.
 */
function compoundAt(
  text: string,
  j: number,
  name: string,
): { printed: string; name: string } | undefined {
  // By code unit: `charAt` builds a string for the Han unit or mark after most figures.
  const c = text.charCodeAt(j);
  if (c === 0x6b21 /* 次 */) {
    return ROUNDS_OF.has(name) && !oneOfCode(NOT_ROUNDS, text.charCodeAt(j + 1))
      ? { printed: "次", name: "次" }
      : undefined;
  }
  // `60人(次)`, `320人（次）`, `150台(套)`: a measure word with its bracketed alternative, one unit
  // as printed (the corpus README's reading of 2026-12-07). (After a count of things, `46983件(次)`,
  // the bracket is a note and the count keeps its unit.)
  const alternatives = BRACKETED_ALTERNATIVES[name];
  if (
    alternatives !== undefined &&
    (c === 0x28 || c === 0xff08) &&
    oneOfCode(alternatives, text.charCodeAt(j + 1)) &&
    (text.charCodeAt(j + 2) === 0x29 || text.charCodeAt(j + 2) === 0xff09)
  ) {
    const alternative = text.charAt(j + 1);
    return {
      printed: text.slice(j, j + 3),
      name: `(${ALTERNATIVE_SIMPLIFIED[alternative] ?? alternative})`,
    };
  }
  // `58641.7万卷、件`, `2078.0萬卷、件次`: a measure word joined to its alternative, one unit as printed.
  const joined = JOINED_ALTERNATIVES[name];
  if (joined !== undefined && c === 0x3001 /* 、 */ && text.charCodeAt(j + 1) === joined) {
    const rounds =
      text.charCodeAt(j + 2) === 0x6b21 /* 次 */ && !oneOfCode(NOT_ROUNDS, text.charCodeAt(j + 3));
    const printed = text.slice(j, rounds ? j + 3 : j + 2);
    return { printed, name: printed };
  }
  // `3504.5万辆(架、列、艘)次`: a vehicle with the others checked in trips, one unit as printed.
  if (name.length === 1 && VEHICLES.includes(name)) {
    const vehicles = vehiclesBracketAt(text, j);
    if (vehicles !== undefined) return vehicles;
  }
  if (!OVER_DISTANCE.has(name)) return undefined;
  const k = oneOfCode(PRODUCT_DOTS, c) ? j + 1 : j;
  const distance = text.slice(k, k + 2);
  return distance === "公里" || distance === "千米"
    ? { printed: text.slice(j, k + 2), name: distance }
    : undefined;
}

/**
 * The length of the longest unit a figure may carry that opens `text` at `j` (`千瓦时`, `通`,
 * `平方米`), 0 when none: the units {@link readMetric} reads, traditional forms included.
 */
export function unitLengthAt(text: string, j: number): number {
  return UNITS_BY_FIRST.get(text.charCodeAt(j))?.find((u) => text.startsWith(u, j))?.length ?? 0;
}

/** The first characters of the units printed in symbols (`μg/m3`, `mg/L`, `mm`, `km`, `h`). */
const SYMBOL_FIRSTS = "μµumckh°gtMGLp";
/**
 * Whether the unit `unit`, a symbol in Latin letters, runs on at `text[j]` into a longer symbol it is
 * no unit of (`1013hPa`, `120mmHg`, `60km/h`, `3mm2`, `5m30s`, `47μg/m 35`).
 */
function latinRunsOn(unit: string, text: string, j: number): boolean {
  // A spaced-off superscript (`μg/m 3`) runs on too (`μg/m 35个`), whatever letter opens its unit.
  if (!isLatinCode(unit.charCodeAt(0)) && unit.charCodeAt(unit.length - 2) !== 0x20) return false;
  const c = text.charCodeAt(j);
  // (`53.9m3/万元`: a slash before a unit it is counted per does not run on, {@link perUnitAt}.)
  return (
    isLatinCode(c) ||
    isDigitCode(c) ||
    (c === 0x2f && (unit.includes("/") || perUnitAt(text, j) === "")) ||
    c === 0xb2 ||
    c === 0xb3
  );
}
/** The last characters of {@link GROWTH_SIGNED_BEFORE}'s words. */
const GROWTH_LASTS = "为為是达達别別增速幅";
/** Units a figure may fall below zero in: temperatures (`年极端最低气温-13.0℃`). */
const BELOW_ZERO = ["℃", "°C", "摄氏度", "攝氏度"];
/**
 * Whether the minus at `text[i]` is the sign of a temperature below zero (`最低气温-13.0℃`,
 * `气温为－5°C`): a minus after no digit, letter or point (`3-5℃` is a range), before a number
 * and a unit of temperature.
 */
function belowZeroAt(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  if (isDigitCode(prev) || isLatinCode(prev) || prev === 0x2e || isMinusCode(prev)) return false;
  let j = i + 1;
  while (isDigitCode(text.charCodeAt(j)) && j - i < 6) j++;
  if (j === i + 1) return false;
  if (text.charCodeAt(j) === 0x2e) {
    j++;
    while (isDigitCode(text.charCodeAt(j)) && j - i < 12) j++;
  }
  return BELOW_ZERO.some((u) => text.startsWith(u, j));
}
/** Units counted bare that count only whole things (`14城市`, `96县`, `20车`, `312点次`). */
const WHOLE_COUNTS = new Set(["城市", "县", "车", "点次"]);
/** Before a number, the marks that make `30分` a clock time (`8时30分`, `8点30分`), not a score. */
const CLOCK = "时点";
/** The scales a figure's unit may open with (`万件`, `亿元`), in either script. */
export const SCALES = ["万亿", "万", "亿", "萬億", "萬", "億"] as const;
const SCALE_FIRSTS = new Set(SCALES.map((s) => s.charCodeAt(0)));
/** Scales printed in traditional characters (pages converted to them: `0.04萬件`). */
const SCALE_NAMES: Record<string, string> = { 萬億: "万亿", 萬: "万", 億: "亿" };
/** {@link UNITS} by their first code unit, in the same order (longest first). */
const UNITS_BY_FIRST = new Map<number, string[]>();
for (const u of [...UNITS, ...Object.keys(TRADITIONAL_UNITS)].sort((a, b) => b.length - a.length)) {
  const list = UNITS_BY_FIRST.get(u.charCodeAt(0)) ?? [];
  list.push(u);
  UNITS_BY_FIRST.set(u.charCodeAt(0), list);
}

/**
 * Life expectancy before a number (`人均期望寿命76.7岁`, `预期寿命达到79.12岁`, `平均壽命達81.2歲`),
 * and a group's average age (`代表平均年龄27.83岁`, `平均年齡為45歲`): only there is an age in 岁 a
 * figure; elsewhere it bounds a group (`60岁以上老年人`, `年龄35岁以下`).
 */
const LIFE_SPAN_BEFORE =
  /(?:[寿壽]命|平均年[龄齡])(?:[为為是]|[达達](?:到)?|(?:提高|提升|延长|延長)(?:到|至)|增至)?$/;

/**
 * A life expectancy's gain after its level, against a year's (`寿命为77.52岁，比2015年提高0.59岁`,
 * `壽命達78.1歲，較上年提高0.3歲`): the level in 岁 earlier in the sentence, `比`/`较` and the year or
 * period compared with, a verb of rising or falling. Not an age after other words (`比2015年提高，
 * 60岁以上…`: a clause's mark between; `…以上` stays a bound, the caller asks for no 以).
 */
const LIFE_SPAN_GAIN =
  /[寿壽]命[^。；;！？]{0,16}?\d[岁歲][，,]?(?:比|较|較)[^。；;！？，,]{0,8}?(?:提高|提升|增加|增长|增長|延长|延長|上升|下降|降低|减少|減少)了?$/;

/**
 * `期望寿命84.11岁，其中男性81.76岁，女性…`, `…岁（男78岁，女…`: the whole's life expectancy earlier in
 * the sentence, then a sex (`男性`, `女`, `为` perhaps after it) before the number: a part of it by sex.
 * So is a group's average age (`平均年龄为31.04岁，其中男性31.68岁、女性30.4岁`).
 */
const LIFE_SPAN_BY_SEX =
  /(?:[寿壽]命|平均年[龄齡])[^。；;！？]{0,24}?\d[岁歲][^。；;！？\d]{0,4}?[男女]性?(?:[为為是]|[达達]到?)?$/;

/**
 * A life expectancy's change, its first figure: `寿命由77.93岁…`, `壽命從2020年的77.9歲…`,
 * `寿命由2020年底的…` (the year it stood in perhaps before it). So is a group's average age before
 * and after an election (`平均年龄由原来的51.4岁…`, `平均年龄从41.34岁…`). Not `寿命由…` before a
 * number of something else (the unit decides: only 岁 is asked).
 */
const LIFE_SPAN_FROM = /(?:[寿壽]命|平均年[龄齡])(?:由|从|從)(?:原来的|原來的|\d{4}年[底末]?的?)?$/;
/**
 * Its second figure: `寿命由2020年的77.93岁提高到2021年的78.2岁`, `…77.9歲增至78.1歲`,
 * `平均年龄由原来的51.4岁下降到49.8岁`, `…41.34岁下降为40.03岁`: the first age, a verb of rising or
 * falling and `到`/`至` (`为` after the verb), the year perhaps. A bound after it stays text
 * (`…提高到80岁以上`: the caller asks for no 以 after the unit); so does an age after other words
 * (`寿命由…岁提高到…，其中60岁…`: a clause's mark between).
 */
const LIFE_SPAN_TO =
  /(?:[寿壽]命|平均年[龄齡])(?:由|从|從)[^。；;！？，,]{0,12}?\d[岁歲](?:(?:提高|提升|增加|增长|增長|上升|延长|延長|下降|降低|增|升|降)(?:到|至|为|為)|(?:到|至))(?:\d{4}年[底末]?的?)?$/;
/**
 * A group's average age changed by an amount (`班子成员平均年龄比换届前下降8.7岁`, `书记平均年龄分别
 * 下降6.7岁和4.1岁`, `平均年龄下降3.6岁`): 平均年龄, what it is compared with perhaps, a verb of
 * rising or falling; the second of a pair after `和`/`、`/`与`. The change in years is the figure a
 * report of an election gives; an age elsewhere bounds a group (`35岁以下`).
 */
const AVERAGE_AGE_CHANGE =
  /平均年[龄齡](?:比[^。；;！？，,:：]{0,8}?)?(?:分别|分別)?(?:提高|提升|增加|上升|下降|降低|减少|減少)了?(?:\d+(?:\.\d+)?[岁歲](?:和|、|与|與))?$/;
/** The shapes of words before an age read from {@link AGE_WORDS_BACK} characters back. */
const AGES_AFTER_WORDS = [LIFE_SPAN_BY_SEX, LIFE_SPAN_TO, LIFE_SPAN_GAIN, AVERAGE_AGE_CHANGE];
/** How far back the words before an age are read: the longest of those shapes (two ages, a clause). */
const AGE_WORDS_BACK = 40;

/**
 * `岁` (`歲`) at `text[j]` when the number at `text[i]` is a life expectancy (after 寿命, read from
 * `text[max(start, i - 6), i)`), one by sex after it ({@link LIFE_SPAN_BY_SEX}), or a change of
 * one or of an average age ({@link AVERAGE_AGE_CHANGE}; no bound, `…岁以上`); `undefined` otherwise.
 */
function lifeSpanUnitAt(text: string, i: number, j: number, start: number): string | undefined {
  const c = text.charCodeAt(j);
  if (c !== 0x5c81 /* 岁 */ && c !== 0x6b72 /* 歲 */) return undefined;
  if (
    LIFE_SPAN_BEFORE.test(text.slice(Math.max(start, i - 6), i)) ||
    LIFE_SPAN_FROM.test(text.slice(Math.max(start, i - 12), i))
  )
    return text.charAt(j);
  if (text.charCodeAt(j + 1) === 0x4ee5 /* 以 */) return undefined;
  const words = text.slice(Math.max(0, i - AGE_WORDS_BACK), i);
  return AGES_AFTER_WORDS.some((shape) => shape.test(words)) ? text.charAt(j) : undefined;
}

/**
 * Average years of schooling before a number (`劳动年龄人口平均受教育年限达10.2年`, `新增勞動力平均受教育
 * 年限達14年`), as education statistics report them: only there is a number of 年 a figure, a measure
 * like a life expectancy; elsewhere it is a span or a year (`连续16年`, `20年来`, `2022年`). A change
 * (`受教育年限提高0.3年`) stays text, as it names no level.
 */
const SCHOOLING_BEFORE =
  /受教育年限(?:[为為是]|[达達](?:到)?|(?:提高|提升|增加|延长|延長)(?:到|至)|增至)?$/;
/** A number of years of schooling: two whole digits at most (`2022年` after those words is a year). */
const SCHOOLING_NUMBER = /^\d{1,2}(?:\.\d+)?$/;
/** How far back {@link SCHOOLING_BEFORE}'s words are read: `受教育年限提高到`. */
const SCHOOLING_WORDS_BACK = 8;
/**
 * `年` at `text[j]` when the number at `text[i]` is an average of years of schooling
 * ({@link SCHOOLING_BEFORE}, read from `text[max(start, i - 8), i)`) of two whole digits at most;
 * `undefined` otherwise.
 */
function schoolingYearsAt(text: string, i: number, j: number, start: number): string | undefined {
  if (text.charCodeAt(j) !== 0x5e74 /* 年 */ || !SCHOOLING_NUMBER.test(text.slice(i, j)))
    return undefined;
  const words = text.slice(Math.max(start, i - SCHOOLING_WORDS_BACK), i);
  return SCHOOLING_BEFORE.test(words) ? "年" : undefined;
}

/** After `口人`, what makes `人…` a word of its own (`6口人工湖`: 口 counts the wells, as before). */
const MOUTHS_NOT = "工造";
/** The longest unit of {@link UNITS_BY_FIRST} at `text[j]`, if any. */
function unitAt(text: string, j: number): string | undefined {
  const units = UNITS_BY_FIRST.get(text.charCodeAt(j));
  if (units !== undefined)
    for (const u of units)
      if (text.startsWith(u, j) && !(u === "口人" && oneOfCode(MOUTHS_NOT, text.charCodeAt(j + 2))))
        return u;
  return undefined;
}

/**
 * The unit of a count in brackets at `text[j]` (`(次)`, `（件）`), closed right after it and no figure
 * after that; no percent or unit of time (`(%)`, `(年)` head a column or name a span), else undefined.
 */
function bracketedUnitAt(text: string, j: number): string | undefined {
  const open = text.charCodeAt(j);
  if (open !== 0x28 && open !== 0xff08) return undefined;
  const unit = unitAt(text, j + 1);
  if (unit === undefined || unit === "%" || unit === "％" || TIME_UNITS.test(unit))
    return undefined;
  const close = text.charCodeAt(j + 1 + unit.length);
  return (close === 0x29 || close === 0xff09) && !isDigitCode(text.charCodeAt(j + 2 + unit.length))
    ? unit
    : undefined;
}
const TIME_UNITS = /[年月日天周时分秒]/;

/**
 * Before a number: ordinals, ranks and bounds, which stay text (`第4次`, `前3名`, `近100件`,
 * `超90%`, `逾千人`). An estimate (`约5900吨`, `約30%`, `大约`) is the figure the text reports:
 * it is read, its `约` kept as text right before it, so that the sentence still says so.
 */
/**
 * `91支队伍`, `32支隊伍`: 支 before 队伍 counts teams, though 支队 alone is a unit's name (`消防支队`), no
 * count, and stays as {@link NOT_AFTER_UNIT} says.
 */
const TEAMS_COUNTED = /^支[队隊]伍$/;
const NOT_BEFORE = "第前近超逾.-+/";
const NOT_BEFORE_CODES = new Set([...NOT_BEFORE].map((c) => c.charCodeAt(0)));
/**
 * `1个管理部门+`: a count and the noun it counts before a plus, which adds the count after it
 * (`…+15个街道`, read); a plus after a number is a code's (`42+1个`), after a bare noun a sign's.
 */
const SUMMED = /\d[^\d\s，。；、,;+]{0,2}[\u4e00-\u9fff]{1,8}\+$/;
/**
 * `成交1260套/98765.43㎡`, `发送旅客152.6万人次/8.3万班次`: a figure with its unit, then a slash and a
 * second measure of the same thing in another unit, a figure too. Not a part over its whole in one
 * unit (`办结23件/25件`), a price over a quantity (`11.95元/500克`, the unit before the slash a
 * currency), nor a number over a number (`9.80/10万`, `2023/05/06`).
 */
const PAIRED = /\d[万亿萬億]?([\u4e00-\u9fff]{1,3})\/$/;
/** A character of a number after the slash (its digits, point, commas and scale). */
const NUMBER_CHAR = /[\d.,万亿萬億]/;
function pairedAfterSlash(text: string, i: number): boolean {
  if (text.charCodeAt(i - 1) !== 0x2f /* / */ || text.charCodeAt(i - 2) === 0x5143 /* 元 */)
    return false;
  const unit = PAIRED.exec(text.slice(Math.max(0, i - 6), i))?.[1];
  if (unit === undefined) return false;
  let k = i;
  while (k < text.length && k - i < 20 && NUMBER_CHAR.test(text.charAt(k))) k++;
  return !text.startsWith(unit, k);
}
/**
 * `超` before a measurement to two decimals or more, unscaled (`赋石超0.29米`, `水位超1.82米`): the
 * amount a level exceeds its mark by, a figure; a round bound (`超90%`, `超1.5米`, `超1.25万亿件`)
 * stays text.
 */
const EXCEEDS = 0x8d85; /* 超 */
/** `前` closing `目前`, `当前` or `當前` (now): no rank or span, so the figure after it is read. */
const NOW_FIRSTS = "目当當";
const FRONT = 0x524d; /* 前 */
/**
 * `余`, `餘` (as converted pages print it) or `多` at `text[j]` when a bound's mark stands there:
 * right after a number or its scale, with a scale, a unit's first character or a bracket after it
 * (`500余人`, `1100多万元`, `76.7万余件`); `""` otherwise. The unit is checked by the caller.
 */
function boundMarkAt(text: string, j: number): string {
  const c = text.charCodeAt(j);
  if (c !== 0x4f59 /* 余 */ && c !== 0x9918 /* 餘 */ && c !== 0x591a /* 多 */) return "";
  const next = text.charCodeAt(j + 1);
  // Not a mark run on into another (`余多`) nor one before a digit, a mark or the text's end.
  return isHanCode(next) && next !== 0x4f59 && next !== 0x9918 && next !== 0x591a
    ? text.charAt(j)
    : "";
}
/** After the unit: approximations (`100余件`, `5万多人`; `餘` as converted pages print it). */
const NOT_AFTER = "余餘多左";
/**
 * `比去年同期9.18亿立方米多蓄水1.73亿立方米`: `多` after the unit, a verb of one or two characters and a
 * number: how much more than the figure, which `比`/`较` before it in its clause compares with; no
 * approximation (`5万多人`, `100多家企业`).
 */
const MORE_THAN = /^多[\u4e00-\u9fff]{0,2}\d/;
const COMPARED_BEFORE = /[比较較][^，。；：,;:！？]*$/;
function moreThanCompared(text: string, j: number, start: number): boolean {
  return (
    text.charCodeAt(j) === 0x591a /* 多 */ &&
    MORE_THAN.test(text.slice(j, j + 4)) &&
    COMPARED_BEFORE.test(text.slice(Math.max(start, j - 30), j))
  );
}
/**
 * Whether the number at `text[i]` follows `GDP` as a word of its own (`人均GDP17861元`): the
 * aggregate named with no verb before its figure. Not after a longer Latin word (`XGDP12`).
 */
function afterGdp(text: string, i: number): boolean {
  return i >= 3 && text.startsWith("GDP", i - 3) && !isLatinCode(text.charCodeAt(i - 4));
}
/** The minus signs a growth rate may be printed with (`增长-15.3%`): `-`, `−`, `－`. */
export const isMinusCode = (c: number): boolean => c === 0x2d || c === 0x2212 || c === 0xff0d;
/**
 * The sign of a growth rate at `text[i]`: -1 for a minus, 1 for a plus, 0 for none. A sign is
 * one after the words of a change (`增长-15.3%`), right after an opening bracket that follows
 * a name (`甲区（-6.2%）`, `乙县(+12.5%)`) or a table's number (`95 348 (+8.1%)`), or a minus at
 * the text's start (a cell's `-3.92%`); elsewhere a minus joins two numbers (`1-5月`).
 */
export function signAt(text: string, i: number, start: number): -1 | 0 | 1 {
  const c = text.charCodeAt(i);
  const minus = isMinusCode(c);
  if (!minus && c !== 0x2b && c !== 0xff0b) return 0;
  if (
    minus &&
    (followsChangeWords(text, i, start) || belowZeroAt(text, i) || balanceAt(text, i, start))
  )
    return -1;
  // A minus opening the text read is its number's (a table cell's `-3.92` under a `%` unit).
  if (minus && i === 0 && isDigitCode(text.charCodeAt(1))) return -1;
  // `分别增长-48.49%、-50.73%、12.78%`: a sign after a rate and the `、` (和, 及) that lists the next.
  // (Only before a percentage: {@link readMetric}.)
  if (listedAfterRate(text, i)) return minus ? -1 : 1;
  // `乙市(52.13亿元 -3.2%)`: a rate signed after a figure and a space (a percentage only).
  if (minus && spacedSignedRate(text, i)) return -1;
  // `人口自然增长率为-2.25‰`: a rate stated below zero (in % or ‰ only: {@link readMetric}).
  if (minus && RATE_SIGNED_BEFORE.test(text.slice(Math.max(start, i - 3), i))) return -1;
  // `增速分别为-3.2%`, `比增-4.8%`: a growth rate stated below zero (its last character 为, 是, 达, 别 or 增
  // before the words are tried).
  if (
    minus &&
    oneOfCode(GROWTH_LASTS, text.charCodeAt(i - 1)) &&
    GROWTH_SIGNED_BEFORE.test(text.slice(Math.max(start, i - 7), i))
  )
    return -1;
  const open = text.charCodeAt(i - 1);
  // `95 348 (+8.1%)`, `(-21.1%)` alone: a table's change on the year before, in brackets.
  return ((open === 0xff08 || open === 0x28) &&
    isHanCode(text.charCodeAt(i - 2)) &&
    isDigitCode(text.charCodeAt(i + 1))) ||
    bracketedTableChange(text, i)
    ? minus
      ? -1
      : 1
    : 0;
}

/**
 * Whether the sign at `text[i]` opens a rate listed after a rate (`增长-48.49%、-50.73%`, `5.2%和+3.1%`):
 * `、`, 和 or 及 right after a `%`, and a digit after the sign. Not a range (`1-5月`) nor a dash after words.
 */
function listedAfterRate(text: string, i: number): boolean {
  const join = text.charCodeAt(i - 1);
  if (join !== 0x3001 /* 、 */ && join !== 0x548c /* 和 */ && join !== 0x53ca /* 及 */)
    return false;
  const rate = text.charCodeAt(i - 2);
  return (rate === 0x25 /* % */ || rate === 0xff05) /* ％ */ && isDigitCode(text.charCodeAt(i + 1));
}
/**
 * `增长率为-2.25‰`, `自然增长率-1.3‰`, `利润率為－5.2%`: a rate (`率`) and perhaps `为`, `為`, `是`, `达`, `達`
 * right before a minus, perhaps a space between, as a PDF's chart prints it (`成長率 -17.21%`): the rate
 * is below zero. So is a share (`占比`, `佔比`), as the 社会融资规模 releases print a kind of financing
 * that shrank (`委託貸款佔比-3.4%，同比高4.1個百分點`). Not `比率` before a range of numbers (the unit
 * decides: {@link readMetric} takes only % and ‰ so signed), nor `占比−女性占比`, no digit after the sign.
 */
const RATE_SIGNED_BEFORE = /(?:率|[占佔]比)[为為是达達]? ?$/;
/**
 * Whether the minus at `text[i]` states a rate below zero after `率` (`增长率-2.8%`): the rate's own
 * sign, not a change's, so the rate is a figure whatever words follow it (`…-2.8%居全省末位`).
 */
export const rateStatedBelowZero = (text: string, i: number, start: number): boolean =>
  isMinusCode(text.charCodeAt(i)) && RATE_SIGNED_BEFORE.test(text.slice(Math.max(start, i - 3), i));
/**
 * `增速为-3.2%`, `增速分别为-3.2%、-4.2%`, `增幅為－1.5%`, `比增-4.8%` (比上年增长 cut short): a speed or size
 * of growth, perhaps `分别` and `为` (`為`, `是`, `达`), right before a minus: the rate is below zero (in %
 * or ‰ only, as {@link RATE_SIGNED_BEFORE}). Not `增速1-5月`, where no minus follows the words (a range
 * after a digit), nor `比增加-`, read by the change words. So is a 同比 or 环比 rate stated with
 * `为` (`是`), as price monitoring pages print a fall (`均价为12.4元/500克，环比为-0.35%`, `環比為－4.1%`).
 */
const GROWTH_SIGNED_BEFORE =
  /(?:(?:增速|增幅|比增)(?:分别|分別)?[为為是达達]?|(?:同比|环比|環比)(?:分别|分別)?[为為是])$/;

/**
 * The words of a balance right before a minus (`当期结余-1305.2万元`, `利润总额-3.2亿元`, `余额为－12.5万元`):
 * a fund's or a firm's shortfall, a figure below zero (in money only: {@link readMetric}).
 */
const BALANCE_BEFORE =
  /(?:结余|結余|結餘|结存|結存|余额|餘額|利润|利潤|总额|總額|盈余|盈餘|差额|差額)[为為是]?$/;
const balanceAt = (text: string, i: number, start: number): boolean =>
  BALANCE_BEFORE.test(text.slice(Math.max(start, i - 3), i));

/** Words that make a percentage a change rather than a figure (`同比下降24.85%`). */
const CHANGE_WORDS = [
  "增长",
  "增長",
  "減少",
  "環比",
  "下降",
  "上升",
  "减少",
  "提高",
  "降低",
  "增加",
  "回落",
  "同比",
  "环比",
  "增幅",
  "降幅",
];

const SHIFTS: Record<string, number> = { "": 0, 万: 4, 亿: 8, 万亿: 12 };

/**
 * The value of `int.frac` times its scale, as `@bulletin/format`'s parseQuantity gives it. Up to
 * 15 digits a double holds the decimal exactly, and `Number("588e2")` rounds as the decimal
 * would: read here, without building the string and the error a failed parse costs (this is
 * the figure scanner's hot path). Longer numbers, and values past 2^53, go through parseQuantity,
 * which refuses the values a double cannot hold exactly.
 */
function quantityOf(
  int: string,
  frac: string,
  scale: string,
): { value: number; scale: "none" | "万" | "亿" | "万亿"; fractionDigits: number } | undefined {
  const shift = SHIFTS[scale] ?? 0;
  const named = scale === "" ? "none" : (scale as "万" | "亿" | "万亿");
  if (int.length + frac.length <= 15) {
    const value =
      shift === 0 && frac === "" ? Number(int) : Number(`${int}${frac}e${shift - frac.length}`);
    if (value <= Number.MAX_SAFE_INTEGER)
      return { value, scale: named, fractionDigits: frac.length };
  }
  // The number and scale are read with a neutral unit: 千瓦时 is a unit, not a 千 scale.
  const parsed = safeParseQuantity(`${int}${frac === "" ? "" : `.${frac}`}${scale}件`);
  return parsed.success ? parsed.data : undefined;
}

/** A figure read from running text, with the metric it becomes. */
export interface ReadMetric {
  /** Index just after the figure (the unit included). */
  end: number;
  /** Index just after the words of its comparison, when it has one (`，同比下降24.85%`). */
  comparisonEnd?: number;
  metric: Omit<Metric, "id" | "label">;
  /**
   * The scale and unit as printed, when the model writes them otherwise (traditional
   * characters, `億千瓦時` for `亿千瓦时`; a symbol, `㎡` for `平方米`), with the model's form.
   */
  normalised?: { printed: string; written: string };
}

/**
 * Reads a figure with a unit at `text[i]` (`5.88万件`, `5053人/次`, `20.56亿元`, `98.5%`, a signed
 * growth rate after the words of a change: `增长-15.3%` from its sign), and
 * the 同比/环比 change that follows it (`，同比下降24.85%`) as its comparison. `undefined` when
 * the text there is no figure, an ordinal, an approximation or a change. The words before the
 * figure that may make a percentage a change are read from `text[max(start, i - 4), i)`.
 */
export function readMetric(
  text: string,
  i: number,
  start: number,
  changes = false,
): ReadMetric | undefined {
  // `增长-15.3%`, `甲区（-6.2%）`: a growth rate printed with its sign.
  const sign = signAt(text, i, start);
  const signed = sign !== 0;
  if (signed) i++;
  const prev = text.charCodeAt(i - 1);
  const exceeds = !signed && prev === EXCEEDS;
  const summed =
    !signed && prev === 0x2b /* + */ && SUMMED.test(text.slice(Math.max(0, i - 14), i));
  if (
    !isDigitCode(text.charCodeAt(i)) ||
    (!signed &&
      !exceeds &&
      !summed &&
      (isDigitCode(prev) ||
        (isLatinCode(prev) && !afterGdp(text, i)) ||
        (NOT_BEFORE_CODES.has(prev) &&
          !(prev === FRONT && oneOfCode(NOW_FIRSTS, text.charCodeAt(i - 2))) &&
          !pairedAfterSlash(text, i))))
  )
    return undefined;
  if (!signed && GROUP_SPACES.has(prev) && inSpacedNumber(text, i)) return undefined;
  // `9萬1,332公噸`: three digits after a digit's thousands comma are that number's, no figure of theirs.
  if (prev === 0x2c && isDigitCode(text.charCodeAt(i - 2)) && groupsEnd(text, i - 1, COMMA) > i - 1)
    return undefined;
  // `2477·1万元`: the decimals after a middle dot printed for the point are the number before's.
  if ((prev === 0xb7 || prev === 0x3002) && middleDotDecimals(text, i - 1, unitAt) > 0)
    return undefined;
  // `同比下降9. 4%`: the decimals after a spaced point are the number before's, no figure of theirs.
  if (prev === 0x20 && text.charCodeAt(i - 2) === 0x2e /* . */ && afterSpacedPoint(text, i - 2))
    return undefined;
  let j = i;
  while (j < text.length && isDigitCode(text.charCodeAt(j)) && j - i < 16) j++;
  if (isDigitCode(text.charCodeAt(j))) return undefined;
  // Thousands separators: `1,234,567件`, `1,123.8万件` (groups of three after a lead of one to three).
  let digits = text.slice(i, j);
  // (Spaces part them too, `321 146件`, unless the number goes on from a mark: `12.5 146`.)
  const comma = text.charCodeAt(j) === 0x2c; /* , */
  if (j - i <= 3 && (comma || !afterNumberMark(text.charCodeAt(i - 1)))) {
    const grouped = groupsEnd(text, j, comma ? COMMA : GROUP_SPACES);
    for (let k = j; k < grouped; k += 4) digits += text.slice(k + 1, k + 4);
    j = grouped;
  }
  // `?00余人` (a converter's garbled `地3` before `00`), `05人`: a number printed with a leading zero
  // is no count; read, the model would print it without its zero.
  if (digits.length > 1 && digits.charCodeAt(0) === 0x30 /* 0 */) return undefined;
  let fraction = "";
  // `补贴192. 26万元`: a point a copy set a space after, in a number after a word or after the
  // `、` of a list (`1327张表、13. 47亿条`; not a list's marker after a clause's end: `。2. 36个`,
  // `；2. 36个`).
  const spaced =
    text.charCodeAt(j + 1) === 0x20 &&
    isDigitCode(text.charCodeAt(j + 2)) &&
    afterSpacedPoint(text, j);
  if (text.charCodeAt(j) === 0x2e /* . */ && (spaced || isDigitCode(text.charCodeAt(j + 1)))) {
    j += spaced ? 2 : 1;
    const from = j;
    while (isDigitCode(text.charCodeAt(j))) j++;
    // The model prints up to six decimals (`506.877526万元`, an amount in 万元 to the fen).
    if (j - from > 6) return undefined;
    fraction = text.slice(from, j);
  } else {
    // `总收入2477·1万元`, `增长81·3%`: a decimal point printed as a middle dot.
    const decimals = middleDotDecimals(text, j, unitAt);
    if (decimals > 0) {
      fraction = text.slice(j + 1, j + 1 + decimals);
      j += 1 + decimals;
    }
  }
  // `500余人`, `1100多万元`: a bound's mark after the number (read with the unit after it).
  const mark = boundMarkAt(text, j);
  j += mark.length;
  let scale: string = SCALE_FIRSTS.has(text.charCodeAt(j))
    ? (SCALES.find((s) => text.startsWith(s, j)) ?? "")
    : "";
  if (exceeds && (fraction.length < 2 || scale !== "")) return undefined;
  j += scale.length;
  // `125976.6萬(wan)人次`: a converter's reading of the scale is read past.
  if (scale !== "") j += scaleReadingLength(text, j, scale);
  // `76.7万余件`: the mark after the scale.
  let scaleMark = "";
  if (mark === "" && scale !== "") {
    scaleMark = boundMarkAt(text, j);
    j += scaleMark.length;
  }
  // `28兆4,615億元`: trillions (兆) and the hundred millions after them, read as 亿.
  if (scale === "" && fraction === "" && text.charCodeAt(j) === 0x5146 /* 兆 */) {
    const yi = TRILLION_REST.exec(text.slice(j + 1, j + 8));
    if (yi !== null) {
      digits += (yi[1] ?? "").replace(",", "").padStart(4, "0");
      scale = yi[2] ?? "";
      j += 1 + yi[0].length;
    }
  }
  // `1萬8,000元`, `3亿5000万元`: the rest after a whole number of a scale, summed with it.
  const rest =
    fraction === "" && mark === "" && scaleMark === ""
      ? REST_AFTER.exec(text.slice(j, j + 7))
      : null;
  if (rest !== null && rest[2] === undefined && (scale === "万" || scale === "萬")) {
    digits += (rest[1] ?? "").replace(",", "").padStart(4, "0");
    scale = "";
    j += rest[0].length;
  } else if (rest?.[2] !== undefined && (scale === "亿" || scale === "億")) {
    digits += (rest[1] ?? "").replace(",", "").padStart(4, "0");
    scale = rest[2];
    j += rest[0].length;
  } else if (rest === null && fraction === "" && (scale === "亿" || scale === "億")) {
    // `33亿4071.1万剂次`: the ten thousands after the hundred millions to a decimal.
    const tenths = REST_DECIMAL.exec(text.slice(j, j + 11));
    if (tenths !== null) {
      digits += (tenths[1] ?? "").padStart(4, "0");
      fraction = tenths[2] ?? "";
      scale = tenths[3] ?? "";
      j += tenths[0].length;
    }
  }
  // `9.1千人`, `5千万元`, `4,966萬7千元`, `5.88兆元`: scales in 千 and 兆 (thousand-scales.ts).
  const thousands = thousandScaleAt(text, i, j, digits, fraction, scale, unitAt);
  if (thousands !== undefined) ({ digits, fraction, printed: scale, end: j } = thousands);
  // `1.2个百分点` (`1.2個百分點` as converted pages print it) is a change, not a count; so is
  // `0.62个千分点` (`個千分點`), the change of a rate in ‰. (A step no comparison holds,
  // `较一季度回落6.4个百分点`, is read by point-step.ts as a figure in 个百分点.)
  if (
    (text.charCodeAt(j) === 0x4e2a /* 个 */ || text.charCodeAt(j) === 0x500b) /* 個 */ &&
    (text.startsWith("百分", j + 1) || text.startsWith("千分", j + 1))
  )
    return undefined;
  // `34 μg/m3`: the repair keeps a space before a unit in Latin letters; one is read past.
  if (
    scale === "" &&
    text.charCodeAt(j) === 0x20 &&
    oneOfCode(SYMBOL_FIRSTS, text.charCodeAt(j + 1))
  )
    j++;
  // `11265(次)`, `2300（件）`: a count whose unit a form prints in brackets after it.
  const bracketed = scale === "" ? bracketedUnitAt(text, j) : undefined;
  if (bracketed !== undefined) j++;
  const unit =
    bracketed ??
    unitAt(text, j) ??
    lifeSpanUnitAt(text, i, j, start) ??
    schoolingYearsAt(text, i, j, start) ??
    stayDaysAt(text, i, j, start);
  if (unit === undefined) return undefined;
  // (A mark before a percentage or a converter's reading is no bound: `30余%` is not printed.)
  if ((mark !== "" || scaleMark !== "") && (unit === "%" || bracketed !== undefined))
    return undefined;
  j += unit.length + (bracketed === undefined ? 0 : 1);
  // `40.8%%`: a sign printed twice is one (doubled-percent.ts).
  if (unit === "%") j += doubledPercentAt(text, j);
  if (latinRunsOn(unit, text, j)) return undefined;
  // `5998.2億m?`: a cubic metre whose superscript a converter lost (lost-superscript.ts).
  const power = unit === "m" ? lostSuperscriptUnit(text, i, j) : unit;
  if (power === undefined) return undefined;
  // `77.8万辆次`, `4525億噸公里`: a count in rounds or over a distance.
  let unitName = power === unit ? (UNIT_NAMES[unit] ?? unit) : power;
  let printedUnit = power === unit ? unit : `${unit}${text.charAt(j++)}`;
  const compound = compoundAt(text, j, unitName);
  if (compound !== undefined) {
    j += compound.printed.length;
    printedUnit += compound.printed;
    unitName += compound.name;
  }
  // `4.39吨/平方公里`: a unit counted per another (not a percentage, not `人/次` or `微克/立方米`).
  let per = unit === "%" || unit.includes("/") ? "" : perUnitAt(text, j);
  // `11.95元/500克`, `94.95元/桶`: a price counted per a quantity of goods.
  let perPrinted = per;
  // `公斤/畝`, `元/㎡`: the unit counted per as the model names it (`公斤/亩`, `元/平方米`), after
  // its round count (`部/百戶` is `部/百户`, `人/萬人` is `人/万人`).
  if (per !== "") per = perUnitName(per.slice(1));
  const goods = per === "" && CURRENCIES.has(unit) ? perGoodsAt(text, j) : undefined;
  if (goods !== undefined) {
    per = goods.unit;
    perPrinted = `/${text.slice(j + 1, j + goods.length)}`;
  }
  j += perPrinted.length;
  // `744元/人·月`, `3712元/人.年`: a rate per head over a span, one unit.
  const span = per === "/人" || per === "/户" ? perHeadSpanAt(text, j) : "";
  if (span !== "") {
    per += span.name;
    perPrinted += span.printed;
    j += span.printed.length;
  }
  // `1185萬人(ren)(ren)、`: a converter's reading of the unit is read past; `0.39個(ge) 百分點` is
  // a change in points, as `0.39個百分點` is.
  const reading = isHanCode(text.charCodeAt(j - 1)) ? unitReadingLength(text, j) : 0;
  if (reading > 0) {
    j += reading;
    const k = text.charCodeAt(j) === 0x20 ? j + 1 : j;
    if (unitName === "个" && (text.startsWith("百分", k) || text.startsWith("千分", k)))
      return undefined;
  }
  // (`45%左右，`: an estimate closing its clause is read, as `约45%` is; not a symbol in Latin
  // letters, `12mg左右`, which stays text as before.)
  if (
    oneOfCode(NOT_AFTER, text.charCodeAt(j)) &&
    !moreThanCompared(text, j, start) &&
    !(closesApproximately(text, j) && !isLatinCode(unit.charCodeAt(unit.length - 1)))
  )
    return undefined;
  const notAfter = compound === undefined ? NOT_AFTER_UNIT[unit] : undefined;
  if (
    per === "" &&
    notAfter !== undefined &&
    oneOfCode(notAfter, text.charCodeAt(j)) &&
    !TEAMS_COUNTED.test(text.slice(j - unit.length, j + 2))
  )
    return undefined;
  // `12345对接`, `110对群众…`: a preposition or a word after a bare number, no count of pairs; but
  // couples before their noun are (`23276对新人办理结婚登记`, couple-counts.ts).
  if (unitName === "对" && scale === "" && isHanCode(text.charCodeAt(j)) && !countsCouples(text, j))
    return undefined;
  // `刀具62把、`: 把 counts things before a mark only (`12345把群众诉求…`, `100把椅子` are no counts).
  if (unit === "把" && !oneOfCode(MARKS_AFTER_UNIT, text.charCodeAt(j)) && j < text.length)
    return undefined;
  if (
    signed &&
    unit !== "%" &&
    !BELOW_ZERO.includes(unit) &&
    // A rate stated below zero in ‰ (`自然增长率为-2.25‰`); a rate listed after a `%` is one only in %.
    !(unit === "‰" && sign < 0 && !listedAfterRate(text, i - 1)) &&
    !(sign < 0 && CURRENCIES.has(unitName) && balanceAt(text, i - 1, start))
  )
    return undefined;
  if (summed && unit === "%") return undefined;
  if (unit === "分" && oneOfCode(CLOCK, text.charCodeAt(i - 1))) return undefined;
  // `1月1日元…`: a day after its month, no yen.
  if (unit === "日元" && text.charCodeAt(i - 1) === 0x6708 /* 月 */) return undefined;
  // `2.7级` is a grade read to its decimal, a figure; `3级`, `1级响应` are tiers.
  if (unitName === "级" && fraction === "") return undefined;
  // Cities, counties, trucks and points are counted whole: `14,940.0城市特困…` is a cell's number
  // run into the next cell's words, no count.
  if (fraction !== "" && scale === "" && WHOLE_COUNTS.has(unitName)) return undefined;
  // `15分钟健身圈`, `1小时经济圈`: a duration naming a circle of services is a policy's name.
  if ((unitName === "分钟" || unitName === "小时") && NAMED_CIRCLE.test(text.slice(j, j + 6)))
    return undefined;
  if (unit === "%" && !changes && !signed) {
    const before = plainChangeWords(text.slice(Math.max(start, i - 5), i));
    if (endsWithChangeWord(before)) return undefined;
  }
  // `2025年` and friends are not figures; a Han character right after most units is fine (`5053人次现场`).
  const scaleName = thousands?.name ?? SCALE_NAMES[scale] ?? scale;
  const q = quantityOf(digits, fraction, scaleName);
  if (q === undefined) return undefined;
  // `气温负2.2℃`: a temperature below zero, its minus written in words.
  const below = sign < 0 || (!signed && BELOW_ZERO.includes(unit) && isMinusWordCode(prev));
  const metric: Omit<Metric, "id" | "label"> = {
    value: below && q.value !== 0 ? -q.value : q.value,
    unit: `${unitName}${per}`,
    display:
      q.scale === "none" && q.fractionDigits === 0
        ? { scale: "none" }
        : { scale: q.scale, fractionDigits: q.fractionDigits },
  };
  // The bound's mark as the model writes it (`餘` is 余), where it stood.
  const bound = mark || scaleMark;
  const written: "余" | "多" = bound === "多" ? "多" : "余";
  if (mark !== "") metric.approximate = { mark: written };
  // (With no scale the model prints it after the number, as the text did.)
  else if (scaleMark !== "") metric.approximate = { mark: written, at: "scale" };
  // Strings for the note only where the model writes the scale or unit otherwise (rare; `餘`
  // for 余 is one).
  // (Set on the figure read when there are: no empty object spread into every figure.)
  const normalised =
    scaleName === scale && metric.unit === `${printedUnit}${perPrinted}` && bound !== "餘"
      ? undefined
      : {
          printed: `${mark}${scale}${scaleMark}${printedUnit}${perPrinted}`,
          written: `${mark && written}${scaleName}${scaleMark && written}${metric.unit}`,
        };
  const read = readComparisonAt(text, j);
  if (read !== undefined) metric.comparison = read.comparison;
  const figure: ReadMetric =
    read === undefined ? { end: j, metric } : { end: j, comparisonEnd: read.end, metric };
  if (normalised !== undefined) figure.normalised = normalised;
  return figure;
}

/**
 * The spaces a PDF prints between the thousands of a figure (`321 146件`, `1 123.8万元`, as the
 * PDFs of yearbooks and court reports print them): ASCII, no-break, thin and narrow no-break.
 */
const GROUP_SPACES = new Set([0x20, 0xa0, 0x2009, 0x202f]);

/**
 * A rest of four digits or fewer (`5000`, `4,615`; group 1), no digit, comma or point after it, nor
 * 千 (`4,966萬7千元` is 4966.7 万: thousand-scales.ts).
 */
const REST_DIGITS = "(\\d{1,4}(?![\\d,.千])|\\d,\\d{3}(?![\\d,.千]))";
/**
 * The rest after a whole number of ten thousands (`8,000`, `5000` in `1萬8,000元`) or of hundred
 * millions and its ten thousands (`5000万` in `3亿5000万元`): four digits or fewer, no digit after.
 */
const REST_AFTER = new RegExp(`^${REST_DIGITS}([万萬](?!亿|億))?`);
/**
 * The hundred millions after a whole number of trillions printed with 兆, as Taiwan's banks write
 * amounts (`4,615億` in `28兆4,615億元`, `2050亿` in `3兆2050亿元`): four digits or fewer, then 亿.
 * Not 兆 naming a unit (`120兆瓦`) nor 兆 with no 亿 after its rest.
 */
const TRILLION_REST = new RegExp(`^${REST_DIGITS}([亿億])`);
/**
 * The ten thousands after a whole number of hundred millions printed to a decimal (`4071.1万` in
 * `33亿4071.1万剂次`): four digits or fewer, a point, up to four decimals and 万; not a number
 * after a clause's words (`3亿元，4071.1万`: no digit right after 亿) nor one with no 万 after it.
 */
const REST_DECIMAL = /^(\d{1,4})\.(\d{1,4})([万萬])(?!亿|億)/;

/** The thousands separator of a site's figures (`1,234,567件`). */
const COMMA = new Set([0x2c]);

/**
 * The index after the groups of thousands at `text[j]`, each a separator of `separators` and three
 * digits with no fourth (`321 146件` from after `321`, `1,234,567件` from after `1`); `j` when none
 * follows.
 */
function groupsEnd(text: string, j: number, separators: ReadonlySet<number>): number {
  let k = j;
  while (
    separators.has(text.charCodeAt(k)) &&
    isDigitCode(text.charCodeAt(k + 1)) &&
    isDigitCode(text.charCodeAt(k + 2)) &&
    isDigitCode(text.charCodeAt(k + 3)) &&
    !isDigitCode(text.charCodeAt(k + 4))
  )
    k += 4;
  return k;
}

/**
 * Marks that join a number to the one before (`12.5`, `10:30`, `1-3`, `1/4`, `5~7`): digits after
 * one are no lead of thousands.
 */
const NUMBER_MARKS = new Set([...".:：-/~～—"].map((c) => c.charCodeAt(0)));
const afterNumberMark = (prev: number): boolean => NUMBER_MARKS.has(prev);

/**
 * Whether the digits at `text[i]`, after a space, are a group of thousands of the number before
 * (`146件` of `321 146件`): three digits, after a lead of one to three digits and groups of three,
 * each after a space. Such a tail is no figure of its own.
 */
function inSpacedNumber(text: string, i: number): boolean {
  if (groupsEnd(text, i - 1, GROUP_SPACES) === i - 1) return false;
  let k = i - 1;
  // Back over the groups before: a space and three digits each.
  while (
    GROUP_SPACES.has(text.charCodeAt(k - 4)) &&
    isDigitCode(text.charCodeAt(k - 1)) &&
    isDigitCode(text.charCodeAt(k - 2)) &&
    isDigitCode(text.charCodeAt(k - 3))
  )
    k -= 4;
  // The lead: one to three digits, not after a digit or a mark joining numbers.
  let lead = 0;
  while (lead < 4 && isDigitCode(text.charCodeAt(k - 1 - lead))) lead++;
  return lead >= 1 && lead <= 3 && !afterNumberMark(text.charCodeAt(k - 1 - lead));
}

/** The words after a duration that make it a circle's name: `健身圈`, `便民生活圈`, `圈`. */
const NAMED_CIRCLE = /^[\u4e00-\u9fff]{0,4}圈(?!定)/;

/** Whether a percentage at `text[i]` follows words that make it a change (`同比下降24.85%`). */
export function followsChangeWords(text: string, i: number, start: number): boolean {
  const before = plainChangeWords(text.slice(Math.max(start, i - 5), i));
  return endsWithChangeWord(before);
}

/** The last units of {@link CHANGE_WORDS}: words that end in none of them end in no change word. */
const CHANGE_LASTS = new Set(CHANGE_WORDS.map((w) => w.charCodeAt(w.length - 1)));

function endsWithChangeWord(words: string): boolean {
  return (
    CHANGE_LASTS.has(words.charCodeAt(words.length - 1)) &&
    CHANGE_WORDS.some((w) => words.endsWith(w))
  );
}

/**
 * The change right after a figure: `，同比下降24.85%`, `同比-5.2%`, `环比提高1.2个百分点`,
 * `，与去年同比上升15.19%`, `，与去年同期相比增长15.5%`.
 */
export function readComparison(text: string, i: number): Metric["comparison"] | undefined {
  return readComparisonAt(text, i)?.comparison;
}

/**
 * The shape of every change format's parseChange and parsePointChange read here (a basis, then a
 * direction word, a sign or a digit, or 持平): words of another shape (`同比增长了40.43%`, `同比项目数量下降21.17%`) are
 * not handed to it, whose failure builds an error.
 */
const CHANGE_SHAPE =
  /^(?:同比|环比|[与较比]上年同期|[与较比]上[月期])\s*(?:增长|上升|增加|提高|下降|减少|降低|回落|持平|[+\-−＋－\d０-９])/;

/** The characters a comparison's words may open with (`環`, `較`, `與` as converted pages print them). */
const COMPARISON_FIRSTS = "同环较比与和去上環較與";
const COMPARISON_FIRST_UNITS = new Set([...COMPARISON_FIRSTS].map((c) => c.charCodeAt(0)));

/** Words of a change printed in traditional characters, and their simplified forms. */
const TRADITIONAL_CHANGE: Record<string, string> = {
  個百分點: "个百分点",
  百分點: "百分点",
  增長: "增长",
  減少: "减少",
  環比: "环比",
  較: "较",
  與: "与",
};
/**
 * What a change's words say without the words that qualify it: `同比名义增长2.5%` and `同比实际增长`
 * say `同比增长…`, `同比增长了40.43%` says `同比增长40.43%`; traditional forms (`同比增長66.10%`) simplified.
 */
const CHANGE_FILLERS =
  /個百分點|百分點|增長|減少|環比|較|與|名义|名義|实际|實際|(?<=增长|上升|增加|提高|下降|减少|降低|回落|增長|減少)了/g;

/** A character every {@link CHANGE_FILLERS} match holds: most words hold none, and are returned as they are. */
const FILLER_CHARS = /[了名实實長減環較與點]/;

function plainChangeWords(words: string): string {
  return FILLER_CHARS.test(words)
    ? words.replace(CHANGE_FILLERS, (w) => TRADITIONAL_CHANGE[w] ?? "")
    : words;
}

/** The marks and arrows that close a comparison's words (`，同比增长45.8%⬆`). */
const COMPARISON_END_UNITS = unitSet("，。；、：）（(↑↓⬆⬇▲▼△▽↗↘");

/**
 * The regexes of {@link readComparisonAt}, built once (a regex literal in a function is a new
 * object at each call): a lead naming last year (`与去年同期相比`; `较上一年`, `比上年度同期` as some
 * offices spell it, not `较上一季度`) before the change's words, a
 * last period named after `较`/`比`/`与` (`较上月`), and a percentage's digits.
 */
const LAST_YEAR_LEAD =
  /^[与和较比]?(?:去年|上年|上一年|上年度)(?:同期)?(?:相比)?(?=同比|增长|下降|上升|减少|增加|提高|降低)/;
const LAST_PERIOD_START = /^[较比与]上(?:年同期|月|期)/;
const PERCENT_DIGITS = /(\d+(?:\.\d+)?)%/;
/**
 * Whether the point at `text[p]` ends a whole number the figure reader reads a spaced point after
 * (`下降9. 4%`, `、13. 47亿条`: digits after a Han character or `、`; not `。2. 36个`, a list's marker).
 */
function afterSpacedPoint(text: string, p: number): boolean {
  let k = p;
  while (k > 0 && p - k < 16 && isDigitCode(text.charCodeAt(k - 1))) k--;
  if (k === p) return false;
  const before = text.charCodeAt(k - 1);
  return isHanCode(before) || before === 0x3001; /* 、 */
}

/**
 * A point between digits with a space after it (`9. 4`), as some copies print a decimal; not a
 * point before words (`2. 加强`) or before a space and no digit.
 */
const SPACED_POINT = /(\d)\. (?=\d)/g;
/** A percent sign, as printed or full-width. */
const PERCENT_MARK = /[%％]/;

const isPercentCode = (c: number): boolean => c === 0x25 || c === 0xff05;

/** {@link readComparison}, with the index just after the words it read. */
function readComparisonAt(
  text: string,
  i: number,
): { comparison: NonNullable<Metric["comparison"]>; end: number } | undefined {
  let j = i;
  const mark = text.charCodeAt(j);
  if (mark === 0xff0c /* ， */ || mark === 0x3001 /* 、 */ || mark === 0x20) j++;
  // Every form read below opens with one of these (`同比`, `环比`, `较上月`, `比上年`, `与去年`,
  // `和上年`, `去年同期`, `上年同期`): most figures have no comparison, and are told so here.
  if (!COMPARISON_FIRST_UNITS.has(text.charCodeAt(j))) return undefined;
  const from = j;
  // An arrow after the change (`同比增长45.8%⬆`, as a graphic prints it) closes its words.
  // So does an ASCII full stop after its `%` (`同比上升20.7%.11个城市中`: a copy's `.` for `。`, run
  // into the next sentence's number; a percentage takes no decimal point after its mark).
  while (
    j < text.length &&
    j - from < 24 &&
    !COMPARISON_END_UNITS.has(text.charCodeAt(j)) &&
    !(text.charCodeAt(j) === 0x2e && isPercentCode(text.charCodeAt(j - 1)))
  )
    j++;
  // `与去年同比上升15.19%` and `与去年同期相比增长15.5%` say what `同比上升15.19%` says; so does a
  // change whose point a copy set a space after (`同比下降9. 4%`, `同比增加了0. 003%`).
  const printed = singlePercents(text.slice(from, j));
  const said = plainChangeWords(
    printed.includes(". ") ? printed.replace(SPACED_POINT, "$1.") : printed,
  );
  const lead = LAST_YEAR_LEAD.exec(said)?.[0];
  const rest = lead === undefined ? said : said.slice(lead.length);
  const words = lead === undefined || rest.startsWith("同比") ? rest : `同比${rest}`;
  if (!(words.startsWith("同比") || words.startsWith("环比") || LAST_PERIOD_START.test(words))) {
    return undefined;
  }
  // What the two readers can take ends in `%` (`％`), `个百分点` or `持平` (spaces aside): other
  // words are not read (a failed read builds an error, most of the cost here). Nor are words
  // with a `%` before their end (`同比增长8.3%和12.4%`: two rates), which parseChange refuses.
  const end = words.trimEnd();
  const last = end.charAt(end.length - 1);
  const change =
    (last === "%" || last === "％" || last === "平") &&
    !PERCENT_MARK.test(end.slice(0, -1)) &&
    CHANGE_SHAPE.test(words)
      ? safeParseChange(words)
      : undefined;
  if (change?.success) {
    const digits = PERCENT_DIGITS.exec(words)?.[1];
    const size = digits === undefined ? 0 : Number(digits);
    return {
      comparison: {
        basis: change.data.basis,
        change: change.data.ratio < 0 ? -size : size,
        changeUnit: "percent",
      },
      end: j,
    };
  }
  const points =
    (last === "点" || last === "平") && CHANGE_SHAPE.test(words)
      ? safeParsePointChange(words)
      : undefined;
  if (points?.success && points.data.basis !== undefined) {
    return {
      comparison: { basis: points.data.basis, change: points.data.points, changeUnit: "points" },
      end: j,
    };
  }
  return undefined;
}

/**
 * A clause label that only says how a figure changed (`增长`, `同比下降`, `较上周上升`,
 * `比上年同期增长`), naming nothing the figure measures.
 */
const BARE_CHANGE =
  /^(?:[与和较比](?:上年同期|去年同期|上年|去年|同期|上月|上周|上期|上季度))?(?:相比)?(?:同比|环比)?(?:分别)?(?:增长|下降|上升|减少|提高|降低|增加|回落|增幅|降幅)?$/;

/** Whether a label names only a change (see {@link BARE_CHANGE}). */
export function isBareChangeLabel(label: string): boolean {
  return BARE_CHANGE.test(label);
}

/** Words that lead up to a number; the traditional forms converted pages print too (`累計`, `當月`). */
const LEAD = [
  "其中",
  "累计",
  "合计",
  "共计",
  "累計",
  "合計",
  "共計",
  "全月",
  "本月",
  "本周",
  "本週",
  "当月",
  "當月",
  "共",
  "）",
  ")",
];
const TRAIL = [
  "共计",
  "共計",
  "达到",
  "達到",
  "合计",
  "合計",
  "累计",
  "累計",
  "以及",
  "共",
  "达",
  "達",
  "为",
  "為",
  "大约",
  "約",
  "约",
  "計",
  "计",
  "是",
  "了",
  "和",
  "（",
  "(",
];

/**
 * Words that end in `约` and say no estimate (`比预算节约1097.84万元`: saved; `签约`, `预约`): the
 * label keeps them whole.
 */
const SAVING_WORD_FIRSTS = "节制签预违履合公条集简特邀相解毁守践";
const endsInWordOfYue = (label: string): boolean =>
  oneOf(SAVING_WORD_FIRSTS, label.charAt(label.length - 2));

const LEAD_FIRSTS = new Set(LEAD.map((w) => w.charCodeAt(0)));
const TRAIL_LASTS = new Set(TRAIL.map((w) => w.charCodeAt(w.length - 1)));

/** The marks a figure's clause starts after: 1 by code unit (a look-up at each unit before a figure). */
const CLAUSE_ENDS = new Uint8Array(0x10000);
for (const c of "，。；：、！？") CLAUSE_ENDS[c.charCodeAt(0)] = 1;
// `…以内━ 自贸试验区534项`: the rule a page leads each point of a list with (its lines joined into
// one paragraph) ends the point before it, as a mark would; the label is the new point's words.
CLAUSE_ENDS[0x2501 /* ━ */] = 1;

/**
 * `;` and `,` the repair left in ASCII (between a unit in Latin letters or `%` and a Latin word:
 * `15μg/m3;PM10浓度为…`) end a clause too; a `,` between digits (`1,234`) does not; nor does a `.`
 * but after a `%`.
 */
function asciiClauseMark(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c === 0x3b) return true;
  // `同比增长22.8%.其中住宅…`: a `.` after a `%` is a copy's full stop (no decimal point follows a `%`).
  if (c === 0x2e) return isPercentCode(text.charCodeAt(k - 1));
  return (
    c === 0x2c && !(isDigitCode(text.charCodeAt(k - 1)) && isDigitCode(text.charCodeAt(k + 1)))
  );
}

/**
 * The label of a figure: its clause, from the last `，。；：、` (or ASCII `;`, `,`) before it, without the words that
 * only lead up to a number (`共`, `累计`, `为`). At most 60 characters.
 */
export function clauseLabel(before: string): string {
  let k = before.length;
  while (k > 0 && CLAUSE_ENDS[before.charCodeAt(k - 1)] !== 1 && !asciiClauseMark(before, k - 1))
    k--;
  // `甲区（-6.2%）`: the bracket opened before the figure is not part of the name (TRAIL strips it);
  // `（1200件）增长`: nor is the bracket closed after the figure before it (LEAD strips it).
  let label = before.slice(Math.max(k, before.length - 60)).trim();
  for (let changed = true; changed; ) {
    changed = false;
    // A pass over the words only where the label opens (ends) with the first (last) unit of one.
    if (LEAD_FIRSTS.has(label.charCodeAt(0))) {
      for (const w of LEAD) {
        if (label.startsWith(w) && label.length > w.length) {
          label = label.slice(w.length);
          changed = true;
        }
      }
    }
    if (TRAIL_LASTS.has(label.charCodeAt(label.length - 1))) {
      for (const w of TRAIL) {
        if (label.endsWith(w) && !(w === "约" && endsInWordOfYue(label))) {
          label = label.slice(0, -w.length);
          changed = true;
        }
      }
    }
  }
  for (let k = 0; k < label.length; k++) {
    const n = label.charCodeAt(k);
    if (isHanCode(n) || isLatinCode(n)) return label;
  }
  return "";
}
