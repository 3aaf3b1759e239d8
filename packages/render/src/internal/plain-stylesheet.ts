/** The `plain` theme: readable screen and print styles without the official layout. */
export const plainStylesheet = `.bulletin {
  box-sizing: border-box;
  max-width: 42em;
  margin: 0 auto;
  padding: 1.5rem 1rem 3rem;
  font-family: system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
  line-height: 1.8;
  color-scheme: light dark;
}
.bulletin-masthead { margin-bottom: 1.5em; padding-bottom: 0.5em; border-bottom: 1px solid; }
.bulletin-title { margin: 0 0 0.25em; font-size: 1.75em; }
.bulletin-number, .bulletin-imprint { margin: 0; }
.bulletin-imprint { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 1em; }
.bulletin-section > h2 { margin: 1.5em 0 0.5em; font-size: 1.2em; }
.bulletin p { margin: 0 0 0.75em; }
.bulletin cite { font-style: normal; }
.bulletin-distribution { margin-top: 2em; padding-top: 0.5em; border-top: 1px solid; font-size: 0.9em; }
.bulletin-distribution p { margin: 0; }
.bulletin-copies { text-align: right; }
`;
