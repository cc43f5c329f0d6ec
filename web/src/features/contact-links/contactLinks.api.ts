import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiPatch, apiPost, type BodyOf } from '../../api/client';
import { clientKeys } from '../clients/clients.api';

export type LinkInput = BodyOf<'/api/v1/contact-companies/{linkId}', 'patch'>;

/**
 * Links between contacts and companies: link, change, unlink. Both cards and the contact lists
 * (which show company names) reload after each.
 */
export function useLinkMutations() {
  const queryClient = useQueryClient();
  const refresh = async ({ contactId, companyId }: { contactId?: string; companyId?: string }) => {
    if (contactId) await queryClient.invalidateQueries({ queryKey: clientKeys.record('contact', contactId) });
    if (companyId) await queryClient.invalidateQueries({ queryKey: clientKeys.record('company', companyId) });
    await queryClient.invalidateQueries({ queryKey: clientKeys.lists('contact') });
  };
  const link = useMutation({
    mutationFn: ({ contactId, ...input }: BodyOf<'/api/v1/contacts/{id}/companies', 'post'> & { contactId: string }) =>
      apiPost('/api/v1/contacts/{id}/companies', { path: { id: contactId }, body: input }),
    onSuccess: (_answer, { contactId, companyId }) => refresh({ contactId, companyId }),
  });
  const update = useMutation({
    mutationFn: ({ linkId, input }: { linkId: string; input: LinkInput; contactId?: string; companyId?: string }) =>
      apiPatch('/api/v1/contact-companies/{linkId}', { path: { linkId }, body: input }),
    onSuccess: (_answer, sides) => refresh(sides),
  });
  const remove = useMutation({
    mutationFn: ({ linkId }: { linkId: string; contactId?: string; companyId?: string }) => apiDelete('/api/v1/contact-companies/{linkId}', { path: { linkId } }),
    onSuccess: (_answer, sides) => refresh(sides),
  });
  return { link, update, remove };
}

