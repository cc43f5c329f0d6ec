import { lazy } from 'react';
import { registerRelatedPanel } from '../../records/registry';

const SharedWith = lazy(() => import('./SharedWith'));

/** Puts "Shared with" (decision 0027) on the cards of a type whose records can be shared; called from that type's `<type>.record.ts`. */
export function registerSharedWithPanel(entityType: string): void {
  registerRelatedPanel({ on: entityType, Panel: SharedWith });
}
