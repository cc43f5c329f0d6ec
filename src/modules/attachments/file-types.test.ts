import { describe, expect, it } from 'vitest';
import { cleanFileName, contentDisposition, contentTypeFor, isBlockedType, isPreviewable, looksExecutable } from './file-types.js';

describe('file names and types', () => {
  it('keeps the last path segment without invisible characters or trailing dots', () => {
    expect(cleanFileName('C:\\Users\\Иван\\Документы\\Счёт.pdf')).toEqual({ name: 'Счёт.pdf' });
    expect(cleanFileName('../../etc/passwd')).toEqual({ name: 'passwd' });
    expect(cleanFileName('tab\there\u0000.txt')).toEqual({ name: 'tabhere.txt' });
    expect(cleanFileName('photo\u202Egpj.exe')).toEqual({ name: 'photogpj.exe' });
    expect(cleanFileName('virus.exe. . ')).toEqual({ name: 'virus.exe' });
    expect(cleanFileName('dir/')).toEqual({ error: 'required' });
    expect(cleanFileName('..')).toEqual({ error: 'required' });
    expect(cleanFileName('я'.repeat(255))).toEqual({ name: 'я'.repeat(255) });
    expect(cleanFileName('я'.repeat(256))).toEqual({ error: 'too_long' });
  });

  it('takes the declared type, or guesses one from the name when it says nothing', () => {
    expect(contentTypeFor('Image/PNG; charset=binary', 'x.bin')).toBe('image/png');
    expect(contentTypeFor('application/octet-stream', 'Скан.JPG')).toBe('image/jpeg');
    expect(contentTypeFor('application/x-www-form-urlencoded', 'a.pdf')).toBe('application/pdf');
    expect(contentTypeFor(undefined, 'archive')).toBe('application/octet-stream');
    expect(contentTypeFor('not a type', 'a.txt')).toBe('text/plain');
  });

  it('blocks programs by extension, declared type and leading bytes', () => {
    for (const name of ['a.exe', 'a.BAT', 'a.cmd', 'a.com', 'a.scr', 'a.js', 'a.vbs', 'a.ps1', 'a.jar', 'a.sh', 'a.dll', 'a.apk', 'a.msi']) {
      expect(isBlockedType(name, 'application/octet-stream'), name).toBe(true);
    }
    expect(isBlockedType('a.pdf', 'application/x-msdownload')).toBe(true);
    expect(isBlockedType('a.pdf', 'application/pdf')).toBe(false);
    expect(isBlockedType('exe', 'text/plain')).toBe(false);
    expect(looksExecutable(Buffer.from('MZ\x90\x00'))).toBe(true);
    expect(looksExecutable(Buffer.from('\x7fELF\x02'))).toBe(true);
    expect(looksExecutable(Buffer.from('%PDF-1.7'))).toBe(false);
  });

  it('previews only raster images and PDF', () => {
    expect(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf'].every(isPreviewable)).toBe(true);
    expect(['image/svg+xml', 'text/html', 'text/plain', 'application/octet-stream'].some(isPreviewable)).toBe(false);
  });

  it('writes an RFC 5987 Content-Disposition with an ASCII stand-in', () => {
    expect(contentDisposition('attachment', 'Договор (копия) 100%.pdf')).toBe(
      `attachment; filename="_______ (_____) 100_.pdf"; filename*=UTF-8''%D0%94%D0%BE%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%20%28%D0%BA%D0%BE%D0%BF%D0%B8%D1%8F%29%20100%25.pdf`,
    );
    expect(contentDisposition('inline', 'Café "quoted".png')).toBe(`inline; filename="Cafe _quoted_.png"; filename*=UTF-8''Caf%C3%A9%20%22quoted%22.png`);
  });
});
