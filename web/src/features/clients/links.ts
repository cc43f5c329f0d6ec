import type { Messenger } from './clientTypes';

/** An http(s) link for a website as typed ("example.com" gets https://); anything with another scheme gets none. */
export function websiteHref(value: string): string | null {
  const trimmed = value.trim();
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return null;
  return /^[^\s/]+\.[^\s]+$/.test(trimmed) ? `https://${trimmed}` : null;
}

/** A link that opens a chat in the messenger, when the messenger has a web address for it. */
export function messengerHref(messenger: Messenger): string | null {
  const handle = messenger.value.trim().replace(/^@/, '');
  if (!handle) return null;
  switch (messenger.type) {
    case 'telegram':
      return /^[A-Za-z0-9_]{3,}$/.test(handle) ? `https://t.me/${handle}` : null;
    case 'whatsapp': {
      const digits = handle.replace(/\D/g, '');
      return digits.length >= 6 ? `https://wa.me/${digits}` : null;
    }
    case 'vk':
      return /^[A-Za-z0-9_.]+$/.test(handle) ? `https://vk.com/${handle}` : null;
    default:
      return null;
  }
}
