import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

export interface Department {
  id: string;
  name: string;
  parentId: string | null;
  headUserId: string | null;
  userCount: number;
  version: number;
}

export interface DepartmentInput {
  name?: string;
  parentId?: string | null;
  headUserId?: string | null;
}

export const departmentsKey = ['departments'] as const;

export async function fetchDepartments(): Promise<Department[]> {
  return (await api<{ items: Department[] }>('GET', '/api/v1/departments')).items;
}

export function useDepartments(enabled = true) {
  return useQuery({ queryKey: departmentsKey, queryFn: fetchDepartments, enabled, staleTime: 30_000 });
}

export async function createDepartment(input: DepartmentInput & { name: string }): Promise<Department> {
  return (await api<{ department: Department }>('POST', '/api/v1/departments', input)).department;
}

export async function updateDepartment(id: string, input: DepartmentInput & { version: number }): Promise<Department> {
  return (await api<{ department: Department }>('PATCH', `/api/v1/departments/${id}`, input)).department;
}

export async function deleteDepartment(id: string): Promise<void> {
  await api<void>('DELETE', `/api/v1/departments/${id}`);
}
