import nodemailer from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { Config } from '../config.js';

/** One message ready to hand to the SMTP server. */
export interface OutgoingMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  /** `<id@domain>`; fixed per job so a resend after a crash can be recognised as the same message. */
  messageId?: string;
}

export interface MailTransport {
  /** Sends one message; resolves when the SMTP server has accepted it. */
  send(mail: OutgoingMail): Promise<void>;
  /** Closes open SMTP connections. */
  close(): void;
}

// nodemailer waits up to two minutes by default; a job should fail fast and retry instead.
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

/**
 * Creates the SMTP transport from `SMTP_URL`: `smtp://user:pass@host:587` (STARTTLS when the
 * server offers it) or `smtps://user:pass@host:465` (TLS from the start); URL-encode special
 * characters in the password. Query parameters set further nodemailer options, e.g.
 * `?tls.rejectUnauthorized=false`. Answers null without SMTP_URL: mail is then logged, not sent.
 * @throws Error when SMTP_URL is not an smtp:// or smtps:// URL.
 */
export function createMailTransport(config: Pick<Config, 'smtpUrl'>): MailTransport | null {
  const url = config.smtpUrl;
  if (!url) return null;
  if (!/^smtps?:\/\/[^/]/i.test(url)) throw new Error('SMTP_URL must look like smtp://user:pass@host:587 or smtps://user:pass@host:465');
  // Options given beside `url` are kept by SMTPTransport (the URL wins), unlike createTransport({ url }).
  const transporter = nodemailer.createTransport(new SMTPTransport({ ...TIMEOUTS, url }));
  return {
    async send(mail) {
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        replyTo: mail.replyTo,
        messageId: mail.messageId,
      });
    },
    close() {
      transporter.close();
    },
  };
}
