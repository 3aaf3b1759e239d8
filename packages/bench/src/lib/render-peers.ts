import type {
  BulletinLayout,
  DateRun,
  InlineRun,
  ItemNode,
  LeadNode,
  NoteNode,
  SectionNode,
} from "@bulletin/render";
import { Eta } from "eta";
import { Fragment, createElement as h, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";

/**
 * What an app developer would otherwise write to get renderHtml's markup from a layout: React
 * components rendered with `renderToStaticMarkup`, and a precompiled eta template. Both write
 * the same HTML as renderHtml (the suite checks it on every bulletin of its pool).
 */

/** `<time datetime>`: React 19 writes the `dateTime` prop as `dateTime`, so the attribute is given as HTML spells it. */
const time = (datetime: string, className?: string): Record<string, string> =>
  className === undefined ? { datetime } : { className, datetime };

const Date_ = ({ run }: { run: DateRun }): ReactNode => h("time", time(run.datetime), run.text);

function Run({ run }: { run: InlineRun }): ReactNode {
  switch (run.kind) {
    case "text":
    case "quote":
      return run.text;
    case "metric":
      return h(
        "data",
        { className: "bulletin-metric", value: String(run.metric.value), title: run.metric.label },
        run.text,
      );
    case "department":
      return run.text === run.department.name
        ? h("span", { className: "bulletin-department" }, run.text)
        : h("abbr", { className: "bulletin-department", title: run.department.name }, run.text);
    case "date":
      return h(Date_, { run });
    case "title":
      return h("cite", { className: "bulletin-work" }, run.text);
    case "emphasis":
      return h("em", null, run.text);
  }
}

function Lead({ lead }: { lead: LeadNode }): ReactNode {
  const marker =
    lead.marker === undefined ? null : h("span", { className: "bulletin-marker" }, lead.marker);
  return h(
    Fragment,
    null,
    lead.label === undefined
      ? null
      : h("strong", { className: "bulletin-note-label" }, lead.label.text + lead.label.end),
    lead.title === undefined
      ? marker
      : h(
          "strong",
          { className: "bulletin-item-heading" },
          marker,
          lead.title.text + lead.title.end,
        ),
    lead.date === undefined ? null : [h(Date_, { key: 0, run: lead.date.run }), lead.date.end],
  );
}

function Item({ item }: { item: ItemNode }): ReactNode {
  return h(
    "div",
    { className: "bulletin-item", id: item.id },
    // (the suite's pool has no tables: these peers write paragraphs only)
    item.blocks.map((block, b) =>
      block.kind !== "paragraph"
        ? null
        : h(
            "p",
            { key: b },
            block.lead === undefined ? null : h(Lead, { lead: block.lead }),
            block.runs.map((run, r) => h(Run, { key: r, run })),
          ),
    ),
  );
}

function Section({ section }: { section: NoteNode | SectionNode }): ReactNode {
  const items = section.items.map((item, i) => h(Item, { key: i, item }));
  return section.kind === "note"
    ? h("section", { className: "bulletin-section bulletin-note", id: section.id }, items)
    : h(
        "section",
        { className: "bulletin-section", id: section.id },
        h("h2", null, h("span", { className: "bulletin-marker" }, section.marker), section.title),
        items,
      );
}

function Article({ layout }: { layout: BulletinLayout }): ReactNode {
  const m = layout.masthead;
  const tail = layout.tail;
  return h(
    "article",
    { className: "bulletin", lang: "zh-CN" },
    h(
      "header",
      { className: "bulletin-masthead" },
      h("h1", { className: "bulletin-title" }, m.title),
      h("p", { className: "bulletin-number" }, m.number.text),
      h(
        "p",
        { className: "bulletin-imprint" },
        h("span", { className: "bulletin-publisher" }, m.publisher.name),
        " ",
        h("time", time(m.publishedOn.date, "bulletin-date"), m.publishedOn.text),
      ),
    ),
    layout.sections.map((section, s) => h(Section, { key: s, section })),
    tail === undefined
      ? null
      : h(
          "footer",
          { className: "bulletin-distribution" },
          tail.lines.map((line) =>
            h(
              "p",
              { key: line.role, className: "bulletin-distribution-line", "data-role": line.role },
              h("span", { className: "bulletin-distribution-label" }, `${line.label}：`),
              line.text,
            ),
          ),
          tail.copies === undefined
            ? null
            : h("p", { className: "bulletin-copies" }, tail.copies.text),
        ),
  );
}

/** React's markup for a layout, through `renderToStaticMarkup`. */
export function renderReact(layout: BulletinLayout): string {
  return renderToStaticMarkup(h(Article, { layout }));
}

const TEMPLATE = [
  '<article class="bulletin" lang="zh-CN"><header class="bulletin-masthead">',
  '<h1 class="bulletin-title"><%= it.masthead.title %></h1>',
  '<p class="bulletin-number"><%= it.masthead.number.text %></p>',
  '<p class="bulletin-imprint"><span class="bulletin-publisher"><%= it.masthead.publisher.name %></span> ',
  '<time class="bulletin-date" datetime="<%= it.masthead.publishedOn.date %>"><%= it.masthead.publishedOn.text %></time></p></header>',
  "<% for (const s of it.sections) { %>",
  '<section class="bulletin-section<%= s.kind === "note" ? " bulletin-note" : "" %>"<% if (s.id !== undefined) { %> id="<%= s.id %>"<% } %>>',
  '<% if (s.kind === "section") { %><h2><span class="bulletin-marker"><%= s.marker %></span><%= s.title %></h2><% } %>',
  "<% for (const item of s.items) { %>",
  '<div class="bulletin-item"<% if (item.id !== undefined) { %> id="<%= item.id %>"<% } %>>',
  "<% for (const b of item.blocks) { %><p>",
  "<% const lead = b.lead; if (lead !== undefined) { %>",
  '<% if (lead.label !== undefined) { %><strong class="bulletin-note-label"><%= lead.label.text + lead.label.end %></strong><% } %>',
  '<% if (lead.title !== undefined) { %><strong class="bulletin-item-heading"><% if (lead.marker !== undefined) { %><span class="bulletin-marker"><%= lead.marker %></span><% } %><%= lead.title.text + lead.title.end %></strong>',
  '<% } else if (lead.marker !== undefined) { %><span class="bulletin-marker"><%= lead.marker %></span><% } %>',
  '<% if (lead.date !== undefined) { %><time datetime="<%= lead.date.run.datetime %>"><%= lead.date.run.text %></time><%= lead.date.end %><% } %>',
  "<% } %>",
  "<% for (const r of b.runs) { %>",
  '<% if (r.kind === "text" || r.kind === "quote") { %><%= r.text %>',
  '<% } else if (r.kind === "metric") { %><data class="bulletin-metric" value="<%= r.metric.value %>" title="<%= r.metric.label %>"><%= r.text %></data>',
  '<% } else if (r.kind === "department") { %><% if (r.text === r.department.name) { %><span class="bulletin-department"><%= r.text %></span><% } else { %><abbr class="bulletin-department" title="<%= r.department.name %>"><%= r.text %></abbr><% } %>',
  '<% } else if (r.kind === "date") { %><time datetime="<%= r.datetime %>"><%= r.text %></time>',
  '<% } else if (r.kind === "title") { %><cite class="bulletin-work"><%= r.text %></cite>',
  '<% } else if (r.kind === "emphasis") { %><em><%= r.text %></em><% } %>',
  "<% } %></p><% } %></div><% } %></section><% } %>",
  '<% if (it.tail !== undefined) { %><footer class="bulletin-distribution">',
  '<% for (const line of it.tail.lines) { %><p class="bulletin-distribution-line" data-role="<%= line.role %>"><span class="bulletin-distribution-label"><%= line.label %>：</span><%= line.text %></p><% } %>',
  '<% if (it.tail.copies !== undefined) { %><p class="bulletin-copies"><%= it.tail.copies.text %></p><% } %>',
  "</footer><% } %></article>",
].join("");

const eta = new Eta({ autoTrim: false });
const compiled = eta.compile(TEMPLATE);

/** The precompiled eta template's markup for a layout. */
export function renderEta(layout: BulletinLayout): string {
  return eta.render(compiled, layout);
}
