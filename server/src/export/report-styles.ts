// Print styles of the report: A4, readable type, headings kept with what they head, figures kept left to right.
export const reportStyles = `
@page { size: A4; margin: 16mm 15mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", Arial, sans-serif; color: #111; font-size: 10.5pt; line-height: 1.4; margin: 0; }
h1 { font-size: 22pt; line-height: 1.2; margin: 2pt 0 4pt; }
h2 { font-size: 15pt; border-bottom: 1px solid #999; margin: 16pt 0 6pt; padding-bottom: 2pt; }
h3 { font-size: 12pt; margin: 12pt 0 4pt; }
h4 { font-size: 10.5pt; margin: 0 0 3pt; font-weight: 600; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p { margin: 3pt 0; }
.num { unicode-bidi: isolate; white-space: nowrap; font-variant-numeric: tabular-nums; }
bdi { unicode-bidi: isolate; }
.code { font-weight: 700; white-space: nowrap; unicode-bidi: isolate; }
.intro, .kind, .dated { color: #444; }
.cover { border-bottom: 3px solid #2166ac; padding-bottom: 6pt; }
.kind { margin: 0; font-size: 10pt; text-transform: none; }
.key-figures { display: grid; grid-template-columns: repeat(6, 1fr); gap: 6pt; margin: 4pt 0; }
.key-figures div { border: 1px solid #ccc; border-radius: 4pt; padding: 4pt 6pt; break-inside: avoid; }
.key-figures dt { font-size: 8.5pt; color: #444; }
.key-figures dd { margin: 2pt 0 0; font-size: 14pt; font-weight: 700; }
.highlights .lists { display: grid; grid-template-columns: 1fr 1fr; gap: 4pt 14pt; }
.highlights .list { break-inside: avoid; }
.highlights h3 { margin: 6pt 0 2pt; font-size: 11pt; }
.highlights ol { margin: 0; padding-inline-start: 14pt; font-size: 9pt; }
.highlights li { margin: 1pt 0; }
.figure { color: #333; }
.legend .scale { display: flex; flex-wrap: wrap; gap: 2pt 10pt; list-style: none; margin: 3pt 0; padding: 0; font-size: 9pt; }
.legend .scale li { display: flex; align-items: center; gap: 3pt; }
.chip { display: inline-block; width: 14pt; height: 9pt; border: 1px solid #bbb; vertical-align: middle; margin-inline-end: 4pt; }
.legend p { font-size: 9pt; }
.withheld { font-size: 9pt; color: #555; font-style: italic; }
.legend .withheld { background: repeating-linear-gradient(135deg, #e4e7eb 0 4px, #f7f8f9 4px 8px); border: 1px solid #ccc; padding: 0 4pt; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { border-bottom: 1px solid #ddd; padding: 2.5pt 4pt; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
th { font-weight: 600; border-bottom: 1.5px solid #666; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.results { table-layout: fixed; }
.results thead th { font-size: 7.5pt; padding: 2.5pt 2pt; }
.results th.code, .results td.code { width: 14mm; }
.results th:nth-child(n + 3), .results td:nth-child(n + 3) { text-align: end; overflow-wrap: normal; }
.results th:nth-child(3) { width: 21mm; }
.results th:nth-child(4) { width: 16mm; }
.results th:nth-child(5) { width: 19mm; }
.results th:nth-child(6) { width: 20mm; }
.results td.withheld { text-align: center; }
.bar { display: block; width: 100%; max-width: 95mm; height: 3.6mm; margin: 1.5pt 0 0; }
.bar-box { direction: ltr; }
.statement { break-inside: avoid; page-break-inside: avoid; margin: 0 0 9pt; }
.statement .bar { margin: 2pt 0 3pt; }
.keep { break-inside: avoid; page-break-inside: avoid; }
.flags { font-size: 9pt; color: #333; }
.figures { font-size: 9pt; }
.group { font-weight: 600; }
.note { font-style: italic; border-inline-start: 3px solid #999; padding-inline-start: 6pt; font-size: 9.5pt; }
.method p { font-size: 9.5pt; }
@media screen { body { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; } }
`;
