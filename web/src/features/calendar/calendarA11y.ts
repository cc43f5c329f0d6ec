/**
 * FullCalendar draws its arrow icons as `role="img"` spans with no name (the buttons around them
 * carry the name). After each render we hide the icons from assistive technology (axe: role-img-alt).
 */
export function fixCalendarChrome(root: HTMLElement | null): void {
  if (!root) return;
  for (const icon of root.querySelectorAll('.fc-icon')) icon.setAttribute('aria-hidden', 'true');
}
