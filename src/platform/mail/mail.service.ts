import type { Executor } from '../../db/database.js';
import { AppError } from '../errors.js';
import { enqueueJob } from '../jobs/jobs.service.js';
import { PermanentJobError, type JobHandler, type JobRegistry } from '../jobs/jobs.registry.js';
import type { MailTransport } from './mail.transport.js';
import { redactLinkSecrets } from './redact.js';

export const MAIL_SEND_JOB = 'mail.send';

export interface SendMailInput {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  workspaceId?: string | null;
}

/** What a `mail.send` job carries. The sender is not stored: MAIL_FROM applies when it is sent. */
export interface MailJobPayload {
  to: string[];
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
}

// Mail is worth waiting for: with the default backoff, ten attempts span about 1.5 hours.
const MAIL_MAX_ATTEMPTS = 10;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;

/**
 * Queues an email as a `mail.send` job and answers the job id. Given a transaction, the mail goes
 * out only if it commits; a failing SMTP server delays the mail (retries) rather than losing it.
 * @throws AppError validation_failed when there is no valid recipient or the subject is empty.
 */
export async function sendMail(db: Executor, input: SendMailInput): Promise<string> {
  const to = (Array.isArray(input.to) ? input.to : [input.to]).map((address) => address.trim()).filter(Boolean);
  if (to.length === 0) throw new AppError('validation_failed', 'A mail needs a recipient', { to: 'required' });
  if (!to.every((address) => EMAIL.test(address))) throw new AppError('validation_failed', 'A recipient address is invalid', { to: 'invalid_email' });
  if (!input.subject.trim()) throw new AppError('validation_failed', 'A mail needs a subject', { subject: 'required' });
  const payload: MailJobPayload = { to, subject: input.subject, text: input.text, html: input.html, replyTo: input.replyTo };
  return enqueueJob(db, { type: MAIL_SEND_JOB, payload, workspaceId: input.workspaceId ?? null, maxAttempts: MAIL_MAX_ATTEMPTS });
}

/** SMTP answers that will not change on retry: no such mailbox, mailbox name not allowed. */
function isPermanentSmtpError(err: unknown): boolean {
  const code = (err as { responseCode?: unknown } | null)?.responseCode;
  return code === 550 || code === 551 || code === 553;
}

function domainOf(from: string): string {
  return /@([^\s>]+)>?\s*$/.exec(from)?.[1] ?? 'kartoteka.invalid';
}

/**
 * The `mail.send` handler. With a transport it sends through SMTP: a temporary failure (server
 * down, 4xx) throws so the job is retried with backoff; a rejected recipient fails the job.
 * Without a transport (SMTP_URL unset, e.g. a fresh install or development) it writes the mail to
 * the log at info level, with the secrets of its links redacted (an administrator copies an
 * invitation link from the users screen instead), and completes, so nothing piles up waiting for a
 * server that is not there.
 */
export function mailSendHandler(options: { transport: MailTransport | null; from: string }): JobHandler<MailJobPayload> {
  return async (job, { logger }) => {
    const mail = job.payload;
    if (!options.transport) {
      const text = redactLinkSecrets(mail.text);
      const html = mail.html === undefined ? undefined : redactLinkSecrets(mail.html);
      logger.info({ mail: { from: options.from, ...mail, text, html } }, 'SMTP_URL is not set: mail logged (link secrets redacted), not sent');
      return;
    }
    try {
      await options.transport.send({ ...mail, from: options.from, messageId: `<${job.id}@${domainOf(options.from)}>` });
    } catch (err) {
      if (isPermanentSmtpError(err)) throw new PermanentJobError(`SMTP server refused the mail: ${(err as Error).message}`, { cause: err });
      throw err;
    }
    logger.info({ to: mail.to, subject: mail.subject }, 'mail sent');
  };
}

/**
 * Registers the `mail.send` handler on a job registry.
 * @throws Error when a `mail.send` handler is already registered there.
 */
export function registerMailHandler(registry: JobRegistry, options: { transport: MailTransport | null; from: string }): void {
  registry.register(MAIL_SEND_JOB, mailSendHandler(options));
}
