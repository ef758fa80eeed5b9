// Reads an exported XLSX back with readers that share no code with the server's writer: exceljs for the cells
// and their formats, fflate and saxes (a strict XML 1.0 parser) for every part of the zip.
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";

/** One cell as a spreadsheet program would read it. */
export interface ReadCell {
  value: unknown;
  /** The number format Excel applies ("General" when none). */
  numFmt: string;
}

/** One sheet: its header row, its rows keyed by header, and how it is laid out. */
export interface ReadSheet {
  header: string[];
  rows: Record<string, ReadCell>[];
  rightToLeft: boolean;
  /** Rows frozen at the top (0 when none). */
  frozenRows: number;
  /** Each column's width in characters (undefined where Excel's default applies). */
  widths: (number | undefined)[];
}

/** Every sheet of `file` by name, in the workbook's order. */
export async function readWorkbook(file: Buffer): Promise<Map<string, ReadSheet>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheets = new Map<string, ReadSheet>();
  for (const sheet of workbook.worksheets) {
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const rows: Record<string, ReadCell>[] = [];
    for (let index = 2; index <= sheet.rowCount; index += 1) {
      const row = sheet.getRow(index);
      rows.push(
        Object.fromEntries(
          header.map((name, column) => {
            const cell = row.getCell(column + 1);
            return [name, { value: cell.value, numFmt: cell.numFmt || "General" }];
          }),
        ),
      );
    }
    const view = sheet.views[0];
    sheets.set(sheet.name, {
      header,
      rows,
      rightToLeft: view?.rightToLeft ?? false,
      frozenRows: view?.state === "frozen" ? (view.ySplit ?? 0) : 0,
      widths: header.map((_, column) => sheet.getColumn(column + 1).width),
    });
  }
  return sheets;
}

/** Every XML part of `file` by path; throws, naming the part, when one is not well-formed XML 1.0. */
export function xmlParts(file: Buffer): Map<string, string> {
  const parts = new Map<string, string>();
  for (const [path, bytes] of Object.entries(unzipSync(new Uint8Array(file)))) {
    if (!/\.(xml|rels)$/.test(path)) continue;
    const text = strFromU8(bytes);
    const parser = new SaxesParser({ xmlns: true });
    let problem: Error | undefined;
    parser.on("error", (error) => {
      problem ??= error;
    });
    parser.write(text).close();
    if (problem) throw new Error(`${path} is not well-formed XML: ${problem.message}`);
    parts.set(path, text);
  }
  return parts;
}
