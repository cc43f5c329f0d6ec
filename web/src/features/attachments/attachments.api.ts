import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiUrl, type QueryOf, type ResponseOf } from '../../api/client';
import { ApiError, type FieldErrors } from '../../app/api';

export type Attachment = ResponseOf<'/api/v1/attachments', 'get'>['items'][number];
export type SubjectType = QueryOf<'/api/v1/attachments', 'get'>['subjectType'];

export const attachmentKeys = {
  of: (subjectType: SubjectType, subjectId: string) => ['attachments', subjectType, subjectId] as const,
};

export function useAttachments(subjectType: SubjectType, subjectId: string) {
  return useQuery({
    queryKey: attachmentKeys.of(subjectType, subjectId),
    queryFn: async () => (await apiGet('/api/v1/attachments', { query: { subjectType, subjectId } })).items,
  });
}

/** Reloads a record's files (after an upload). */
export function useReloadAttachments(subjectType: SubjectType, subjectId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: attachmentKeys.of(subjectType, subjectId) });
}

export function useDeleteAttachment(subjectType: SubjectType, subjectId: string) {
  const reload = useReloadAttachments(subjectType, subjectId);
  return useMutation({
    mutationFn: (id: string) => apiDelete('/api/v1/attachments/{id}', { path: { id } }),
    onSuccess: () => reload(),
  });
}

export function downloadUrl(attachment: Attachment, inline = false): string {
  return apiUrl('/api/v1/attachments/{id}/download', { path: { id: attachment.id }, query: inline ? { inline: '1' } : {} });
}

function csrfToken(): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === 'kt_csrf') return decodeURIComponent(rest.join('='));
  }
  return null;
}

function errorOf(xhr: XMLHttpRequest): ApiError {
  try {
    const body = JSON.parse(xhr.responseText) as { error?: { code?: string; message?: string; fields?: FieldErrors } };
    return new ApiError(xhr.status, body.error?.code ?? 'internal', body.error?.message ?? xhr.statusText, body.error?.fields ?? {});
  } catch {
    // A proxy's 413 page is not JSON: still say the file is too big.
    if (xhr.status === 413) return new ApiError(413, 'validation_failed', 'Too large', { file: 'too_large' });
    return new ApiError(xhr.status, xhr.status >= 500 ? 'internal' : 'bad_request', xhr.statusText);
  }
}

/**
 * Uploads one file as the raw request body, reporting progress (0..1); XMLHttpRequest because
 * fetch cannot report upload progress.
 * @throws ApiError as `api()` does.
 */
export function uploadAttachment(subjectType: SubjectType, subjectId: string, file: File, onProgress: (share: number) => void): Promise<Attachment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const params = new URLSearchParams({ subjectType, subjectId, fileName: file.name });
    xhr.open('POST', `/api/v1/attachments?${params.toString()}`);
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    const csrf = csrfToken();
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((JSON.parse(xhr.responseText) as { attachment: Attachment }).attachment);
        } catch {
          reject(new ApiError(xhr.status, 'internal', 'Unexpected answer'));
        }
      } else reject(errorOf(xhr));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Network error'));
    xhr.send(file);
  });
}
