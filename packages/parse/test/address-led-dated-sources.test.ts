import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A portal's date line under a copied headline: the portal's address, the page's date and clock
 * time, then the outlet the copy came from, perhaps a site and its paper joined by a dash
 * (`http://www.sina.com.cn 2004年02月02日08:06 千华网-鞍山日报`): that outlet is the publisher, as it
 * is without the address (`2004-02-02 08:06 某某晚报`). A person's name after the date, or a name
 * that ends as no outlet or office does, names none. Every text here is written for the test.
 */

const page = (line: string) =>
  `某市为1200名农民工追回拖欠工资860万元\n${line}\n本报讯 记者从市劳动和社会保障局监察支队获悉，此次专项维权行动中，全市共受理民工投诉512件，为民工讨回拖欠工资860万元。`;

const publisher = (line: string) =>
  parseBulletinText(page(line)).bulletin.publication.publisher?.name;

describe("an outlet after the date on a portal's address-led date line", () => {
  test.each([
    ["http://www.sina.com.cn 2004年02月02日08:06 千华网-鞍山日报", "千华网-鞍山日报"],
    ["http://news.example.com 2005年03月12日 09:15 某某晚报", "某某晚报"],
    ["www.example.com.cn 2006-05-08 10:20 新華網", "新華網"],
    ["2007年06月09日 11:05 某某网-某某日报", "某某网-某某日报"],
    ["http://www.sina.com.cn 2004年02月02日08:06 千华网-鞍山日报 | |", "千华网-鞍山日报"],
  ])("`%s`: the outlet is the publisher", (line, name) => {
    expect(publisher(line)).toBe(name);
  });

  test.each([
    ["a person's name", "http://www.example.com 2004年02月02日08:06 张某某"],
    ["a name joined to a person's", "2007年06月09日 11:05 某某日报-张某某"],
  ])("%s names no publisher", (_, line) => {
    expect(publisher(line)).toBeUndefined();
  });
});
