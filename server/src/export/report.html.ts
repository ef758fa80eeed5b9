// The printable report: HTML with print styles, so a browser saves it as PDF (pdfmake cannot do right to left).
import {
  RIGHT_TO_LEFT,
  acceptedOnly,
  textIn,
  type GroupFigures,
  type Language,
  type Workshop,
} from "@peerpulse/shared";
import type { MissionResults } from "../domain/analysis.service.ts";
import { escapeHtml } from "./html-escape.ts";
import { groupBar } from "./likert-svg.ts";
import { reportStyles } from "./report-styles.ts";

function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : `${Math.round(value * 100)}%`;
}

function fixed(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined ? "–" : value.toFixed(digits);
}

function figuresLine(group: GroupFigures | null, name: string): string {
  if (!group) return "";
  if (group.suppressed)
    return `<p class="figures">${escapeHtml(name)}: withheld (too few respondents to show on their own)</p>`;
  const s = group.summary;
  return `<p class="figures">${escapeHtml(name)}: n = ${s.n}, mean ${fixed(s.mean)}, ${percent(s.agree)} agree, ${percent(s.disagree)} disagree, net ${percent(s.netAgreement)}, consensus ${fixed(s.consensus)}</p>`;
}

const METHOD_NOTE = `
<h2>How to read this report</h2>
<p>Participants rated their agreement with each statement on the mission's scale, anonymously, on their phones.
"Don't know" answers are counted apart and never enter the figures. Each bar shows disagreement to the left of the
centre line and agreement to the right; the neutral point, when the scale has one, is split across the line.</p>
<p><strong>Mean</strong> is the average scale point. <strong>Net agreement</strong> is the share agreeing minus the share
disagreeing. <strong>Consensus</strong> (Tastle and Wierman) runs from 0 (people split between the two extremes) to 1
(everyone gave the same answer). Figures come with 95% intervals. A statement is flagged only when its interval says
so, not its figure alone: most positive when the interval of net agreement lies wholly above +30%, common ground when
every constituency's majority holds across its interval. "HCT apart" and "constituencies apart" allow for every
statement of the mission: with no real difference anywhere, fewer than 1 mission in 10 would show one. A gap that is
not flagged is not proof of agreement: a small HCT can hide a real one.</p>
<p>To protect anonymity, any group with fewer respondents than the mission's minimum is never shown on its own
("withheld"); it still counts inside pooled groups such as "everyone". Where withholding one small group would let it be
worked out by subtraction, a second group is withheld too. No individual rating ever leaves the server.</p>
<p>The shortlist gathers the statements flagged as most positive, most negative, divided (two camps at opposite ends
of the scale), no shared view (answers scattered across the scale), HCT apart, constituencies apart, and common ground,
as curated by the mission team; each flag carries its reason. docs/analysis.md in peerpulse gives every rule and formula.</p>`;

/** The whole report as one HTML page. */
export function reportHtml(results: MissionResults, workshops: readonly Workshop[], language: Language): string {
  const { mission, analysis, shortlist, everyoneCounts } = results;
  const dir = RIGHT_TO_LEFT.has(language) ? "rtl" : "ltr";
  const statementText = new Map(
    mission.statements.map((statement) => [statement.code, textIn(statement.text, language)]),
  );
  const pillarName = new Map(mission.pillars.map((pillar) => [pillar.id, textIn(pillar.name, language)]));
  const constituencyName = new Map(mission.constituencies.map((constituency) => [constituency.id, constituency.name]));
  const bar = (code: string, group: GroupFigures | null) =>
    groupBar(group, everyoneCounts[code]?.counts, `ratings of ${code}`);

  const workshopRows = workshops
    .map(
      (workshop) =>
        `<tr><td>${escapeHtml(constituencyName.get(workshop.constituencyId) ?? "")}</td><td>${escapeHtml(workshop.date)}</td><td>${escapeHtml(workshop.place)}</td><td>${escapeHtml(workshop.status)}</td></tr>`,
    )
    .join("");

  const shortlistSections = acceptedOnly(shortlist)
    .pillars.map(
      (group) =>
        `<section class="pillar"><h3>${escapeHtml(pillarName.get(group.pillar) ?? group.pillar)}</h3>${group.items
          .map(
            (
              item,
            ) => `<article class="statement"><h4><span class="code">${escapeHtml(item.code)}</span> ${escapeHtml(statementText.get(item.code) ?? "")}</h4>
${bar(item.code, item.everyone)}
<ul class="flags">${item.flags.map((flag) => `<li>${escapeHtml(flag.reason)}</li>`).join("")}${item.addedByHand ? "<li>added by the mission team</li>" : ""}</ul>
${figuresLine(item.everyone, "Everyone")}${figuresLine(item.hct, "HCT")}${figuresLine(item.others, "Other constituencies")}
${item.hctGap ? `<p class="figures">HCT − others: ${fixed(item.hctGap.mean.gap)} points in mean${item.hctGap.mean.exceedsNoise ? " (beyond chance on this statement alone)" : " (within chance)"}</p>` : ""}
${item.note ? `<p class="note">${escapeHtml(item.note)}</p>` : ""}</article>`,
          )
          .join("")}</section>`,
    )
    .join("");

  const allRows = analysis.statements
    .map((statement) => {
      const s = statement.everyone.suppressed ? null : statement.everyone.summary;
      return `<tr><td class="code">${escapeHtml(statement.code)}</td><td>${escapeHtml(statementText.get(statement.code) ?? "")}</td><td>${bar(statement.code, statement.everyone)}</td><td>${s ? s.n : "withheld"}</td><td>${fixed(s?.mean)}</td><td>${percent(s?.netAgreement)}</td><td>${fixed(s?.consensus)}</td></tr>`;
    })
    .join("");

  return `<!doctype html>
<html lang="${language}" dir="${dir}">
<head><meta charset="utf-8"><title>${escapeHtml(mission.title)} — peerpulse report</title><style>${reportStyles}</style></head>
<body>
<header class="cover"><h1>${escapeHtml(mission.title)}</h1>
<p class="subtitle">${escapeHtml(mission.country)} · ${escapeHtml(mission.kind.replace(/-/g, " "))} · report of ${new Date().toISOString().slice(0, 10)}</p>
<table class="workshops"><thead><tr><th>Constituency</th><th>Date</th><th>Place</th><th>Status</th></tr></thead><tbody>${workshopRows}</tbody></table></header>
<main>
<section><h2>Retreat shortlist</h2>${shortlistSections || "<p>No statement is on the shortlist yet.</p>"}</section>
<section class="all"><h2>All statements</h2><table class="results"><thead><tr><th>Code</th><th>Statement</th><th>Ratings</th><th>n</th><th>Mean</th><th>Net</th><th>Consensus</th></tr></thead><tbody>${allRows}</tbody></table></section>
<section class="method">${METHOD_NOTE}</section>
</main>
</body></html>`;
}
