import { useMutation } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost, type BodyOf } from '../../api/client';
import { useRecordSaved } from '../clients/clients.api';
import type { Contact } from '../clients/clientTypes';

export type ContactInput = BodyOf<'/api/v1/contacts', 'post'>;
export type ContactPatch = BodyOf<'/api/v1/contacts/{id}', 'patch'>;

/** The `tel:` link of a contact's phone at `index`, for a Call button when the phone is masked (decision 0027). */
export async function callContactPhone(id: string, index: number): Promise<string> {
  return (await apiPost('/api/v1/contacts/{id}/phones/{index}/call', { path: { id, index } })).tel;
}

export async function fetchContact(id: string): Promise<Contact> {
  return (await apiGet('/api/v1/contacts/{id}', { path: { id } })).contact;
}

/** Creates a contact, or changes one when `id` is given (with the version it was read at). */
export function useSaveContact() {
  const saved = useRecordSaved('contact');
  return useMutation({
    mutationFn: async (args: { id?: undefined; input: ContactInput } | { id: string; input: ContactPatch }): Promise<Contact> =>
      args.id !== undefined
        ? (await apiPatch('/api/v1/contacts/{id}', { path: { id: args.id }, body: args.input })).contact
        : (await apiPost('/api/v1/contacts', { body: args.input })).contact,
    onSuccess: (contact) => saved(contact),
  });
}
