// Print styles of the report: A4, readable type, sections that do not break across pages.
export const reportStyles = `
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "Noto Sans", "Noto Sans Arabic", Arial, sans-serif; color: #111; font-size: 11pt; line-height: 1.4; }
h1 { font-size: 24pt; margin: 0 0 4pt; }
h2 { font-size: 16pt; border-bottom: 1px solid #999; margin-top: 18pt; }
h3 { font-size: 13pt; margin: 12pt 0 4pt; }
h4 { font-size: 11pt; margin: 8pt 0 4pt; }
.subtitle { color: #444; }
.code { font-weight: bold; white-space: nowrap; }
.figures { margin: 2pt 0; font-size: 9.5pt; }
.note { font-style: italic; border-inline-start: 3px solid #999; padding-inline-start: 6pt; }
.withheld { font-size: 9pt; color: #555; }
.flags { margin: 2pt 0; padding-inline-start: 14pt; font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { border-bottom: 1px solid #ddd; padding: 3pt 4pt; text-align: start; vertical-align: middle; }
.statement, tr { break-inside: avoid; }
.cover { break-after: page; }
.method { break-before: page; }
@media screen { body { max-width: 60rem; margin: 2rem auto; } }
`;
