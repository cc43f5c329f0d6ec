import type { CsvLayout, RecordContext } from '../../platform/records/record-type.js';

/**
 * An export narrowed to the columns a list shows. The list names its columns by the web's keys
 * (`phone`, `client`, `custom.<key>`); the export's headers are the API's field names and custom
 * fields' labels, so a few keys map to other headers. The record's name always comes first, as
 * the list always shows it; keys the export has no column for are left out.
 */

const ALIASES: Record<string, string[]> = {
  phone: ['phones'],
  email: ['emails'],
  client: ['company'],
  // An amount means nothing without its currency.
  amount: ['amount', 'currency'],
};

const NAME_HEADERS = ['displayName', 'name', 'title'];

/** The header positions the keys select, in the keys' order, the name first, each once. */
export function selectedColumns(headers: readonly string[], keys: readonly string[], defs: RecordContext['defs']): number[] {
  const out: number[] = [];
  const add = (i: number) => { if (i >= 0 && !out.includes(i)) out.push(i); };
  add(headers.findIndex((h) => NAME_HEADERS.includes(h)));
  for (const key of keys) {
    if (key.startsWith('custom.')) {
      const def = defs.find((d) => d.key === key.slice(7));
      if (def) add(headers.lastIndexOf(def.label));
      continue;
    }
    for (const header of ALIASES[key] ?? [key]) add(headers.indexOf(header));
  }
  return out;
}

/** The layout with only the selected columns (all of them without a `columns` parameter). */
export function narrowLayout(layout: CsvLayout, keys: readonly string[] | undefined, defs: RecordContext['defs']): CsvLayout {
  if (!keys || keys.length === 0) return layout;
  const picked = selectedColumns(layout.headers, keys, defs);
  return {
    headers: picked.map((i) => layout.headers[i]!),
    async cells(page) {
      return (await layout.cells(page)).map((row) => picked.map((i) => row[i] ?? null));
    },
  };
}
