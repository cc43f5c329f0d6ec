/**
 * The notification types a user may also get by email, with the default choice. Types not listed
 * (`security.alarm`, which mails administrators itself; `bulk.done`, `transfer.done`...) are in-app only.
 */
export const EMAIL_TYPES: ReadonlyMap<string, { emailByDefault: boolean }> = new Map([
  ['task.reminder', { emailByDefault: true }],
  ['task.assigned', { emailByDefault: false }],
  ['escalation.owner', { emailByDefault: true }],
  ['escalation.head', { emailByDefault: true }],
]);

/** Whether a type offers an email choice (a `Map` lookup: type names from a request are data). */
export function hasEmailChoice(type: string): boolean {
  return EMAIL_TYPES.has(type);
}
