/**
 * What a file is called and what it is: cleaning names that came from a client, refusing
 * executables, choosing what a browser may show inline, and the Content-Disposition header.
 */

export const FILE_NAME_MAX = 255;

/** Programs and scripts a click could run on Windows, macOS, Linux or Android. */
const BLOCKED_EXTENSIONS = new Set([
  'exe', 'msi', 'msp', 'mst', 'bat', 'cmd', 'com', 'scr', 'pif', 'cpl', 'dll', 'sys', 'ocx', 'drv',
  'js', 'jse', 'mjs', 'cjs', 'vbs', 'vbe', 'wsf', 'wsh', 'wsc', 'hta', 'ps1', 'psm1', 'psd1', 'ps1xml',
  'jar', 'sh', 'bash', 'csh', 'ksh', 'zsh', 'run', 'apk', 'appx', 'appxbundle', 'msix', 'msixbundle',
  'lnk', 'scf', 'reg', 'inf', 'msc', 'gadget', 'application', 'command',
]);

const BLOCKED_CONTENT_TYPES = new Set([
  'application/x-msdownload', 'application/x-msdos-program', 'application/x-ms-dos-executable', 'application/x-dosexec',
  'application/vnd.microsoft.portable-executable', 'application/x-ms-installer', 'application/x-msi', 'application/x-ms-shortcut',
  'application/x-executable', 'application/x-elf', 'application/x-sharedlib', 'application/x-mach-binary',
  'application/x-sh', 'application/x-shellscript', 'application/x-csh', 'application/x-bat', 'application/x-msbatch',
  'application/javascript', 'application/x-javascript', 'text/javascript', 'application/ecmascript', 'text/ecmascript',
  'text/vbscript', 'application/x-vbscript', 'application/hta', 'application/x-powershell',
  'application/java-archive', 'application/x-java-archive', 'application/vnd.android.package-archive',
]);

/** Types a browser may show inside the app (image and PDF preview); everything else downloads. SVG never: it can carry script. */
const INLINE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf']);

/** What a missing or meaningless Content-Type (curl's form default, octet-stream) is taken to be, by extension. */
const TYPE_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp',
  svg: 'image/svg+xml', txt: 'text/plain', csv: 'text/csv', html: 'text/html', htm: 'text/html', xml: 'application/xml',
  json: 'application/json', zip: 'application/zip', rtf: 'application/rtf', odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet', doc: 'application/msword', xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};
const UNINFORMATIVE_TYPES = new Set(['application/octet-stream', 'application/x-www-form-urlencoded', 'binary/octet-stream']);
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

// Control characters, and the bidirectional overrides that make `fdp.exe` look like `exe.pdf`.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name to keep: the last segment of whatever path the client sent, without control or
 * direction-override characters, without the trailing dots and spaces Windows drops anyway.
 * @returns the clean name, or a field error code (`required` when nothing is left, `too_long`)
 */
export function cleanFileName(raw: string): { name: string } | { error: 'required' | 'too_long' } {
  const last = raw.split(/[/\\]/).pop() ?? '';
  const name = last.replace(INVISIBLE, '').normalize('NFC').trim().replace(/[. ]+$/, '');
  if (!name || name === '.' || name === '..') return { error: 'required' };
  if (name.length > FILE_NAME_MAX) return { error: 'too_long' };
  return { name };
}

/** The lower-case extension after the last dot, or '' when there is none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** The media type (`type/subtype`, lower case) of a Content-Type header; a missing, malformed or uninformative one is guessed from the name. */
export function contentTypeFor(header: string | undefined, fileName: string): string {
  const essence = (header ?? '').split(';')[0]!.trim().toLowerCase();
  if (MEDIA_TYPE.test(essence) && !UNINFORMATIVE_TYPES.has(essence)) return essence;
  return TYPE_BY_EXTENSION[extensionOf(fileName)] ?? 'application/octet-stream';
}

/** Whether the name or the declared type says "program". */
export function isBlockedType(fileName: string, contentType: string): boolean {
  return BLOCKED_EXTENSIONS.has(extensionOf(fileName)) || BLOCKED_CONTENT_TYPES.has(contentType);
}

/** Whether the first bytes are a Windows (MZ) or Linux (ELF) executable, whatever the name says. */
export function looksExecutable(head: Uint8Array): boolean {
  return (head[0] === 0x4d && head[1] === 0x5a) || (head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46);
}

export function isPreviewable(contentType: string): boolean {
  return INLINE_TYPES.has(contentType);
}

// RFC 5987 attr-char: everything else is percent-encoded (encodeURIComponent leaves ' ( ) * ! alone).
const encodeRfc5987 = (value: string) => encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment; filename="<ASCII stand-in>"; filename*=UTF-8''<percent-encoded>`: old clients take the
 * plain name, every current browser the UTF-8 one (Cyrillic names arrive intact).
 */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}
