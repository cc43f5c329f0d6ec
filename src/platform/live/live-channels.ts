import type { Executor } from '../../db/database.js';
import type { Actor } from '../access/actor.js';

/**
 * Decides whether an actor may listen on a channel of a kind (`pipeline` for `pipeline:<id>`),
 * given the rest of its name. Answers false for a channel the actor may not see or that does not exist.
 */
export type ChannelGate = (db: Executor, actor: Actor, name: string) => Promise<boolean>;

const gates = new Map<string, ChannelGate>();

/** Registers the kind of channel a module publishes on. @throws Error when the kind is taken */
export function registerLiveChannel(kind: string, gate: ChannelGate): void {
  if (gates.has(kind)) throw new Error(`Live channel kind ${kind} is already registered`);
  gates.set(kind, gate);
}

/** The gate of a channel (`kind:name`), or undefined for an unknown kind or a malformed channel. */
export function channelGate(channel: string): { gate: ChannelGate; name: string } | undefined {
  const at = channel.indexOf(':');
  if (at <= 0) return undefined;
  const gate = gates.get(channel.slice(0, at));
  return gate ? { gate, name: channel.slice(at + 1) } : undefined;
}
