export type ExportFormat = 'csv' | 'xlsx' | 'vcard';

/** The default delimiter: `;` where Excel expects it (Russian and Bulgarian locales use a decimal comma). */
export const defaultDelimiter = (locale: string) => (locale === 'ru' || locale === 'bg' ? ';' : ',');

/** Adds the format and the CSV delimiter to an export address (a comma-separated CSV is the server's default). */
export function exportHref(baseUrl: string, format: ExportFormat, delimiter: string): string {
  const at = baseUrl.indexOf('?');
  const path = at < 0 ? baseUrl : baseUrl.slice(0, at);
  const params = new URLSearchParams(at < 0 ? '' : baseUrl.slice(at + 1));
  if (format !== 'csv') params.set('format', format);
  else if (delimiter !== ',') params.set('delimiter', delimiter);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
