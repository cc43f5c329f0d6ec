import type { ActivityListItem } from './activities.api';
import type { ActivityRowItem } from './ActivityRow';

/** A row of My day or a card's panel from an activity of the API: its records become links. */
export function rowItem(item: ActivityListItem): ActivityRowItem {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    status: item.status,
    priority: item.priority,
    dueAt: item.dueAt,
    allDay: item.allDay,
    dueDay: item.dueDay,
    owner: item.owner,
    links: [
      ...(item.deal ? [{ entityType: 'deal', id: item.deal.id, name: item.deal.name }] : []),
      ...(item.contact ? [{ entityType: 'contact', id: item.contact.id, name: item.contact.name }] : []),
      ...(item.company ? [{ entityType: 'company', id: item.company.id, name: item.company.name }] : []),
    ],
    canEdit: item.abilities.edit,
  };
}
