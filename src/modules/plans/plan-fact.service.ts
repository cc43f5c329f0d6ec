import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { nowMs } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { dayIn, monthRangeIn, monthsBetween } from '../../platform/time-zone.js';
import { fieldRightsFor } from '../../platform/records/field-redaction.js';
import { convert } from '../currencies/currencies.service.js';
import { wonDealsBetween } from '../sales/won-deals.service.js';
import * as policy from './plans.policy.js';
import * as repo from './plans.repository.js';
import type { ProgressOutput, ProgressQuery } from './plans.schema.js';
import { planSetting } from './plans.service.js';

/** At most this many months in one plan-vs-fact period. */
export const MAX_PERIOD_MONTHS = 24;

type Target = { type: 'user' | 'department'; id: string; name: string; ownerIds: string[] };

/** The user or department asked about (default: the viewer), if the viewer may see its plan. @throws AppError not_found | validation_failed */
function resolveTarget(reach: policy.PlanReach, query: ProgressQuery): Target {
  if (query.userId && query.departmentId) throw new AppError('validation_failed', 'Ask for a user or a department, not both', { departmentId: 'conflicts_with_user' });
  if (query.departmentId) {
    const department = reach.departments.find((d) => d.id === query.departmentId);
    if (!department || !policy.canSeeDepartmentPlan(reach, department.id)) throw new AppError('not_found', 'The department was not found');
    const subtree = policy.subtreeOf(reach, department.id);
    return { type: 'department', id: department.id, name: department.name, ownerIds: reach.users.filter((u) => u.department_id !== null && subtree.has(u.department_id)).map((u) => u.id) };
  }
  const userId = query.userId ?? reach.actor.userId;
  const user = reach.users.find((u) => u.id === userId);
  if (!user || !policy.canSeeUserPlan(reach, user)) throw new AppError('not_found', 'The user was not found');
  return { type: 'user', id: user.id, name: user.name, ownerIds: [user.id] };
}

/** Per month, the target: a user's own; a department's own when set, else the sum over its people's. */
async function planMonths(db: Executor, workspaceId: string, target: Target, months: string[]): Promise<ProgressOutput['months']> {
  const from = months[0]!;
  const to = months[months.length - 1]!;
  const own = await repo.listPlans(db, workspaceId, from, to, { type: target.type, ids: [target.id] });
  const members = target.type === 'department' ? await repo.listPlans(db, workspaceId, from, to, { type: 'user', ids: target.ownerIds }) : [];
  return months.map((month) => {
    const mine = own.find((row) => row.month === month);
    if (mine) return { month, amount: Number(mine.amount), count: Number(mine.won_count), source: 'own' as const };
    const theirs = members.filter((row) => row.month === month);
    if (theirs.length === 0) return { month, amount: 0, count: 0, source: 'none' as const };
    return { month, amount: theirs.reduce((s, r) => s + Number(r.amount), 0), count: theirs.reduce((s, r) => s + Number(r.won_count), 0), source: 'members' as const };
  });
}

const percentOf = (fact: number, plan: number) => (plan > 0 ? Math.round((fact * 1000) / plan) / 10 : null);

/** The pace so far carried to the end of the period: all of it once the period is over, nothing before it starts. */
export function runRate(fact: number, start: string, end: string, atMs: number): number {
  const s = Date.parse(start);
  const e = Date.parse(end);
  if (atMs >= e || atMs <= s) return fact;
  return Math.round((fact * (e - s)) / (atMs - s));
}

/**
 * Plan against fact for a user (default: the viewer) or a department over a month or a range of
 * months of the workspace's time zone. Fact is the won deals of the target's people that the viewer
 * may see, each converted into the workspace currency at the rate of the day it was won.
 * @throws AppError not_found (a target the viewer may not see) | validation_failed (period)
 */
export async function planProgress(db: Executor, actor: Actor, query: ProgressQuery, atMs = nowMs()): Promise<ProgressOutput> {
  const setting = await planSetting(db, actor.workspaceId);
  const from = query.from ?? setting.thisMonth;
  const to = query.to ?? from;
  if (to < from) throw new AppError('validation_failed', 'The period ends before it starts', { to: 'before_from' });
  const months = monthsBetween(from, to);
  if (months.length > MAX_PERIOD_MONTHS) throw new AppError('validation_failed', `At most ${MAX_PERIOD_MONTHS} months`, { to: 'too_long' });
  const reach = await policy.planReach(db, actor);
  const target = resolveTarget(reach, query);
  const { start, end } = monthRangeIn(from, to, setting.timeZone);
  const [planned, won] = await Promise.all([
    planMonths(db, actor.workspaceId, target, months),
    wonDealsBetween(db, actor, { start, end, ownerIds: target.ownerIds, ...(query.pipelineId ? { pipelineId: query.pipelineId } : {}) }),
  ]);
  const plan = { amount: planned.reduce((s, m) => s + m.amount, 0), count: planned.reduce((s, m) => s + m.count, 0) };
  const count = won.reduce((s, g) => s + g.count, 0);
  // A role that may not see deal amounts sees counts only: a sum of won amounts would tell them (decision 0027).
  if (fieldRightsFor(actor, 'deal').amount === 'hidden') {
    return {
      from, to, start, end, currency: setting.currency,
      target: { type: target.type, id: target.id, name: target.name },
      months: planned,
      plan,
      fact: { amount: null, count },
      percent: { amount: null, count: percentOf(count, plan.count) },
      gap: { amount: null, count: plan.count - count },
      forecast: { amount: null, count: runRate(count, start, end, atMs) },
      missingRates: [],
      amountsHidden: true,
    };
  }
  const conversion = await convert(db, actor.workspaceId, won.map((g) => ({ currency: g.currency, minor: g.sum, date: dayIn(g.wonAt, setting.timeZone) })), dayIn(atMs, setting.timeZone));
  const fact = { amount: conversion.total, count };
  return {
    from, to, start, end, currency: setting.currency,
    target: { type: target.type, id: target.id, name: target.name },
    months: planned,
    plan,
    fact,
    percent: { amount: percentOf(fact.amount, plan.amount), count: percentOf(fact.count, plan.count) },
    gap: { amount: plan.amount - fact.amount, count: plan.count - fact.count },
    forecast: { amount: runRate(fact.amount, start, end, atMs), count: runRate(fact.count, start, end, atMs) },
    missingRates: conversion.missingRates,
    amountsHidden: false,
  };
}
