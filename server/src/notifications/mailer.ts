import nodemailer from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import type { Mailer } from './mail-outbox.ts';

const FROM = 'Byg360 <no-reply@byg360.dk>';

/** SMTP when SMTP_URL is set; otherwise the mails are written to the log, which is enough for a demo. */
export function createMailer(smtpUrl: string | undefined, log: FastifyBaseLogger): Mailer {
  if (!smtpUrl) {
    return {
      async send(mail) {
        log.info({ mail }, `mail to ${mail.to}: ${mail.subject}`);
      },
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from: FROM, to: mail.to, subject: mail.subject, text: mail.body });
    },
  };
}
