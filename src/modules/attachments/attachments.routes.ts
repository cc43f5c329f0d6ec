import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { AppError } from '../../platform/errors.js';
import { idParams, noContent } from '../../platform/schemas.js';
import { attachmentResult, attachmentsListOutput, downloadQuery, subjectQuery, uploadQuery } from './attachments.schema.js';
import { presentAttachment } from './attachments.presenter.js';
import * as attachmentsService from './attachments.service.js';
import { contentDisposition, isPreviewable } from './file-types.js';

/** Nothing in a served file may run, load or reach out; it is shown as it is or not at all. */
const FILE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox";
// Chromium will not start its PDF viewer in a sandboxed document; the viewer runs isolated from the page anyway.
const PDF_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";

function contentLengthOf(header: string | undefined): number | undefined {
  if (header === undefined || !/^\d+$/.test(header)) return undefined;
  return Number(header);
}

export function attachmentsRoutes(app: FastifyInstance, { db, config }: AppDeps): void {
  const files = { dataDir: config.dataDir, maxBytes: config.attachmentMaxBytes };

  // Only this route takes a body of any type, handed over unread so it streams to disk.
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    scope.withTypeProvider<ZodTypeProvider>().post('/api/v1/attachments', {
      bodyLimit: files.maxBytes,
      schema: { tags: ['attachments'], summary: 'Attach a file (the raw body, with its own Content-Type) to a contact or company', querystring: uploadQuery, response: { 201: attachmentResult } },
    }, async (request, reply) => {
      const { subjectType, subjectId, fileName } = request.query;
      try {
        const entry = await attachmentsService.uploadAttachment(db, actorOf(request), files, {
          subjectType, subjectId, fileName,
          contentType: request.headers['content-type'],
          contentLength: contentLengthOf(request.headers['content-length']),
          body: request.body as Readable | undefined,
        });
        return reply.status(201).send({ attachment: presentAttachment(entry) });
      } catch (err) {
        // The rest of an unread body would follow the answer on a kept-alive connection.
        if (err instanceof AppError && err.code === 'payload_too_large') reply.header('connection', 'close');
        throw err;
      }
    });
  });

  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/attachments', {
    schema: { tags: ['attachments'], summary: "A contact's or company's files, newest first", querystring: subjectQuery, response: { 200: attachmentsListOutput } },
  }, async (request) => {
    const entries = await attachmentsService.listAttachments(db, actorOf(request), request.query.subjectType, request.query.subjectId);
    return { items: entries.map(presentAttachment) };
  });

  r.get('/api/v1/attachments/:id/download', {
    schema: { tags: ['attachments'], summary: 'The file; `inline=1` shows images and PDFs in the browser, everything else always downloads', params: idParams, querystring: downloadQuery },
  }, async (request, reply) => {
    const { row, stream, size } = await attachmentsService.openAttachment(db, actorOf(request), files, request.params.id);
    const inline = request.query.inline === '1' && isPreviewable(row.content_type);
    return reply
      .header('content-type', row.content_type)
      .header('content-length', String(size))
      .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', row.file_name))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', inline && row.content_type === 'application/pdf' ? PDF_CSP : FILE_CSP)
      .header('cache-control', 'private, no-cache')
      .send(stream);
  });

  r.delete('/api/v1/attachments/:id', {
    schema: { tags: ['attachments'], summary: 'Remove a file (soft; audited)', params: idParams, response: { 204: noContent } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    await db.transaction().execute((trx) => attachmentsService.deleteAttachment(trx, actor, request.params.id));
    return reply.status(204).send(null);
  });
}
