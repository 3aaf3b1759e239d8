/**
 * `平江县2009年度政府采购规模首次突破亿元大关`, `全省2019年度完成造林绿化654.32万亩`, `黑龙江省2013年共发生…`,
 * `我市2017年…`: a report's first sentence naming its place right before the year it opens on — a
 * whole place (`全省`, `全市`, `全国`…), ours or this one (`我省`, `本市`, `该县`…), or a place's name
 * of up to seven Han characters ending as one (省, 市, 县, 区, 州, 旗, 镇, 乡). Not a word ending so that
 * names no place (`超市`, `上市`, `城市`, `门市`, `景区`, `小区`, `城镇`, `城乡`, `乡镇`, `村镇`).
 */
const PLACE_BEFORE_YEAR =
  /^(?:全[国國省市县縣区區州盟旗镇鎮乡鄉]|[我本该該][国國省市县縣区區州旗镇鎮乡鄉]|[\u4e00-\u9fff]{1,7}?[省市县縣区區州旗镇鎮乡鄉])(?<![超上城门門景小]市|[景小]区|[景小]區|[城乡鄉村][镇鎮乡鄉])(?=\d{4}年)/;

/** How long the place {@link PLACE_BEFORE_YEAR} reads before a line's year is (0 for none). */
export function placeBeforeYear(text: string): number {
  return PLACE_BEFORE_YEAR.exec(text)?.[0].length ?? 0;
}
