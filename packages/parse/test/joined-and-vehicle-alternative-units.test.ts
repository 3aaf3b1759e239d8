import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * Two shapes of a unit printed with its alternatives, kept whole as printed: archives holdings
 * counted in files or items joined by `、` (`58641.7万卷、件`, in rounds of use `2078.0萬卷、件次`),
 * and the vehicles a border or port check counts in trips with the other vehicles in a bracket
 * before `次` (`3504.5万辆(架、列、艘)次`). Neither half alone is what the text counts, as with
 * `人(次)` and `台(套)`. Lines from tuning texts (three national 档案 summaries, one in traditional
 * characters; national 边检 and 移民管理 releases, one in traditional characters; 二连浩特's 口岸 item).
 */

describe("a measure word joined to its alternative by 、 is one unit", () => {
  test.each([
    [
      "全国各级国家综合档案馆馆藏档案58641.7万卷、件。其中，中央级5968.7万卷、件。",
      ["全国各级国家综合档案馆馆藏档案=586417000卷、件", "中央级=59687000卷、件"],
    ],
    ["綜合檔案館開放10151.7萬卷、件檔案，其中。", ["綜合檔案館開放=101517000卷、件"]],
    ["提供利用档案7338.7万卷、件次；接待政府公开信息查阅。", ["提供利用档案=73387000卷、件次"]],
    ["全國提供利用檔案2078.0萬卷、件次；接待。", ["全國提供利用檔案=20780000卷、件次"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("a vehicle with the others checked in a bracket before 次 is one unit", () => {
  test.each([
    [
      "检查出入境交通运输工具3504.5万辆(架、列、艘)次，同比增长13.1%。",
      ["检查出入境交通运输工具=35045000辆(架、列、艘)次"],
    ],
    [
      "查验交通运输工具643.1万架(艘、列、辆)次，同比增长182.4%。",
      ["查验交通运输工具=6431000架(艘、列、辆)次"],
    ],
    // A converted copy's 輛 is written simplified; a full-width bracket as the model writes one.
    [
      "查驗跨境交通運輸工具45.9萬架（艘、列、輛）次，較去年。",
      ["查驗跨境交通運輸工具=459000架(艘、列、辆)次"],
    ],
    [
      "累计验放交通运输工具45.4万辆(列/架)次，较去年同期增长19%。",
      ["验放交通运输工具=454000辆(列/架)次"],
    ],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("alternatives that are no such unit keep the unit before them (near misses)", () => {
  test.each([
    // A list goes on after 、 with another noun: 卷 alone.
    ["整理档案1200卷、图片380张。", ["整理档案=1200卷", "图片=380张"]],
    // 件 before 、卷 is no pair the archives print.
    ["受理投诉120件、卷宗80份。", ["受理投诉=120件", "卷宗=80份"]],
    // A bracket holding what is no vehicle is a note (a 农业 monitoring report's transport count).
    ["抽检1231辆(个)水产品运输车和暂养池。", ["抽检=1231辆"]],
    // `次` inside the bracket, after a space, as one reader wrote it: 辆 alone.
    ["交通工具30.3萬輛 (列架次) ,同比增長394%。", ["交通工具=303000辆", "同比增長=394%"]],
    // No 次 after the bracket: 辆 alone.
    ["新增运输车辆120辆(架)，其中货车。", ["新增运输车辆=120辆"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
