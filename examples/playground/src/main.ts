// The playground: text or JSON in, the model as editable JSON with live validation and lint,
// and every output of the toolkit beside it. Every piece of bulletin markup comes from
// renderHtml (escaped by construction); everything this file writes itself is textContent.
import { type ParseWarning, parseBulletinText } from "@bulletin/parse";
import {
  type Bulletin,
  type Locale,
  lintBulletin,
  renderHtml,
  renderMarkdown,
  renderText,
  type ValidationIssue,
  validateBulletin,
} from "@bulletin/sdk";
import issueJson from "../../sichuan-window-monthly/issue-9.json?raw";
import { stringsFor, type UiLocale } from "./i18n";
import { lineColumnOf, offsetOfLine, offsetOfPath } from "./json-offset";
import { drawPages, pagedDocument } from "./paged-preview";
import "./style.css";

type Tab = "preview" | "text" | "markdown" | "html";

interface State {
  locale: UiLocale;
  /** The valid bulletin of the editor's JSON, if it is one. */
  bulletin: Bulletin | undefined;
  tab: Tab;
}

const state: State = {
  locale: new URLSearchParams(location.search).get("lang") === "en" ? "en" : "zh-CN",
  bulletin: undefined,
  tab: "preview",
};

const $ = <T extends HTMLElement>(selector: string): T => {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`playground: ${selector} is missing from index.html`);
  return element;
};

const input = $<HTMLTextAreaElement>("#input");
const editor = $<HTMLTextAreaElement>("#model");
const warningsList = $<HTMLUListElement>("#warnings");
const issuesList = $<HTMLUListElement>("#issues");
const lintList = $<HTMLUListElement>("#lint");
const status = $<HTMLParagraphElement>("#status");
const fileStatus = $<HTMLParagraphElement>("#file-status");
const preview = $<HTMLIFrameElement>("#preview");
const pageCount = $<HTMLParagraphElement>("#page-count");
const outputs: Record<Exclude<Tab, "preview">, HTMLPreElement> = {
  text: $("#out-text"),
  markdown: $("#out-markdown"),
  html: $("#out-html"),
};

const t = () => stringsFor(state.locale);

/** Fills every element with a `data-i18n` key with that key's words. */
function translate(): void {
  const words = t() as unknown as Record<string, unknown>;
  document.documentElement.lang = state.locale;
  document.title = t().title;
  for (const element of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const value = words[element.dataset.i18n ?? ""];
    if (typeof value === "string") element.textContent = value;
  }
  for (const element of document.querySelectorAll<HTMLElement>("[data-i18n-label]")) {
    const value = words[element.dataset.i18nLabel ?? ""];
    if (typeof value === "string") element.setAttribute("aria-label", value);
  }
}

function debounce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

/** A list item holding a button that moves the cursor of `target` to `offset`. */
function locatedItem(
  severity: string,
  code: string,
  where: string,
  message: string,
  target: HTMLTextAreaElement,
  offset: () => number,
): HTMLLIElement {
  const li = document.createElement("li");
  li.className = `finding finding-${severity}`;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "finding-where";
  button.textContent = where;
  button.addEventListener("click", () => {
    const at = offset();
    target.focus();
    target.setSelectionRange(at, at);
    // Scroll the line into view: put the caret's line near the top of the box.
    const { line } = lineColumnOf(target.value, at);
    const lineHeight = Number.parseFloat(getComputedStyle(target).lineHeight) || 20;
    target.scrollTop = Math.max(0, (line - 3) * lineHeight);
  });
  const label = document.createElement("span");
  label.className = "finding-severity";
  label.textContent = t().severity[severity] ?? severity;
  const text = document.createElement("span");
  text.className = "finding-message";
  text.textContent = ` ${message} `;
  const codeEl = document.createElement("code");
  codeEl.textContent = code;
  li.append(label, " ", button, text, codeEl);
  return li;
}

function fillList(list: HTMLUListElement, items: HTMLLIElement[]): void {
  list.replaceChildren(...items);
  if (items.length === 0) {
    const li = document.createElement("li");
    li.className = "finding-none";
    li.textContent = t().noIssues;
    list.append(li);
  }
}

function pathText(path: readonly (string | number)[]): string {
  return path.length === 0
    ? "/"
    : path
        .map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`))
        .join("")
        .replace(/^\./, "");
}

function showIssues(list: HTMLUListElement, issues: readonly ValidationIssue[]): void {
  fillList(
    list,
    issues.map((issue) =>
      locatedItem(issue.severity, issue.code, pathText(issue.path), issue.message, editor, () =>
        offsetOfPath(editor.value, issue.path),
      ),
    ),
  );
}

function showWarnings(warnings: readonly ParseWarning[]): void {
  fillList(
    warningsList,
    warnings.map((w) =>
      locatedItem(w.severity, w.code, t().line(w.position.line), w.message, input, () =>
        offsetOfLine(input.value, w.position.line, w.position.column),
      ),
    ),
  );
}

/** Reads the input box: JSON goes to the editor as it is, text through the parser. */
function readInput(): void {
  const source = input.value;
  const trimmed = source.trimStart();
  if (trimmed === "") {
    warningsList.replaceChildren();
    editor.value = "";
    checkModel();
    return;
  }
  if (trimmed.startsWith("{")) {
    warningsList.replaceChildren();
    editor.value = source;
  } else {
    const { bulletin, warnings } = parseBulletinText(source, { locale: state.locale as Locale });
    showWarnings(warnings);
    editor.value = `${JSON.stringify(bulletin, null, 2)}\n`;
  }
  checkModel();
}

/** Validates the editor's JSON and, when it holds a valid bulletin, renders every output. */
function checkModel(): void {
  const text = editor.value;
  const locale = state.locale as Locale;
  state.bulletin = undefined;
  if (text.trim() === "") {
    status.dataset.state = "empty";
    status.textContent = t().empty;
    issuesList.replaceChildren();
    lintList.replaceChildren();
    renderOutputs();
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    status.dataset.state = "invalid";
    status.textContent = `${t().jsonSyntax}: ${message}`;
    const at = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
    fillList(issuesList, [
      locatedItem("error", "json-syntax", pathText([]), message, editor, () => at),
    ]);
    lintList.replaceChildren();
    renderOutputs();
    return;
  }
  const result = validateBulletin(value, { locale });
  const structural = result.issues.filter((issue) => issue.severity === "error");
  showIssues(issuesList, result.ok ? [] : structural);
  if (result.ok && result.bulletin) {
    state.bulletin = result.bulletin;
    showIssues(lintList, lintBulletin(result.bulletin, { locale }));
    status.dataset.state = "valid";
    status.textContent = t().valid(result.bulletin.sections.length);
  } else {
    lintList.replaceChildren();
    status.dataset.state = "invalid";
    status.textContent = t().invalid(structural.length);
  }
  renderOutputs();
}

function renderOutputs(): void {
  const bulletin = state.bulletin;
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-needs-bulletin]")) {
    button.disabled = bulletin === undefined;
  }
  if (!bulletin) {
    for (const out of Object.values(outputs)) out.textContent = "";
    preview.srcdoc = "";
    pageCount.textContent = "";
    return;
  }
  outputs.text.textContent = renderText(bulletin);
  outputs.markdown.textContent = renderMarkdown(bulletin);
  const page = renderHtml(bulletin, { document: true, theme: "official" });
  outputs.html.textContent = page;
  preview.srcdoc = pagedDocument(page);
}

preview.addEventListener("load", () => {
  const doc = preview.contentDocument;
  if (!doc || !state.bulletin) return;
  const fit = () => {
    // One page (210 mm ≈ 794 CSS px) fits the frame's width; the rest scrolls sideways.
    // Pages are counted unzoomed, where CSS millimetres and layout pixels agree.
    doc.documentElement.style.zoom = "1";
    const pages = drawPages(doc);
    const zoom = Math.min(1, (preview.clientWidth - 16) / 794);
    doc.documentElement.style.zoom = String(zoom);
    preview.style.height = `${Math.ceil(1123 * zoom) + 24}px`;
    pageCount.textContent = t().pages(pages);
    preview.dataset.pages = String(pages);
  };
  void doc.fonts.ready.then(fit);
  fit();
});

function selectTab(tab: Tab, focus = false): void {
  state.tab = tab;
  for (const button of document.querySelectorAll<HTMLButtonElement>("[role=tab]")) {
    const selected = button.dataset.tab === tab;
    button.setAttribute("aria-selected", String(selected));
    button.tabIndex = selected ? 0 : -1;
    if (selected && focus) button.focus();
  }
  for (const panel of document.querySelectorAll<HTMLElement>("[role=tabpanel]")) {
    panel.hidden = panel.dataset.tab !== tab;
  }
}

function download(name: string, type: string, data: BlobPart): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function baseName(bulletin: Bulletin): string {
  return `${bulletin.publication.title}-${bulletin.issue.year ?? bulletin.issue.publishedOn.slice(0, 4)}-${bulletin.issue.number}`;
}

async function readFile(file: File): Promise<void> {
  fileStatus.textContent = t().reading(file.name);
  const name = file.name.toLowerCase();
  try {
    if (name.endsWith(".txt") || name.endsWith(".json") || file.type.startsWith("text/")) {
      input.value = await file.text();
    } else {
      fileStatus.textContent = t().unsupportedFile(file.name);
      return;
    }
    fileStatus.textContent = "";
    readInput();
  } catch (error) {
    fileStatus.textContent = t().fileFailed(
      file.name,
      error instanceof Error ? error.message : String(error),
    );
  }
}

function wire(): void {
  input.addEventListener("input", debounce(readInput, 250));
  editor.addEventListener("input", debounce(checkModel, 250));
  $("#load-example").addEventListener("click", () => {
    input.value = issueJson;
    readInput();
  });
  $<HTMLButtonElement>("#switch-language").addEventListener("click", () => {
    state.locale = state.locale === "en" ? "zh-CN" : "en";
    const url = new URL(location.href);
    url.searchParams.set("lang", state.locale);
    history.replaceState(null, "", url);
    translate();
    readInput();
  });
  const tabs = [...document.querySelectorAll<HTMLButtonElement>("[role=tab]")];
  for (const [index, button] of tabs.entries()) {
    button.addEventListener("click", () => selectTab(button.dataset.tab as Tab));
    button.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (event.key === "Home" || event.key === "End" || step !== 0) {
        event.preventDefault();
        const next =
          event.key === "Home"
            ? 0
            : event.key === "End"
              ? tabs.length - 1
              : (index + step + tabs.length) % tabs.length;
        selectTab(tabs[next]?.dataset.tab as Tab, true);
      }
    });
  }
  const drop = $("#drop");
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.dataset.over = "true";
  });
  drop.addEventListener("dragleave", () => delete drop.dataset.over);
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    delete drop.dataset.over;
    const file = event.dataTransfer?.files[0];
    if (file) void readFile(file);
  });
  $<HTMLInputElement>("#file").addEventListener("change", (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) void readFile(file);
  });
  $("#download-json").addEventListener("click", () => {
    if (state.bulletin)
      download(
        `${baseName(state.bulletin)}.json`,
        "application/json",
        `${JSON.stringify(state.bulletin, null, 2)}\n`,
      );
  });
  $("#download-markdown").addEventListener("click", () => {
    if (state.bulletin)
      download(`${baseName(state.bulletin)}.md`, "text/markdown", renderMarkdown(state.bulletin));
  });
  $("#download-html").addEventListener("click", () => {
    if (state.bulletin)
      download(
        `${baseName(state.bulletin)}.html`,
        "text/html",
        renderHtml(state.bulletin, { document: true, theme: "official" }),
      );
  });
  $("#print").addEventListener("click", () => {
    if (!state.bulletin) return;
    // Print the document itself (not the paged screen preview): its @page rules do the paging.
    const frame = document.createElement("iframe");
    frame.className = "print-frame";
    frame.title = t().print;
    frame.srcdoc = renderHtml(state.bulletin, { document: true, theme: "official" });
    frame.addEventListener("load", () => {
      frame.contentWindow?.print();
      setTimeout(() => frame.remove(), 1000);
    });
    document.body.append(frame);
  });
}

translate();
wire();
selectTab("preview");
checkModel();
