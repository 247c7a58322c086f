import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/seed/demo-accounts.ts';
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

async function signIn(email: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.url}/admin/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

const STATS = '{ chapterStatistics { chapterName activeEndorsements { level count { value suppressed } } } }';
const withToken = async (token: string) => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: STATS }),
  });
  return (await res.json()) as {
    data?: { chapterStatistics?: { chapterName: string } };
    errors?: { message: string }[];
  };
};

describe('chapter statistics, in the admin console and through a token', () => {
  it('a chapter analyst lands on their chapter’s statistics, with small counts marked suppressed', async () => {
    const page = await signIn('analyst@demo.imh');
    await page.waitForURL(/\/admin\/statistics/);
    await page.getByRole('heading', { name: 'Statistics', exact: true }).waitFor();
    await page.getByText('Detroit Metro chapter').waitFor();
    for (const section of [
      'Active endorsements',
      'Submissions and decisions per month',
      'Renewals per year',
    ]) {
      await page.getByRole('heading', { name: section }).waitFor();
    }
    await page.getByText('suppressed', { exact: true }).first().waitFor();
    // An analyst chooses no chapter: theirs is the only one they may see.
    expect(await page.getByLabel('Chapter').count()).toBe(0);
    await page.getByLabel('Level', { exact: true }).selectOption({ label: 'IFA' });
    await page.waitForURL(/level=IFA/);
  });

  it("Virginia's analyst sees the figures of a chapter with hundreds of members", async () => {
    const page = await signIn('va.analyst@demo.imh');
    await page.getByText('Richmond chapter').waitFor();
    const active = await server.prisma.endorsement.count({
      where: { status: 'ACTIVE', profile: { chapterId: 'demo-va-richmond' } },
    });
    expect(active).toBeGreaterThan(100);
    const total = page
      .getByRole('table', { name: /^Active endorsements on/ })
      .getByRole('row', { name: /^Total/ });
    await expect.poll(() => total.textContent()).toContain(active.toLocaleString('en-US'));
    await page.getByText(/ Counted .*; the figures are counted again/).waitFor();
  });

  it('a coordinator creates a token for a chapter; it reads that chapter until revoked', async () => {
    const page = await signIn('coordinator@demo.imh');
    await page.getByRole('link', { name: 'API tokens' }).click();
    await page.getByRole('heading', { name: 'API tokens' }).waitFor();
    await page.getByLabel('Chapter').selectOption({ label: 'Detroit Metro' });
    await page.getByLabel('Token name').fill('Detroit board dashboard');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByText('Copy this token now: it will not be shown again.').waitFor();
    const shown = (await page.locator('body').textContent()) ?? '';
    const token = /imhct_[A-Za-z0-9_-]{43}/.exec(shown)?.[0] ?? '';
    expect(token).not.toBe('');

    const answer = await withToken(token);
    expect(answer.data?.chapterStatistics?.chapterName).toBe('Detroit Metro');

    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Revoke' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke token' }).click();
    await page
      .getByText(/^Revoked /)
      .first()
      .waitFor();
    const refused = await withToken(token);
    expect(refused.errors?.[0]?.message).toContain('not valid');
  });
});
