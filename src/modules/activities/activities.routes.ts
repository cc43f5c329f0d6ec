import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/deps.js';
import { actorOf } from '../../platform/http/request.js';
import { idParams } from '../../platform/schemas.js';
import { activityResult, completeActivityInput, rescheduleActivityInput, activityOutput } from './activities.schema.js';
import { activityTypeList, activityTypeResult, createActivityTypeInput, updateActivityTypeInput } from './activity-types.schema.js';
import * as kinds from './activity-types.service.js';
import { calendarOutput, calendarQuery, myDayCountsOutput, myDayOutput, myDayQuery } from './my-day.schema.js';
import * as myDay from './my-day.service.js';
import * as tasks from './tasks.service.js';

/** Activity routes beyond the generic record ones: complete, reschedule, my day, the calendar, the kinds. */
export function activitiesRoutes(app: FastifyInstance, { db }: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['activities'];

  r.post('/api/v1/activities/:id/complete', {
    schema: {
      tags, summary: 'Complete a planned activity with a result (names the version it read); a repeating task answers its next occurrence too',
      params: idParams, body: completeActivityInput, response: { 200: z.object({ activity: activityOutput, next: activityOutput.nullable() }) },
    },
  }, async (request) => {
    const actor = actorOf(request);
    return db.transaction().execute((trx) => tasks.completeActivity(trx, actor, request.params.id, request.body));
  });

  r.post('/api/v1/activities/:id/reschedule', {
    schema: { tags, summary: 'Move an activity to a new due time or day (its reminder moves with it)', params: idParams, body: rescheduleActivityInput, response: { 200: activityResult } },
  }, async (request) => {
    const actor = actorOf(request);
    return { activity: await db.transaction().execute((trx) => tasks.rescheduleActivity(trx, actor, request.params.id, request.body)) };
  });

  r.get('/api/v1/my-day', {
    schema: { tags, summary: "Overdue, today's and the next 7 days' activities of a user (default oneself), with counts", querystring: myDayQuery, response: { 200: myDayOutput } },
  }, async (request) => myDay.myDay(db, actorOf(request), request.query));

  r.get('/api/v1/my-day/counts', {
    schema: { tags, summary: "One's own planned activities overdue and due today (the sidebar badge)", response: { 200: myDayCountsOutput } },
  }, async (request) => myDay.myDayCounts(db, actorOf(request)));

  r.get('/api/v1/calendar', {
    schema: { tags, summary: 'Activities of a user or a department in a range of at most 62 days, within visibility', querystring: calendarQuery, response: { 200: calendarOutput } },
  }, async (request) => myDay.calendar(db, actorOf(request), request.query));

  r.get('/api/v1/activity-types', {
    schema: { tags, summary: 'The kinds of activity: built-in ones, then the workspace\'s own', response: { 200: activityTypeList } },
  }, async (request) => ({ items: await kinds.listKinds(db, actorOf(request)) }));

  r.post('/api/v1/activity-types', {
    schema: { tags, summary: 'Add a kind of activity (settings managers)', body: createActivityTypeInput, response: { 201: activityTypeResult } },
  }, async (request, reply) => {
    const actor = actorOf(request);
    return reply.status(201).send({ activityType: await db.transaction().execute((trx) => kinds.createKind(trx, actor, request.body)) });
  });

  r.patch('/api/v1/activity-types/:id', {
    schema: { tags, summary: 'Rename, recolour or retire a kind of activity (names the version it read)', params: idParams, body: updateActivityTypeInput, response: { 200: activityTypeResult } },
  }, async (request) => {
    const actor = actorOf(request);
    return { activityType: await db.transaction().execute((trx) => kinds.updateKind(trx, actor, request.params.id, request.body)) };
  });
}
