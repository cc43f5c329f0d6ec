/**
 * The web's record-type registry: each feature registers its type once (route, icon, and a loader
 * for its screens), and the generic list, card and form read that plus the server's metadata
 * (`GET /api/v1/record-types`). No other code names a record type.
 */
import type { ComponentType } from 'react';
import type { Icon } from '@tabler/icons-react';
import type { AnyRecordScreens } from './screens';

export interface RecordRegistration {
  /** The server's `entityType` (`contact`): the key of its metadata, custom fields, tags, timeline... */
  entityType: string;
  /** The server's `plural` (`contacts`): the REST collection `/api/v1/<plural>` and the translation namespace. */
  plural: string;
  /** Where its list lives in the app (`/contacts`); its cards are `<path>/:id`. */
  path: string;
  icon: Icon;
  /** The Mantine colour of its icon where records of several types mix (search results). */
  color?: string;
  /** Loads the type's screens (columns, card rows, form) on the first visit, so they stay out of the main bundle. */
  screens: () => Promise<AnyRecordScreens>;
}

const registrations = new Map<string, RecordRegistration>();

/** Registers a record type's web parts; once per type. @throws Error on a second registration of a type */
export function registerRecordScreens(registration: RecordRegistration): void {
  if (registrations.has(registration.entityType)) throw new Error(`Record type ${registration.entityType} is registered twice`);
  registrations.set(registration.entityType, registration);
}

/** Every registered type, in registration order. */
export function recordRegistrations(): RecordRegistration[] {
  return [...registrations.values()];
}

/** A registered type, or undefined when the web app has no screens for it. */
export function findRecordRegistration(entityType: string): RecordRegistration | undefined {
  return registrations.get(entityType);
}

/** A registered type. @throws Error when the web app has no screens for it */
export function recordRegistration(entityType: string): RecordRegistration {
  const registration = registrations.get(entityType);
  if (!registration) throw new Error(`No screens registered for record type ${entityType}`);
  return registration;
}

/** The app path of a type's list, or of one record's card. */
export function recordPath(entityType: string, id?: string): string {
  const { path } = recordRegistration(entityType);
  return id === undefined ? path : `${path}/${encodeURIComponent(id)}`;
}

/** The REST collection of a type: `/api/v1/<plural>`. */
export function recordCollection(entityType: string): string {
  return `/api/v1/${recordRegistration(entityType).plural}`;
}

/** A panel one type adds to the cards of another (the deals of a company), with the card's record id. */
export interface RelatedPanel {
  /** The type whose cards show the panel. */
  on: string;
  /** Loaded on demand (`lazy(...)`), so the panel's code stays out of the main bundle. */
  Panel: ComponentType<{ entityType: string; recordId: string }>;
}

const relatedPanels: RelatedPanel[] = [];

/** Adds a panel to the cards of another type; called from the registering type's `<type>.record.ts`. */
export function registerRelatedPanel(panel: RelatedPanel): void {
  relatedPanels.push(panel);
}

/** The panels other types add to this type's cards, in registration order. */
export function relatedPanelsOf(entityType: string): RelatedPanel[] {
  return relatedPanels.filter((panel) => panel.on === entityType);
}
