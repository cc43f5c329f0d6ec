import { describe, expect, it } from 'vitest';

// The export dialog's link and the import progress's time left, as the browser builds them.
// The web app compiles under its own tsconfig (bundler resolution), so it is loaded by path here.
interface ExportLinkModule {
  defaultDelimiter: (locale: string) => string;
  exportHref: (baseUrl: string, format: 'csv' | 'xlsx' | 'vcard', delimiter: string) => string;
}
interface DurationModule {
  formatDuration: (seconds: number) => string;
}
const link = (await import(new URL('../web/src/features/imports/exportLink.ts', import.meta.url).pathname)) as ExportLinkModule;
const duration = (await import(new URL('../web/src/features/imports/duration.ts', import.meta.url).pathname)) as DurationModule;

describe('export link', () => {
  it('defaults to a semicolon where Excel reads decimal commas (ru, bg) and a comma elsewhere', () => {
    expect(link.defaultDelimiter('ru')).toBe(';');
    expect(link.defaultDelimiter('bg')).toBe(';');
    expect(link.defaultDelimiter('en')).toBe(',');
  });

  it('keeps the list filters and adds only what differs from the server default', () => {
    const base = '/api/v1/contacts/export?status=active&tag=vip&tag=new';
    expect(link.exportHref(base, 'csv', ',')).toBe(base);
    expect(link.exportHref(base, 'csv', ';')).toBe(`${base}&delimiter=%3B`);
    expect(link.exportHref(base, 'xlsx', ';')).toBe(`${base}&format=xlsx`);
    expect(link.exportHref('/api/v1/contacts/export', 'vcard', ',')).toBe('/api/v1/contacts/export?format=vcard');
  });
});

describe('time left', () => {
  it('reads as minutes and seconds, with hours when there are any', () => {
    expect(duration.formatDuration(0)).toBe('0:00');
    expect(duration.formatDuration(65.4)).toBe('1:05');
    expect(duration.formatDuration(3725)).toBe('1:02:05');
    expect(duration.formatDuration(-3)).toBe('0:00');
  });
});
