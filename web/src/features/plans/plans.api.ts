import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPut, type BodyOf, type QueryOf, type ResponseOf } from '../../api/client';

export type PlansAnswer = ResponseOf<'/api/v1/sales-plans', 'get'>;
export type Plan = PlansAnswer['items'][number];
export type PlanItemInput = BodyOf<'/api/v1/sales-plans/{month}', 'put'>['items'][number];
export type Progress = ResponseOf<'/api/v1/sales-plans/progress', 'get'>;
export type ProgressQuery = QueryOf<'/api/v1/sales-plans/progress', 'get'>;

export const planKeys = {
  all: ['sales-plans'] as const,
  month: (month: string) => ['sales-plans', 'month', month] as const,
  progress: (query: ProgressQuery) => ['sales-plans', 'progress', query] as const,
};

/** The plans of one month the viewer may see, with the people and departments of the grid. */
export function useMonthPlans(month: string) {
  return useQuery({ queryKey: planKeys.month(month), queryFn: () => apiGet('/api/v1/sales-plans', { query: { from: month, to: month } }) });
}

/** The plans of a month, read once (copying last month's into the grid). */
export function fetchMonthPlans(month: string): Promise<PlansAnswer> {
  return apiGet('/api/v1/sales-plans', { query: { from: month, to: month } });
}

/** Plan against fact for a period (default: the signed-in user, this month). */
export function usePlanProgress(query: ProgressQuery) {
  return useQuery({ queryKey: planKeys.progress(query), queryFn: () => apiGet('/api/v1/sales-plans/progress', { query }), refetchInterval: 60_000 });
}

/** Sets a month's targets at once. */
export function useSavePlans() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { month: string; items: PlanItemInput[] }) => apiPut('/api/v1/sales-plans/{month}', { path: { month: args.month }, body: { items: args.items } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}

export function useDeletePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (plan: Plan) => apiDelete('/api/v1/sales-plans/{id}', { path: { id: plan.id }, query: { version: String(plan.version) } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}
