import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPatch, apiPost, type BodyOf, type ResponseOf } from '../../api/client';
import { analyticsKeys } from './analytics.api';

export type ReportDefinition = BodyOf<'/api/v1/reports/run', 'post'>;
export type ReportAnswer = ResponseOf<'/api/v1/reports/run', 'post'>;
export type SavedReport = ResponseOf<'/api/v1/reports', 'get'>['items'][number];

const reportKeys = { list: () => [...analyticsKeys.all, 'reports'] as const };

/** Runs a report definition over the records the viewer may see. */
export function useRunReport() {
  return useMutation({ mutationFn: (body: ReportDefinition) => apiPost('/api/v1/reports/run', { body }) });
}

/** My saved reports and those shared with me. */
export function useSavedReports() {
  return useQuery({ queryKey: reportKeys.list(), queryFn: async () => (await apiGet('/api/v1/reports')).items });
}

/** Saves a definition as a new report. */
export function useSaveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BodyOf<'/api/v1/reports', 'post'>) => (await apiPost('/api/v1/reports', { body })).report,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.list() }),
  });
}

/** Renames, re-shares or changes a saved report at the version read (a 409 when someone changed it since). */
export function useUpdateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, change }: { id: string; change: BodyOf<'/api/v1/reports/{id}', 'patch'> }) => (await apiPatch('/api/v1/reports/{id}', { path: { id }, body: change })).report,
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportKeys.list() }),
  });
}

/** Deletes a saved report at the version read. */
export function useDeleteReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => apiDelete('/api/v1/reports/{id}', { path: { id }, query: { version } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportKeys.list() }),
  });
}

function csrf(): string {
  const part = document.cookie.split(';').map((p) => p.trim()).find((p) => p.startsWith('kt_csrf='));
  return part ? decodeURIComponent(part.slice('kt_csrf='.length)) : '';
}

/** Exports an unsaved definition as CSV or XLSX (made by the server, which checks the export right) and saves the file. */
export async function downloadReport(definition: ReportDefinition, format: 'csv' | 'xlsx', name: string): Promise<void> {
  const response = await fetch('/api/v1/reports/export', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf() },
    body: JSON.stringify({ definition, format, name }),
  });
  if (!response.ok) throw new Error(`${response.status}`);
  const blob = await response.blob();
  saveAs(URL.createObjectURL(blob), `${name}.${format}`);
}

/** Hands a URL to the browser as a download with a file name. */
export function saveAs(url: string, filename: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  if (url.startsWith('blob:')) setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
