/** Shapes of the client base API (docs/api-clients.md), shared by contacts and companies, all from the generated schema. */
import type { BodyOf, ResponseOf } from '../../api/client';

export type Contact = ResponseOf<'/api/v1/contacts/{id}', 'get'>['contact'];
export type Company = ResponseOf<'/api/v1/companies/{id}', 'get'>['company'];
export type ContactListItem = ResponseOf<'/api/v1/contacts', 'get'>['items'][number];
export type CompanyListItem = ResponseOf<'/api/v1/companies', 'get'>['items'][number];
export type ClientListItem = ContactListItem | CompanyListItem;

export type Phone = NonNullable<Contact['phones']>[number];
export type PhoneInput = NonNullable<BodyOf<'/api/v1/contacts', 'post'>['phones']>[number];
/** One reading of a number valid in several client countries (`error.phoneCandidates`). */
export interface PhoneCandidate {
  country: string;
  e164: string;
  display: string;
}
export type Email = NonNullable<Contact['emails']>[number];
export type Messenger = NonNullable<Contact['messengers']>[number];
export type Address = NonNullable<Contact['addresses']>[number];
export type UserRef = Contact['owner'];
export type Abilities = Contact['abilities'];
export type CompanyLink = Contact['companies'][number];
export type PersonLink = Company['people'][number];

export type PhoneType = Phone['type'];
export type EmailType = Email['type'];
export type MessengerType = Messenger['type'];
export type AddressType = Address['type'];
export type ContactStatus = Contact['status'];
export type CompanySize = NonNullable<Company['size']>;

// The choices the forms offer, in the order they offer them; `satisfies` keeps them in step with the API.
export const PHONE_TYPES = ['mobile', 'work', 'home', 'other'] as const satisfies readonly PhoneType[];
export const EMAIL_TYPES = ['work', 'personal', 'other'] as const satisfies readonly EmailType[];
export const MESSENGER_TYPES = ['telegram', 'whatsapp', 'viber', 'vk', 'other'] as const satisfies readonly MessengerType[];
export const ADDRESS_TYPES = ['work', 'home', 'legal', 'other'] as const satisfies readonly AddressType[];
export const CONTACT_STATUSES = ['lead', 'client', 'former_client'] as const satisfies readonly ContactStatus[];
export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-1000', '1000+'] as const satisfies readonly CompanySize[];

/** One page of a list, whichever the type. */
export type ListPage<T> = Omit<ResponseOf<'/api/v1/contacts', 'get'>, 'items'> & { items: T[] };

export type DuplicateQuery = BodyOf<'/api/v1/duplicates/check', 'post'>;
export type DuplicateCandidate = ResponseOf<'/api/v1/duplicates/check', 'post'>['items'][number];

/** The title of a contact (display name) or a company (name). */
export function recordTitle(item: { displayName?: string; name?: string }): string {
  return item.displayName ?? item.name ?? '';
}
