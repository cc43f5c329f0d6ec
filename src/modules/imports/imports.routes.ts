import { PassThrough, type Readable } from 'node:stream';
import { Busboy, type BusboyInstance } from '@fastify/busboy';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { AppError } from '../../platform/errors.js';
import { idParams } from '../../platform/schemas.js';
import { CSV_BOM, csvRow } from '../audit/audit.csv.js';
import type { ImportEntity } from './header-aliases.js';
import { presentImport } from './imports.presenter.js';
import {
  emptyInput, fieldsOutput, fieldsQuery, IMPORT_ENTITIES, importJobResult, importListOutput, importListQuery, importResult, patchImportInput, previewOutput, previewQuery, runInput,
} from './imports.schema.js';
import * as service from './imports.service.js';
import * as runs from './import-run.service.js';

interface Upload { entity: ImportEntity; fileName: string; body: Readable; done: Promise<void> }

/**
 * Reads a multipart upload: the `entity` field, then the `file` part, handed on as a stream (the
 * part is never held in memory). Any other part is refused.
 */
function readMultipart(request: FastifyRequest, maxBytes: number): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let entity: ImportEntity | null = null;
    let settled = false;
    const fail = (error: AppError) => { if (!settled) { settled = true; reject(error); } };
    let bb: BusboyInstance;
    try {
      bb = new Busboy({ headers: request.headers as { 'content-type': string }, limits: { files: 1, fields: 5, fileSize: maxBytes + 1 } });
    } catch {
      return fail(new AppError('validation_failed', 'Send the file as multipart/form-data', { file: 'required' }));
    }
    bb.on('field', (name: string, value: string) => {
      if (name === 'entity') entity = (IMPORT_ENTITIES as readonly string[]).includes(value) ? (value as ImportEntity) : null;
    });
    bb.on('file', (name: string, stream: Readable, fileName: string) => {
      if (name !== 'file') { stream.resume(); return; }
      if (!entity) { stream.resume(); return fail(new AppError('validation_failed', 'Say what the file holds (entity) before the file', { entity: 'required' })); }
      const body = new PassThrough();
      stream.pipe(body);
      settled = true;
      resolve({ entity, fileName: fileName || 'upload', body, done: new Promise((r) => stream.on('end', () => r())) });
    });
    bb.on('finish', () => fail(new AppError('validation_failed', 'The request has no file', { file: 'required' })));
    bb.on('error', () => fail(new AppError('validation_failed', 'The upload is not valid multipart/form-data', { file: 'invalid' })));
    (request.body as Readable).pipe(bb);
  });
}

export function importsRoutes(app: FastifyInstance, { db, config }: AppDeps): void {
  const files = { dataDir: config.dataDir, maxBytes: config.importMaxBytes };

  // Only this route takes a multipart body, handed over unread so the file streams to disk.
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    scope.withTypeProvider<ZodTypeProvider>().post('/api/v1/imports', {
      bodyLimit: files.maxBytes + 64 * 1024,
      schema: { tags: ['imports'], summary: 'Upload a file to import (multipart: `entity`, then `file`); answers the draft with its detected layout and mapping', response: { 201: importResult } },
    }, async (request, reply) => {
      const declared = Number(request.headers['content-length'] ?? NaN);
      if (Number.isFinite(declared) && declared > files.maxBytes + 64 * 1024) {
        reply.header('connection', 'close');
        throw new AppError('payload_too_large', `The file is larger than the limit of ${files.maxBytes} bytes`, { file: 'too_large' });
      }
      const upload = await readMultipart(request, files.maxBytes);
      try {
        const row = await service.uploadImport(db, actorOf(request), files, upload);
        return reply.status(201).send({ import: presentImport(row) });
      } catch (err) {
        upload.body.resume();
        if (err instanceof AppError && err.code === 'payload_too_large') reply.header('connection', 'close');
        throw err;
      }
    });
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['imports'];

  r.get('/api/v1/imports/fields', {
    schema: { tags, summary: 'The fields a column can be mapped to, custom fields included, labelled in your language', querystring: fieldsQuery, response: { 200: fieldsOutput } },
  }, async (request) => ({ fields: await service.importFields(db, actorOf(request), request.query.entity) }));

  r.get('/api/v1/imports', {
    schema: { tags, summary: 'Your imports (an administrator: all), newest first', querystring: importListQuery, response: { 200: importListOutput } },
  }, async (request) => {
    const page = await service.listImports(db, actorOf(request), request.query);
    return { items: page.rows.map(presentImport), nextCursor: page.nextCursor };
  });

  r.get('/api/v1/imports/:id', {
    schema: { tags, summary: 'One import', params: idParams, response: { 200: importResult } },
  }, async (request) => ({ import: presentImport(await service.findVisibleImport(db, actorOf(request), request.params.id)) }));

  r.patch('/api/v1/imports/:id', {
    schema: { tags, summary: "Change a draft's encoding, delimiter, header row, mapping or options (re-reads its sample)", params: idParams, body: patchImportInput, response: { 200: importResult } },
  }, async (request) => ({ import: presentImport(await service.patchImport(db, actorOf(request), files, request.params.id, request.body)) }));

  r.get('/api/v1/imports/:id/preview', {
    schema: { tags, summary: 'The first rows as they would be imported: values, errors, the record each matches', params: idParams, querystring: previewQuery, response: { 200: previewOutput } },
  }, async (request) => ({ rows: await service.previewImport(db, actorOf(request), files, request.params.id, request.query.limit ?? 50) }));

  r.post('/api/v1/imports/:id/run', {
    schema: { tags, summary: 'Start the import as a background job (progress: GET /jobs/:jobId)', params: idParams, body: runInput, response: { 202: importJobResult } },
  }, async (request, reply) => {
    const { row, job } = await runs.runImport(db, actorOf(request), request.params.id, request.body.version);
    return reply.status(202).send({ import: presentImport(row), job });
  });

  r.post('/api/v1/imports/:id/cancel', {
    schema: { tags, summary: 'Stop a running import after its current chunk (written rows stay and can be undone)', params: idParams, body: emptyInput, response: { 200: importResult } },
  }, async (request) => ({ import: presentImport(await runs.cancelImport(db, actorOf(request), request.params.id)) }));

  r.post('/api/v1/imports/:id/undo', {
    schema: { tags, summary: 'Undo an import: created records to the trash, updated ones back to their version before it', params: idParams, body: emptyInput, response: { 202: importJobResult } },
  }, async (request, reply) => {
    const { row, job } = await runs.undoImport(db, actorOf(request), request.params.id);
    return reply.status(202).send({ import: presentImport(row), job });
  });

  r.get('/api/v1/imports/:id/failed.csv', {
    schema: { tags, summary: 'The failed rows as uploaded, with the reason in a last column `Error` (CSV, UTF-8 with BOM)', params: idParams },
  }, async (request, reply) => {
    const failed = await service.failedRows(db, actorOf(request), request.params.id);
    const body = CSV_BOM + csvRow([...failed.headers, 'Error']) + failed.rows.map((row) => csvRow([...row.cells, row.error])).join('');
    const base = failed.fileName.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_') || 'import';
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${base}-failed.csv"`).send(body);
  });
}
