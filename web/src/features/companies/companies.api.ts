import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import { recordKey } from '../clients/clients.api';
import type { Address, Company, CompanySize, Email, Messenger, PhoneInput } from '../clients/clientTypes';

export interface CompanyInput {
  name?: string;
  legalName?: string | null;
  taxId?: string | null;
  website?: string | null;
  industry?: string | null;
  size?: CompanySize | null;
  phones?: PhoneInput[];
  emails?: Email[];
  messengers?: Messenger[];
  addresses?: Address[];
  tags?: string[];
  custom?: Record<string, unknown>;
  notes?: string | null;
  source?: string | null;
  ownerId?: string;
}

export async function fetchCompany(id: string): Promise<Company> {
  return (await api<{ company: Company }>('GET', `/api/v1/companies/${id}`)).company;
}

export function useCompany(id: string) {
  return useQuery({ queryKey: recordKey('company', id), queryFn: () => fetchCompany(id) });
}

export async function createCompany(input: CompanyInput & { name: string }): Promise<Company> {
  return (await api<{ company: Company }>('POST', '/api/v1/companies', input)).company;
}

export async function updateCompany(id: string, input: CompanyInput & { version: number }): Promise<Company> {
  return (await api<{ company: Company }>('PATCH', `/api/v1/companies/${id}`, input)).company;
}
