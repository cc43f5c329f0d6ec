import { useMutation } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost, type BodyOf } from '../../api/client';
import { useRecordSaved } from '../clients/clients.api';
import type { Company } from '../clients/clientTypes';

export type CompanyInput = BodyOf<'/api/v1/companies', 'post'>;
export type CompanyPatch = BodyOf<'/api/v1/companies/{id}', 'patch'>;

/** The `tel:` link of a company's phone at `index`, for a Call button when the phone is masked (decision 0027). */
export async function callCompanyPhone(id: string, index: number): Promise<string> {
  return (await apiPost('/api/v1/companies/{id}/phones/{index}/call', { path: { id, index } })).tel;
}

export async function fetchCompany(id: string): Promise<Company> {
  return (await apiGet('/api/v1/companies/{id}', { path: { id } })).company;
}

/** Creates a company, or changes one when `id` is given (with the version it was read at). */
export function useSaveCompany() {
  const saved = useRecordSaved('company');
  return useMutation({
    mutationFn: async (args: { id?: undefined; input: CompanyInput } | { id: string; input: CompanyPatch }): Promise<Company> =>
      args.id !== undefined
        ? (await apiPatch('/api/v1/companies/{id}', { path: { id: args.id }, body: args.input })).company
        : (await apiPost('/api/v1/companies', { body: args.input })).company,
    onSuccess: (company) => saved(company),
  });
}
