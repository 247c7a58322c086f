import type { MailTransport, OutgoingMail } from '../../src/mail/transport.ts';

/** Collects sent mail; `failNext(n)` makes the next n sends fail, to exercise retries. */
export function memoryTransport() {
  const sent: OutgoingMail[] = [];
  let failures = 0;
  const transport: MailTransport & { sent: OutgoingMail[]; failNext(n: number): void } = {
    kind: 'memory',
    sent,
    failNext(n) {
      failures = n;
    },
    async send(mail) {
      if (failures > 0) {
        failures--;
        throw new Error('SMTP connection refused (simulated)');
      }
      sent.push(mail);
    },
  };
  return transport;
}
