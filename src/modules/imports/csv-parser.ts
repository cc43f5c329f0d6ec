/** A streaming CSV parser: text goes in chunk by chunk, complete rows come out; memory holds one row. */

export interface SheetRow {
  /** The 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
  /** Set when the row could not be read as it stands: `unclosed_quote`, `row_too_long`. */
  error?: string;
}

/** One row may hold at most this many characters (a runaway quote stops here). */
const MAX_ROW_CHARS = 1_000_000;

export class CsvParser {
  private cells: string[] = [];
  private cell = '';
  private quoted = false;
  /** A quote inside a quoted cell: the end of the quote, or the first of a doubled quote. */
  private quoteSeen = false;
  private rowChars = 0;
  private line = 1;
  private rowLine = 1;
  private afterCr = false;
  private cellStarted = false;

  constructor(private readonly delimiter: string) {}

  /** The rows completed by this chunk of text. */
  push(text: string): SheetRow[] {
    const out: SheetRow[] = [];
    const d = this.delimiter;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (this.afterCr) {
        this.afterCr = false;
        if (ch === '\n') continue;
      }
      if (this.quoted) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (ch === '"') { this.cell += '"'; continue; }
          this.quoted = false;
          // falls through: the character after a closing quote is read as outside quotes
        } else if (ch === '"') { this.quoteSeen = true; continue; }
        else {
          if (ch === '\n') this.line++;
          this.cell += ch;
          if (++this.rowChars > MAX_ROW_CHARS) { out.push(this.flush('row_too_long')); this.quoted = false; }
          continue;
        }
      }
      if (ch === d) { this.endCell(); continue; }
      if (ch === '\r' || ch === '\n') {
        if (ch === '\r') this.afterCr = true;
        const row = this.endRow();
        this.line++;
        this.rowLine = this.line;
        if (row) out.push(row);
        continue;
      }
      if (ch === '"' && !this.cellStarted) { this.quoted = true; this.cellStarted = true; continue; }
      this.cell += ch;
      this.cellStarted = true;
      if (++this.rowChars > MAX_ROW_CHARS) out.push(this.flush('row_too_long'));
    }
    return out;
  }

  /** The last row, when the text did not end with a line break; a quote still open is reported on it. */
  end(): SheetRow[] {
    if (this.quoted && !this.quoteSeen) {
      this.quoted = false;
      return [this.flush('unclosed_quote')];
    }
    this.quoted = false;
    const row = this.endRow();
    return row ? [row] : [];
  }

  private endCell(): void {
    this.cells.push(this.cell);
    this.cell = '';
    this.cellStarted = false;
  }

  /** The row so far; an entirely empty line is no row. */
  private endRow(): SheetRow | null {
    if (this.cells.length === 0 && this.cell === '' && !this.cellStarted) return null;
    this.endCell();
    const row: SheetRow = { line: this.rowLine, cells: this.cells };
    this.cells = [];
    this.rowChars = 0;
    return row;
  }

  private flush(error: string): SheetRow {
    this.endCell();
    const row: SheetRow = { line: this.rowLine, cells: this.cells, error };
    this.cells = [];
    this.rowChars = 0;
    this.rowLine = this.line;
    return row;
  }
}
