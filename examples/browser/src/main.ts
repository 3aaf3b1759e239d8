// Loads the reference issue through @bulletin/sdk, validates it and renders it with the
// official theme. Every piece of bulletin markup comes from renderHtml, which escapes all model
// text; everything else this file writes is plain text (textContent).
import {
  BulletinJsonError,
  BulletinValidationError,
  formatIssueNumber,
  loadBulletin,
  officialStylesheet,
  renderHtml,
  type ValidationIssue,
} from "@bulletin/sdk";
// The JSON text as it is on disk, so loadBulletin parses it as well as validating it.
import issueJson from "../../sichuan-window-monthly/issue-9.json?raw";

const statusStyles = `
.status {
  margin: 0;
  padding: 0.4rem 1rem;
  border-bottom: 1px solid color-mix(in srgb, currentColor 20%, transparent);
  font: 0.875rem/1.5 system-ui, sans-serif;
  text-align: center;
}
.status[data-state="valid"] { color: #1a7f37; }
.status[data-state="invalid"] { color: #cf222e; }
@media print { .status { display: none; } }
`;

function addStyle(id: string, css: string): void {
  const style = document.createElement("style");
  style.id = id;
  style.textContent = css;
  document.head.append(style);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function describe(issues: ValidationIssue[]): string {
  return issues.map((issue) => `${issue.severity} ${issue.code}: ${issue.message}`).join("; ");
}

function show(): void {
  const status = document.querySelector<HTMLElement>("#status")!;
  const target = document.querySelector<HTMLElement>("#bulletin")!;
  addStyle("bulletin-official-theme", officialStylesheet);
  addStyle("example-status", statusStyles);

  try {
    const { bulletin, issues } = loadBulletin(issueJson, { locale: "en" });
    // renderHtml returns an <article> fragment whose text is escaped by construction.
    // (A fragment carries no stylesheet: the official theme is the <style> added above.)
    target.innerHTML = renderHtml(bulletin);
    status.dataset.state = "valid";
    status.textContent =
      issues.length === 0
        ? "valid: 0 issues"
        : `valid: ${plural(issues.length, "issue")} (${describe(issues)})`;
    document.title = `${bulletin.publication.title} ${formatIssueNumber({ number: bulletin.issue.number })}`;
  } catch (error) {
    status.dataset.state = "invalid";
    if (error instanceof BulletinValidationError) {
      const errors = error.issues.filter((issue) => issue.severity === "error");
      status.textContent = `invalid: ${plural(errors.length, "error")} (${describe(errors)})`;
    } else if (error instanceof BulletinJsonError) {
      status.textContent = `invalid: ${error.message}`;
    } else {
      status.textContent = "could not render the issue";
    }
    // Shown in the page above; logged as well so it surfaces in the devtools console.
    console.error(error);
  }
}

show();
