/** Shapes of the client base API (docs/api-clients.md), shared by contacts and companies. */

export type ClientEntity = 'contact' | 'company';
/** The permission module of an entity. */
export type ClientModule = 'contacts' | 'companies';

export const PHONE_TYPES = ['mobile', 'work', 'home', 'other'] as const;
export const EMAIL_TYPES = ['work', 'personal', 'other'] as const;
export const MESSENGER_TYPES = ['telegram', 'whatsapp', 'viber', 'vk', 'other'] as const;
export const ADDRESS_TYPES = ['work', 'home', 'legal', 'other'] as const;
export const CONTACT_STATUSES = ['lead', 'client', 'former_client'] as const;
export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-1000', '1000+'] as const;

export type PhoneType = (typeof PHONE_TYPES)[number];
export type EmailType = (typeof EMAIL_TYPES)[number];
export type MessengerType = (typeof MESSENGER_TYPES)[number];
export type AddressType = (typeof ADDRESS_TYPES)[number];
export type ContactStatus = (typeof CONTACT_STATUSES)[number];
export type CompanySize = (typeof COMPANY_SIZES)[number];

export interface Phone {
  type: PhoneType;
  value: string;
  e164: string | null;
  display: string;
  tel: string | null;
  flagged: boolean;
}
export interface PhoneInput {
  type?: PhoneType;
  value: string;
  keepAsTyped?: boolean;
  /** The country to read a national number in, chosen when it was valid in several. */
  country?: string;
}
/** One reading of a number valid in several client countries (`error.phoneCandidates`). */
export interface PhoneCandidate {
  country: string;
  e164: string;
  display: string;
}
export interface Email {
  type: EmailType;
  value: string;
}
export interface Messenger {
  type: MessengerType;
  value: string;
}
export interface Address {
  type: AddressType;
  country?: string;
  region?: string;
  city?: string;
  street?: string;
  postcode?: string;
}
export interface UserRef {
  id: string;
  name: string;
}
export interface Abilities {
  edit: boolean;
  delete: boolean;
}

interface ClientBase {
  id: string;
  website: string | null;
  source: string | null;
  notes: string | null;
  phones: Phone[];
  emails: Email[];
  messengers: Messenger[];
  addresses: Address[];
  tags: string[];
  custom: Record<string, unknown>;
  owner: UserRef;
  lastActivityAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  abilities: Abilities;
}

export interface ContactFields extends ClientBase {
  firstName: string | null;
  middleName: string | null;
  lastName: string | null;
  displayName: string;
  position: string | null;
  birthday: string | null;
  status: ContactStatus;
}

export interface CompanyLink {
  linkId: string;
  company: { id: string; name: string } | null;
  role: string | null;
  startedOn: string | null;
  endedOn: string | null;
}

export interface PersonLink {
  linkId: string;
  contact: { id: string; displayName: string } | null;
  role: string | null;
  startedOn: string | null;
  endedOn: string | null;
}

export interface Contact extends ContactFields {
  companies: CompanyLink[];
}

export interface CompanyFields extends ClientBase {
  name: string;
  legalName: string | null;
  taxId: string | null;
  industry: string | null;
  size: CompanySize | null;
}

export interface Company extends CompanyFields {
  people: PersonLink[];
}

interface ListExtras {
  primaryPhone: Phone | null;
  primaryEmail: string | null;
}
export interface ContactListItem extends ContactFields, ListExtras {
  companyNames: string[];
}
export type CompanyListItem = CompanyFields & ListExtras;
export type ClientListItem = ContactListItem | CompanyListItem;

export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}

export type BulkAction = 'assign_owner' | 'add_tags' | 'remove_tags' | 'set_status' | 'delete';

export interface DuplicateCandidate {
  id: string;
  title: string;
  score: number;
  reasons: Array<'phone' | 'email' | 'tax_id' | 'name'>;
}

/** The title of a record of either entity. */
export function recordTitle(item: { displayName?: string; name?: string }): string {
  return item.displayName ?? item.name ?? '';
}

export function modulePath(entity: ClientEntity): string {
  return entity === 'contact' ? '/contacts' : '/companies';
}

export function apiCollection(entity: ClientEntity): string {
  return entity === 'contact' ? '/api/v1/contacts' : '/api/v1/companies';
}

export function moduleOf(entity: ClientEntity): ClientModule {
  return entity === 'contact' ? 'contacts' : 'companies';
}
