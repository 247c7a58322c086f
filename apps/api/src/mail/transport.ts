import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { AppConfig } from '../env.ts';

export type OutgoingMail = { id: string; to: string; subject: string; text: string };

export interface MailTransport {
  readonly kind: 'smtp' | 'folder' | 'memory';
  send(mail: OutgoingMail): Promise<void>;
}

/** SMTP when SMTP_URL is set; otherwise each message is written as an .eml file a developer can open. */
export function createTransport(config: AppConfig['mail']): MailTransport {
  if (config.kind === 'smtp') {
    const smtp = nodemailer.createTransport(config.url);
    return {
      kind: 'smtp',
      async send(mail) {
        await smtp.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text });
      },
    };
  }
  return {
    kind: 'folder',
    async send(mail) {
      await mkdir(config.dir, { recursive: true });
      const eml = [
        `From: ${config.from}`,
        `To: ${mail.to}`,
        `Subject: ${mail.subject}`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        mail.text,
      ].join('\r\n');
      await writeFile(path.join(config.dir, `${mail.id}.eml`), eml, 'utf8');
    },
  };
}
