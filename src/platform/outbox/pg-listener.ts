import pg from 'pg';
import type { Logger } from 'pino';

export interface PgListenerOptions {
  connectionString: string;
  channel: string;
  /**
   * Called on each notification with its payload, and after every (re)connect without one, since
   * notifications may have been missed.
   */
  onNotify: (payload?: string) => void;
  logger: Logger;
  /** Wait before reconnecting after the connection drops; default 2 s. */
  reconnectMs?: number;
}

/**
 * Holds one dedicated PostgreSQL connection in LISTEN on a channel (a pooled connection cannot
 * listen: it is handed to other queries between uses) and reconnects when it drops.
 */
export class PgListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly retired = new WeakSet<pg.Client>();
  private readonly reconnectMs: number;

  constructor(private readonly options: PgListenerOptions) {
    this.reconnectMs = options.reconnectMs ?? 2000;
  }

  /** Connects and listens; resolves once listening. A failed first connect is retried in the background. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  /** Closes the connection and stops reconnecting. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const client = this.client;
    this.client = null;
    if (client) {
      this.retired.add(client);
      await client.end().catch(() => {});
    }
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const { channel, connectionString, logger } = this.options;
    const client = new pg.Client({ connectionString });
    client.on('notification', (msg) => {
      if (msg.channel === channel) this.options.onNotify(msg.payload);
    });
    client.on('error', (err) => {
      logger.warn({ err, channel }, 'LISTEN connection failed; reconnecting');
      this.dropAndRetry(client);
    });
    client.on('end', () => this.dropAndRetry(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
      if (this.stopped) {
        this.retired.add(client);
        await client.end().catch(() => {});
        return;
      }
      this.client = client;
      this.options.onNotify();
    } catch (err) {
      logger.warn({ err, channel }, 'could not LISTEN; retrying');
      this.dropAndRetry(client);
    }
  }

  private dropAndRetry(client: pg.Client): void {
    // 'error' and 'end' can both fire for one failure; only the first may schedule a reconnect.
    if (this.retired.has(client)) return;
    this.retired.add(client);
    if (this.client === client) this.client = null;
    client.end().catch(() => {});
    if (this.stopped || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, this.reconnectMs);
  }
}
