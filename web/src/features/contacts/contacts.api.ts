import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import { recordKey } from '../clients/clients.api';
import type { Address, Contact, ContactStatus, Email, Messenger, PhoneInput } from '../clients/clientTypes';

export interface ContactInput {
  firstName?: string | null;
  middleName?: string | null;
  lastName?: string | null;
  displayName?: string | null;
  position?: string | null;
  birthday?: string | null;
  status?: ContactStatus;
  source?: string | null;
  notes?: string | null;
  website?: string | null;
  phones?: PhoneInput[];
  emails?: Email[];
  messengers?: Messenger[];
  addresses?: Address[];
  tags?: string[];
  custom?: Record<string, unknown>;
  ownerId?: string;
}

export async function fetchContact(id: string): Promise<Contact> {
  return (await api<{ contact: Contact }>('GET', `/api/v1/contacts/${id}`)).contact;
}

export function useContact(id: string) {
  return useQuery({ queryKey: recordKey('contact', id), queryFn: () => fetchContact(id) });
}

export async function createContact(input: ContactInput): Promise<Contact> {
  return (await api<{ contact: Contact }>('POST', '/api/v1/contacts', input)).contact;
}

export async function updateContact(id: string, input: ContactInput & { version: number }): Promise<Contact> {
  return (await api<{ contact: Contact }>('PATCH', `/api/v1/contacts/${id}`, input)).contact;
}
