import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPut, type BodyOf, type ResponseOf } from '../../api/client';

export type EscalationSettings = ResponseOf<'/api/v1/escalation-settings', 'get'>;
export type Escalation = ResponseOf<'/api/v1/escalations', 'get'>['items'][number];
export type EscalationState = 'open' | 'resolved';

export const escalationKeys = {
  settings: ['escalation-settings'] as const,
  list: (state: EscalationState) => ['escalations', state] as const,
};

/** The workspace's escalation rule (settings managers). */
export function useEscalationSettings() {
  return useQuery({ queryKey: escalationKeys.settings, queryFn: () => apiGet('/api/v1/escalation-settings') });
}

export function useSaveEscalationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<'/api/v1/escalation-settings', 'put'>) => apiPut('/api/v1/escalation-settings', { body }),
    onSuccess: (data) => queryClient.setQueryData(escalationKeys.settings, data),
  });
}

/** Escalated requests the viewer may see, open or resolved; refreshed every minute (the scan's pace). */
export function useEscalations(state: EscalationState) {
  return useQuery({ queryKey: escalationKeys.list(state), queryFn: () => apiGet('/api/v1/escalations', { query: { state } }), refetchInterval: 60_000 });
}
