import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPatch, apiPost, type BodyOf, type ResponseOf } from '../../api/client';

export type Department = ResponseOf<'/api/v1/departments', 'get'>['items'][number];
export type DepartmentInput = BodyOf<'/api/v1/departments', 'post'>;
export type DepartmentPatch = BodyOf<'/api/v1/departments/{id}', 'patch'>;

export const departmentKeys = {
  all: ['departments'] as const,
};

export async function fetchDepartments(): Promise<Department[]> {
  return (await apiGet('/api/v1/departments')).items;
}

export function useDepartments(enabled = true) {
  return useQuery({ queryKey: departmentKeys.all, queryFn: fetchDepartments, enabled, staleTime: 30_000 });
}

function useReloadDepartments() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: departmentKeys.all });
}

/** Creates a department, or changes one when `id` is given (with the version it was read at). */
export function useSaveDepartment() {
  const reload = useReloadDepartments();
  return useMutation({
    mutationFn: async (args: { id?: undefined; input: DepartmentInput } | { id: string; input: DepartmentPatch }): Promise<Department> =>
      args.id !== undefined
        ? (await apiPatch('/api/v1/departments/{id}', { path: { id: args.id }, body: args.input })).department
        : (await apiPost('/api/v1/departments', { body: args.input })).department,
    onSuccess: () => reload(),
  });
}

export function useDeleteDepartment() {
  const reload = useReloadDepartments();
  return useMutation({
    mutationFn: (id: string) => apiDelete('/api/v1/departments/{id}', { path: { id } }),
    onSuccess: () => reload(),
  });
}
