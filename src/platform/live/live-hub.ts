import { sql, type Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database, Dialect } from '../../db/database.js';
import { PgListener } from '../outbox/pg-listener.js';

/** The PostgreSQL channel live messages cross processes on. */
export const LIVE_CHANNEL = 'kartoteka_live';

/**
 * What a live message says: what happened and the ids it concerns, never record data. Receivers
 * refetch what they may see, so visibility is applied by the ordinary read, not by the stream.
 */
export interface LiveMessage {
  type: string;
  ids: Record<string, string[]>;
}

export type LiveListener = (message: LiveMessage) => void;

export interface LiveHubOptions {
  db: Kysely<Database>;
  dialect: Dialect;
  logger: Logger;
  /** PostgreSQL URL to LISTEN on `kartoteka_live`, so that every process hears every message; without it messages stay in this process. */
  listenUrl?: string | null;
}

/** Sent to this process's subscribers after the LISTEN connection (re)connects: messages may have been missed. */
export const RESYNC: LiveMessage = { type: 'resync', ids: {} };

const key = (workspaceId: string, channel: string) => `${workspaceId}\u0000${channel}`;

/**
 * Publish/subscribe per workspace and channel (`pipeline:<id>`). In one process (SQLite, or
 * PostgreSQL without a LISTEN URL) a message goes straight to the subscribers; on PostgreSQL it is
 * sent with NOTIFY and every process, this one included, hands it to its own subscribers.
 */
export class LiveHub {
  private readonly listeners = new Map<string, Set<LiveListener>>();
  private listener: PgListener | null = null;
  private readonly logger: Logger;

  constructor(private readonly options: LiveHubOptions) {
    this.logger = options.logger.child({ component: 'live' });
  }

  /** True when messages travel through PostgreSQL NOTIFY rather than in process. */
  get crossProcess(): boolean {
    return this.options.dialect === 'postgres' && Boolean(this.options.listenUrl);
  }

  /** Starts listening (PostgreSQL with a URL); resolves once listening. */
  async start(): Promise<void> {
    if (!this.crossProcess || this.listener) return;
    this.listener = new PgListener({
      connectionString: this.options.listenUrl!,
      channel: LIVE_CHANNEL,
      onNotify: (payload) => this.receive(payload),
      logger: this.logger,
    });
    await this.listener.start();
  }

  /** Stops listening; subscribers stay until they unsubscribe. */
  async stop(): Promise<void> {
    await this.listener?.stop();
    this.listener = null;
  }

  /** Calls `listener` with every message on the workspace's channel until the returned function is called. */
  subscribe(workspaceId: string, channel: string, listener: LiveListener): () => void {
    const k = key(workspaceId, channel);
    let set = this.listeners.get(k);
    if (!set) this.listeners.set(k, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(k) === set) this.listeners.delete(k);
    };
  }

  /** How many subscribers this process has (metrics, tests). */
  get subscriberCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  /** Sends a message to every subscriber of the workspace's channel, in every process. */
  async publish(workspaceId: string, channel: string, message: LiveMessage): Promise<void> {
    if (!this.crossProcess) {
      this.deliver(workspaceId, channel, message);
      return;
    }
    const payload = JSON.stringify({ w: workspaceId, c: channel, m: message });
    await sql`select pg_notify(${LIVE_CHANNEL}, ${payload})`.execute(this.options.db);
  }

  private receive(payload: string | undefined): void {
    if (payload === undefined) {
      // (Re)connected: tell every local subscriber to refetch, since messages may have been missed.
      for (const set of this.listeners.values()) for (const l of set) this.safely(l, RESYNC);
      return;
    }
    try {
      const { w, c, m } = JSON.parse(payload) as { w: string; c: string; m: LiveMessage };
      this.deliver(w, c, m);
    } catch (err) {
      this.logger.warn({ err }, 'ignored a malformed live message');
    }
  }

  private deliver(workspaceId: string, channel: string, message: LiveMessage): void {
    const set = this.listeners.get(key(workspaceId, channel));
    if (!set) return;
    for (const l of [...set]) this.safely(l, message);
  }

  private safely(listener: LiveListener, message: LiveMessage): void {
    try {
      listener(message);
    } catch (err) {
      this.logger.warn({ err }, 'a live subscriber failed');
    }
  }
}
