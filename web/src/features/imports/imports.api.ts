import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, type FieldErrors } from '../../app/api';
import { toSearch } from '../../api/client';

// The import routes are shaped by /work/briefs/imports-contract.md; the server side lands beside this
// screen, so the shapes are written here once (as jobs.api.ts does) until the generated schema has them.

export const IMPORT_ENTITIES = ['contacts', 'companies', 'deals', 'activities'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];
export type ImportStatus = 'draft' | 'running' | 'done' | 'failed' | 'cancelled' | 'undoing' | 'undone';
export type DuplicatePolicy = 'skip' | 'update' | 'create';
export type MatchBy = 'phone' | 'email' | 'taxId' | 'externalId';

export interface ImportOptions {
  duplicatePolicy: DuplicatePolicy;
  matchBy: MatchBy[];
  defaultCountry: string;
  defaultOwnerId: string | null;
  createMissingOwners: boolean;
  /** Deals: an unknown pipeline or stage fails the row, or the deal goes to the default pipeline's first stage. */
  unknownStage: 'fail' | 'firstStage';
  /** Deals and activities: a contact, company or deal not found fails the row, or the record is written without the link. */
  missingLinks: 'fail' | 'skipLink';
}

export interface ImportCounts {
  total: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
}

/** One import as `GET /api/v1/imports/:id` answers it. */
export interface Import {
  id: string;
  entity: ImportEntity;
  status: ImportStatus;
  fileName: string;
  size: number;
  format: string;
  encoding: string;
  delimiter: string;
  headerRow: number;
  headers: string[];
  sample: string[][];
  source: string | null;
  mapping: Array<{ column: number; field: string | null }>;
  options: ImportOptions;
  /** XLSX: the workbook's sheets, the one read (0-based), and its merged ranges. */
  workbook: { sheets: string[]; sheet: number; merged: string[] } | null;
  counts: ImportCounts;
  jobId: string | null;
  createdBy: { id: string; name: string };
  createdAt: string;
  finishedAt: string | null;
  version: number;
}

export interface ImportField {
  key: string;
  label: string;
  type: string;
  multiple: boolean;
  required: boolean;
}

export interface PreviewRow {
  line: number;
  values: Record<string, unknown>;
  errors: Array<{ field: string; code: string; message: string }>;
  /** Links not found that the run leaves out (`missingLinks: skipLink`). */
  warnings: Array<{ field: string; code: string; message: string }>;
  /** What is read but is no error: a merged cell left empty (`merged_cell`). */
  notes: Array<{ column: number; code: string; message: string }>;
  match: { id: string; name: string; by: string } | null;
}

export type ImportPatch = Partial<Pick<Import, 'encoding' | 'delimiter' | 'headerRow' | 'mapping'>> & { options?: Partial<ImportOptions>; sheet?: number };

export const importKeys = {
  all: ['imports'] as const,
  list: () => ['imports', 'list'] as const,
  one: (id: string) => ['imports', 'one', id] as const,
  preview: (id: string, version: number) => ['imports', 'preview', id, version] as const,
  fields: (entity: string) => ['imports', 'fields', entity] as const,
};

/** While an import or its undo runs, its state is asked for every second. */
export const isBusy = (status: ImportStatus) => status === 'running' || status === 'undoing';

/** One import, polled every second while it runs or is being undone. */
export function useImport(id: string) {
  return useQuery({
    queryKey: importKeys.one(id),
    queryFn: async () => (await api<{ import: Import }>('GET', `/api/v1/imports/${id}`)).import,
    refetchInterval: (query) => (query.state.data && isBusy(query.state.data.status) ? 1000 : false),
  });
}

/** The actor's imports (an administrator's: everyone's), newest first, one page. */
export function useImports() {
  return useQuery({
    queryKey: importKeys.list(),
    queryFn: () => api<{ items: Import[]; nextCursor: string | null }>('GET', '/api/v1/imports?limit=50'),
  });
}

/** The fields a column may go to (custom fields included), labelled in the viewer's language. */
export function useImportFields(entity: string) {
  return useQuery({
    queryKey: importKeys.fields(entity),
    queryFn: async () => (await api<{ fields: ImportField[] }>('GET', `/api/v1/imports/fields${toSearch({ entity })}`)).fields,
    staleTime: 30_000,
  });
}

/** The first rows as they would be written, with each one's errors and duplicate match. */
export function useImportPreview(id: string, version: number, enabled: boolean) {
  return useQuery({
    queryKey: importKeys.preview(id, version),
    queryFn: async () => (await api<{ rows: PreviewRow[] }>('GET', `/api/v1/imports/${id}/preview?limit=50`)).rows,
    enabled,
  });
}

function useStoreImport() {
  const queryClient = useQueryClient();
  return (value: Import) => {
    queryClient.setQueryData(importKeys.one(value.id), value);
    void queryClient.invalidateQueries({ queryKey: importKeys.list() });
  };
}

/** Reloads the import and its fields list (after a custom field was made from the wizard). */
export function useReloadImportFields(entity: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: importKeys.fields(entity) });
}

function csrfToken(): string | null {
  const part = document.cookie.split(';').map((p) => p.trim()).find((p) => p.startsWith('kt_csrf='));
  return part ? decodeURIComponent(part.slice('kt_csrf='.length)) : null;
}

/**
 * Sends a file for import as multipart (`file`, `entity`), reporting upload progress (0..1);
 * XMLHttpRequest because fetch cannot report it.
 * @throws ApiError as `api()` does (413 when over the size limit).
 */
export function uploadImport(entity: ImportEntity, file: File, onProgress: (share: number) => void): Promise<Import> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/imports');
    xhr.setRequestHeader('Accept', 'application/json');
    const csrf = csrfToken();
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: { import?: Import; error?: { code?: string; message?: string; fields?: FieldErrors } } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // A proxy's 413 page is not JSON: still say the file is too big.
      }
      if (xhr.status >= 200 && xhr.status < 300 && body.import) resolve(body.import);
      else if (xhr.status === 413) reject(new ApiError(413, 'too_large', 'Too large', { file: 'too_large' }));
      else reject(new ApiError(xhr.status, body.error?.code ?? 'internal', body.error?.message ?? xhr.statusText, body.error?.fields ?? {}));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Network error'));
    const form = new FormData();
    // The entity goes first: a streaming server reads it before the file.
    form.append('entity', entity);
    form.append('file', file);
    xhr.send(form);
  });
}

/** Changes a draft (file reading, mapping, options); the server re-reads the sample. A stale version reloads the import. */
export function usePatchImport(id: string) {
  const store = useStoreImport();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, patch }: { version: number; patch: ImportPatch }) =>
      (await api<{ import: Import }>('PATCH', `/api/v1/imports/${id}`, { version, ...patch })).import,
    onSuccess: store,
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: importKeys.one(id) });
    },
  });
}

/** Runs, cancels or undoes an import. */
export function useImportAction(id: string) {
  const store = useStoreImport();
  return useMutation({
    mutationFn: async ({ action, version }: { action: 'run' | 'cancel' | 'undo'; version: number }) =>
      (await api<{ import: Import }>('POST', `/api/v1/imports/${id}/${action}`, action === 'run' ? { version } : {})).import,
    onSuccess: store,
  });
}

/** Where the browser downloads an import's failed rows, with their reason. */
export const failedRowsUrl = (id: string) => `/api/v1/imports/${id}/failed.csv`;
