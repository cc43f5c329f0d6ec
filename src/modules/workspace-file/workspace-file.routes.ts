import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { downloadWorkspace } from './workspace-file.service.js';

/** Settings → Data → "Download the whole workspace". Importing one stays in the CLI: it needs an empty install. */
export function workspaceFileRoutes(app: FastifyInstance, { db, config }: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/workspace/export', {
    schema: {
      tags: ['workspaces'],
      querystring: z.strictObject({}),
      summary: 'The whole workspace as a workspace file (JSON lines, attachments included; docs/workspace-format.md). Administrators with the export right on every record type.',
    },
  }, async (request, reply) => {
    const { fileName, body } = await downloadWorkspace(db, actorOf(request), config);
    return reply
      .header('content-type', 'application/x-ndjson; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .header('cache-control', 'no-store')
      .send(body);
  });
}
