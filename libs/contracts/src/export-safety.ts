// Spreadsheet programs run a cell that starts with one of these as a formula or command (CSV/formula
// injection). A leading apostrophe makes Excel, WPS and LibreOffice show the text as typed.
const TRIGGER = /^'*[=+\-@\t\r]/;
const NEUTRALIZED = /^'+[=+\-@\t\r]/;

// For every text cell of every export (ledger, CSV, briefing tables). Apostrophes already in front of a
// trigger get one more, so restoreCell() gives back exactly what was neutralized.
export function neutralizeCell(text: string | null | undefined): string {
  const s = text ?? '';
  return TRIGGER.test(s) ? `'${s}` : s;
}

// The inverse, for re-imported exports: an edited ledger round-trips to the same text.
export function restoreCell(text: string): string {
  return NEUTRALIZED.test(text) ? text.slice(1) : text;
}
