import {
  IconCalendarEvent,
  IconChecklist,
  IconMail,
  IconNote,
  IconPhone,
  IconPoint,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

/** The built-in kinds of activity, in the order the composer offers them. */
export const ACTIVITY_KINDS = ['call', 'meeting', 'email', 'note', 'task'] as const;
export type BuiltInKind = (typeof ACTIVITY_KINDS)[number];

const LOOKS = new Map<string, { icon: Icon; color: string }>([
  ['call', { icon: IconPhone, color: 'green' }],
  ['meeting', { icon: IconUsers, color: 'teal' }],
  ['email', { icon: IconMail, color: 'cyan' }],
  ['note', { icon: IconNote, color: 'yellow' }],
  ['task', { icon: IconChecklist, color: 'blue' }],
]);

/** The icon and colour of a kind; an administrator's own kinds get a neutral one. */
export function activityLook(kind: string): { icon: Icon; color: string } {
  return LOOKS.get(kind) ?? { icon: kind ? IconCalendarEvent : IconPoint, color: 'grape' };
}

/** Whether the kind is one of the built-in ones (the rest are an administrator's, named by the server). */
export function isBuiltInKind(kind: string): kind is BuiltInKind {
  return (ACTIVITY_KINDS as readonly string[]).includes(kind);
}
