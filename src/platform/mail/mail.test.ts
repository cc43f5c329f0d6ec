import net from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, testDatabase } from '../../../test/db.js';
import { capturingLogger, eventually, silentLogger } from '../../../test/fixtures/platform-helpers.js';
import type { DatabaseHandle } from '../../db/connect.js';
import { loadConfig } from '../config.js';
import { getJob } from '../jobs/jobs.service.js';
import { startWorkers, type RunningWorkers } from '../workers.js';
import type { Logger } from 'pino';
import { sendMail } from './mail.service.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP peer on 127.0.0.1 that keeps what it receives. */
async function startSmtp(port = 0, extra: Partial<SMTPServerOptions> = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
    ...extra,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = (server as unknown as { server: net.Server }).server.address() as net.AddressInfo;
  return { received, port: address.port, close: () => new Promise<void>((r) => server.close(() => r())) };
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const { port } = s.address() as net.AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?B?...?=`, `=?UTF-8?Q?...?=`) in an unfolded header. */
function decodeHeader(value: string): string {
  const words = value.replace(/\?=\s+=\?/g, '?==?');
  const bytes: Buffer[] = [];
  let rest = words;
  let out = '';
  const flush = () => {
    if (bytes.length) out += Buffer.concat(bytes.splice(0)).toString('utf8');
  };
  const re = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/y;
  while (rest.length) {
    re.lastIndex = 0;
    const m = re.exec(rest);
    if (m) {
      const [, , enc, text] = m;
      bytes.push(enc!.toUpperCase() === 'B' ? Buffer.from(text!, 'base64') : qpBytes(text!.replace(/_/g, ' ')));
      rest = rest.slice(m[0].length);
    } else {
      flush();
      out += rest[0];
      rest = rest.slice(1);
    }
  }
  flush();
  return out;
}

function qpBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i));
  }
  return Buffer.from(bytes);
}

/** Headers (unfolded, lower-cased names) and decoded body of a message; a multipart one also has its parts. */
function parseMessage(raw: string): { headers: Record<string, string>; body: string; parts: Array<ReturnType<typeof parseMessage>> } {
  const split = raw.indexOf('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const encoded = raw.slice(split + 4);
  const boundary = /boundary="?([^";]+)"?/.exec(headers['content-type'] ?? '')?.[1];
  if (boundary) {
    const sections = encoded.split(`--${boundary}`).slice(1, -1);
    return { headers, body: '', parts: sections.map((part) => parseMessage(part.replace(/^\r\n/, ''))) };
  }
  const cte = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const body =
    cte === 'base64'
      ? Buffer.from(encoded.replace(/\s+/g, ''), 'base64').toString('utf8')
      : cte === 'quoted-printable'
        ? qpBytes(encoded.replace(/=\r\n/g, '')).toString('utf8')
        : encoded;
  return { headers, body: body.replace(/\r\n/g, '\n').trimEnd(), parts: [] };
}

describe.each(DIALECTS)('mail on %s', (dialect) => {
  let handle: DatabaseHandle;
  let workers: RunningWorkers | null = null;
  const smtps: Array<{ close(): Promise<void> }> = [];

  beforeAll(async () => {
    handle = await testDatabase(dialect);
  });
  afterAll(() => handle?.close());
  beforeEach(async () => {
    await handle.db.deleteFrom('jobs').execute();
  });
  afterEach(async () => {
    await workers?.stop();
    workers = null;
    await Promise.all(smtps.splice(0).map((s) => s.close()));
  });

  function start(smtpUrl: string | null, logger: Logger = silentLogger()) {
    const config = { ...loadConfig({}), smtpUrl, mailFrom: 'Картотека <crm@example.test>' };
    workers = startWorkers({ db: handle.db, dialect, config, logger, jobOptions: { pollMs: 20, retryBaseMs: 50, retryMaxMs: 200 } });
  }

  it('sends a queued mail through SMTP, Cyrillic included', async () => {
    const smtp = await startSmtp();
    smtps.push(smtp);
    start(`smtp://127.0.0.1:${smtp.port}`);
    const subject = 'Сделка «Ромашка» закрыта — поздравляем!';
    const text = 'Здравствуйте, Иван!\nСделка закрыта на 120 000 ₽.';
    const id = await sendMail(handle.db, { to: ['ivan@example.test', 'maria@example.test'], subject, text, html: '<p>Здравствуйте</p>' });

    const [mail] = await eventually(() => {
      expect(smtp.received).toHaveLength(1);
      return smtp.received;
    });
    expect(mail!.from).toBe('crm@example.test');
    expect(mail!.to).toEqual(['ivan@example.test', 'maria@example.test']);
    const { headers, parts } = parseMessage(mail!.raw);
    expect(decodeHeader(headers.subject!)).toBe(subject);
    expect(headers.to).toBe('ivan@example.test, maria@example.test');
    expect(decodeHeader(headers.from!)).toBe('Картотека <crm@example.test>');
    expect(headers['message-id']).toBe(`<${id}@example.test>`);
    expect(headers['content-type']).toMatch(/^multipart\/alternative/);
    expect(parts.map((p) => [p.headers['content-type'], p.body])).toEqual([
      ['text/plain; charset=utf-8', text],
      ['text/html; charset=utf-8', '<p>Здравствуйте</p>'],
    ]);
    await eventually(async () => expect((await getJob(handle.db, id))?.status).toBe('done'));
  });

  it('retries while the SMTP server is down and delivers once it is back', async () => {
    const port = await freePort();
    start(`smtp://127.0.0.1:${port}`);
    const id = await sendMail(handle.db, { to: 'ivan@example.test', subject: 'Напоминание', text: 'Позвонить клиенту' });
    const failing = await eventually(async () => {
      const job = await getJob(handle.db, id);
      expect(job?.attempts).toBeGreaterThanOrEqual(2);
      return job!;
    });
    expect(failing.status).not.toBe('failed');
    expect(failing.lastError).toMatch(/ECONNREFUSED/);

    const smtp = await startSmtp(port);
    smtps.push(smtp);
    await eventually(async () => expect((await getJob(handle.db, id))?.status).toBe('done'));
    expect(smtp.received).toHaveLength(1);
    const resent = parseMessage(smtp.received[0]!.raw);
    expect(decodeHeader(resent.headers.subject!)).toBe('Напоминание');
    expect(resent.body).toBe('Позвонить клиенту');
  });

  it('signs in with the user and password from SMTP_URL', async () => {
    const logins: string[] = [];
    const smtp = await startSmtp(0, {
      authOptional: false,
      allowInsecureAuth: true,
      onAuth(auth, _session, callback) {
        logins.push(`${auth.username}/${auth.password}`);
        if (auth.username === 'crm' && auth.password === 'p@ss:wörd') callback(null, { user: auth.username });
        else callback(new Error('Invalid credentials'));
      },
    });
    smtps.push(smtp);
    start(`smtp://crm:${encodeURIComponent('p@ss:wörd')}@127.0.0.1:${smtp.port}`);
    const id = await sendMail(handle.db, { to: 'ivan@example.test', subject: 'Auth', text: 'ok' });
    await eventually(async () => expect((await getJob(handle.db, id))?.status).toBe('done'));
    expect(logins).toEqual(['crm/p@ss:wörd']);
    expect(smtp.received).toHaveLength(1);
  });

  it('fails a mail at once when the server rejects the recipient', async () => {
    const smtp = await startSmtp(0, {
      onRcptTo(address, _session, callback) {
        callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
      },
    });
    smtps.push(smtp);
    start(`smtp://127.0.0.1:${smtp.port}`);
    const id = await sendMail(handle.db, { to: 'nobody@example.test', subject: 'Hi', text: 'Hi' });
    await eventually(async () => expect((await getJob(handle.db, id))?.status).toBe('failed'));
    expect(await getJob(handle.db, id)).toMatchObject({ attempts: 1, lastError: expect.stringMatching(/refused the mail.*No such user/) });
  });

  it('logs the mail instead of sending it when SMTP_URL is unset', async () => {
    const { logger, entries } = capturingLogger();
    start(null, logger);
    const id = await sendMail(handle.db, { to: 'ivan@example.test', subject: 'Без SMTP', text: 'Только в журнал' });
    await eventually(async () => expect((await getJob(handle.db, id))?.status).toBe('done'));
    const logged = entries.find((e) => e.msg === 'SMTP_URL is not set: mail logged (link secrets redacted), not sent');
    expect(logged).toMatchObject({ level: 30, mail: { to: ['ivan@example.test'], subject: 'Без SMTP', text: 'Только в журнал' } });
  });

  it('redacts link secrets in a mail it logs', async () => {
    const { logger, entries } = capturingLogger();
    start(null, logger);
    const text = 'Ссылка:\n\nhttps://crm.example/accept-invite?token=Sup3r-s3cret_tok%2Ben\n\nи https://crm.example/x?a=1&code=654321#top';
    const id = await sendMail(handle.db, { to: 'ivan@example.test', subject: 'Ссылка', text, html: `<a href="https://crm.example/accept-invite?token=Sup3r-s3cret_tok%2Ben">go</a>` });
    await eventually(async () => expect((await getJob(handle.db, id))?.status).toBe('done'));
    const logged = entries.find((e) => e.msg === 'SMTP_URL is not set: mail logged (link secrets redacted), not sent');
    expect(logged?.mail.text).toBe('Ссылка:\n\nhttps://crm.example/accept-invite?token=[redacted]\n\nи https://crm.example/x?a=1&code=[redacted]#top');
    expect(logged?.mail.html).toBe('<a href="https://crm.example/accept-invite?token=[redacted]">go</a>');
    expect(JSON.stringify(entries)).not.toMatch(/Sup3r|654321/);
  });

  it('refuses a mail without a valid recipient', async () => {
    await expect(sendMail(handle.db, { to: [], subject: 'x', text: 'x' })).rejects.toMatchObject({ code: 'validation_failed', fields: { to: 'required' } });
    await expect(sendMail(handle.db, { to: 'not-an-address', subject: 'x', text: 'x' })).rejects.toMatchObject({ fields: { to: 'invalid_email' } });
  });
});
