import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost, apiPut, type BodyOf, type QueryOf, type ResponseOf } from '../../api/client';

export type WidgetInfo = ResponseOf<'/api/v1/analytics/widgets', 'get'>['widgets'][number];
export type WidgetKey = WidgetInfo['key'];
export type WidgetAnswer = ResponseOf<'/api/v1/analytics/widgets/{key}', 'get'>;
export type WidgetQuery = QueryOf<'/api/v1/analytics/widgets/{key}', 'get'>;
export type Table = WidgetAnswer['data'];
export type Column = Table['columns'][number];
export type Drill = NonNullable<Table['rows'][number]['drill']>[string];
export type Dashboard = ResponseOf<'/api/v1/dashboards/{id}', 'get'>['dashboard'];
export type DashboardWidget = Dashboard['widgets'][number];
export type DashboardChange = BodyOf<'/api/v1/dashboards/{id}', 'patch'>;
export type SourceCosts = ResponseOf<'/api/v1/analytics/source-costs', 'get'>['items'];

export const analyticsKeys = {
  all: ['analytics'] as const,
  catalogue: () => [...analyticsKeys.all, 'widgets'] as const,
  widget: (key: string, query: WidgetQuery) => [...analyticsKeys.all, 'widget', key, query] as const,
  dashboards: () => [...analyticsKeys.all, 'dashboards'] as const,
  drill: (type: string, ids: string) => [...analyticsKeys.all, 'drill', type, ids] as const,
  costs: (month: string) => [...analyticsKeys.all, 'costs', month] as const,
};

/** The widgets a dashboard can show, titled in the viewer's language. */
export function useWidgetCatalogue() {
  return useQuery({ queryKey: analyticsKeys.catalogue(), queryFn: async () => (await apiGet('/api/v1/analytics/widgets')).widgets, staleTime: 10 * 60_000 });
}

/** One widget's figures for the period and filters; the previous figures stay while new ones load. */
export function useWidget(key: WidgetKey, query: WidgetQuery) {
  return useQuery({
    queryKey: analyticsKeys.widget(key, query),
    queryFn: () => apiGet('/api/v1/analytics/widgets/{key}', { path: { key }, query }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
}

/** My dashboards, those shared with me, my role's default, and which one to open first. */
export function useDashboards() {
  return useQuery({ queryKey: analyticsKeys.dashboards(), queryFn: () => apiGet('/api/v1/dashboards') });
}

/** Creates a dashboard (a copy of what the viewer sees, when they first change a default). */
export function useCreateDashboard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BodyOf<'/api/v1/dashboards', 'post'>) => (await apiPost('/api/v1/dashboards', { body })).dashboard,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: analyticsKeys.dashboards() }),
  });
}

/** Changes a dashboard at the version it was read; a 409 reloads the list so the newer one shows. */
export function useUpdateDashboard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, change }: { id: string; change: DashboardChange }) => (await apiPatch('/api/v1/dashboards/{id}', { path: { id }, body: change })).dashboard,
    onSettled: () => queryClient.invalidateQueries({ queryKey: analyticsKeys.dashboards() }),
  });
}

/** Makes a dashboard the default of a role (or, with null, leaves the role with the built-in one); administrators. */
export function useSetRoleDashboard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ roleId, dashboardId }: { roleId: string; dashboardId: string | null }) => apiPut('/api/v1/roles/{id}/dashboard', { path: { id: roleId }, body: { dashboardId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: analyticsKeys.dashboards() }),
  });
}

/** The records behind a number that no list filter names. */
export function useDrillList(type: Drill['type'], ids: string) {
  return useQuery({ queryKey: analyticsKeys.drill(type, ids), queryFn: () => apiGet('/api/v1/analytics/drill', { query: { type, ids } }), enabled: ids !== '' });
}

/** A month's costs per lead source. */
export function useSourceCosts(month: string, enabled: boolean) {
  return useQuery({ queryKey: analyticsKeys.costs(month), queryFn: async () => (await apiGet('/api/v1/analytics/source-costs', { query: { month } })).items, enabled });
}

/** Replaces a month's costs; the widgets reload so CPA and ROMI follow. */
export function useSaveSourceCosts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ month, items }: { month: string; items: BodyOf<'/api/v1/analytics/source-costs', 'put'>['items'] }) =>
      (await apiPut('/api/v1/analytics/source-costs', { query: { month }, body: { items } })).items,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: analyticsKeys.all }),
  });
}
