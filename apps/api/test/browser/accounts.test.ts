import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { startDemoServer } from './demo-server.ts';

let server: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;
beforeAll(async () => {
  server = await startDemoServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('accounts in the portal', () => {
  it('a newcomer signs up with an association and chapter and lands signed in', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/sign-up`);
    await page.getByLabel('Full name').fill('Robin Okafor');
    await page.getByLabel('Email').fill('Robin.Okafor@Example.org');
    await page.getByLabel('Password').fill('a quiet morning walk');
    await page
      .getByLabel('Association')
      .selectOption({ label: 'Michigan Association for Infant Mental Health' });
    await page.getByLabel('Chapter').selectOption({ label: 'Lansing' });
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByTestId('signed-in-name').getByText('Robin Okafor').waitFor();
    const user = await server.prisma.user.findUnique({
      where: { email: 'robin.okafor@example.org' },
      include: { profile: { include: { chapter: true } }, roles: true },
    });
    expect(user?.profile?.chapter?.name).toBe('Lansing');
    expect(user?.roles.map((r) => r.role)).toEqual(['APPLICANT']);
    await page.close();
  });

  it('a short password is explained next to the field and nothing is created', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/sign-up`);
    await page.getByLabel('Full name').fill('Short Pass');
    await page.getByLabel('Email').fill('short.pass@example.org');
    await page.getByLabel('Password').fill('tooshort');
    await page
      .getByLabel('Association')
      .selectOption({ label: 'Michigan Association for Infant Mental Health' });
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Use at least 12 characters.').waitFor();
    expect(await server.prisma.user.count({ where: { email: 'short.pass@example.org' } })).toBe(0);
    await page.close();
  });

  it('a forgotten password is reset through the emailed single-use link', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/forgot-password`);
    await page.getByLabel('Email').fill('submitted.applicant@demo.imh');
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByText("If an account exists for that address, we've emailed a link.").waitFor();

    const email = await server.prisma.outboxMessage.findFirstOrThrow({
      where: { toAddress: 'submitted.applicant@demo.imh' },
    });
    const link = email.textBody.match(/https?:\/\/\S+\/reset-password\?token=[\w-]+/)?.[0];
    expect(link).toBeDefined();
    // The email's link names the configured public address; the test server listens elsewhere.
    await page.goto(`${server.url}${new URL(link as string).pathname}${new URL(link as string).search}`);
    await page.getByLabel(/^New password/).fill('the new morning walk');
    await page.getByLabel('Confirm new password').fill('the new morning walk');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('Your password has been changed.').waitFor();

    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill('submitted.applicant@demo.imh');
    await page.getByLabel('Password').fill('the new morning walk');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in-name').getByText('Dana Kowalski').waitFor();
    await page.close();
  });
});
