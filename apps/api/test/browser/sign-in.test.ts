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

async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** What an idle timeout or a password reset elsewhere does: the server forgets the person's sessions. */
const endSessions = (email: string) => server.prisma.session.deleteMany({ where: { user: { email } } });

const expiredNotice = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Your session has expired. Please sign in again.' });

describe('portal', () => {
  it('an applicant signs in, edits the profile, and signs out', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await signIn(page, 'draft.applicant@demo.imh');
    await expect.poll(() => page.getByText('Blake Moreno').first().isVisible()).toBe(true);

    await page.goto(`${server.url}/profile`);
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    await page.getByLabel('Job title').fill('Senior home visitor');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect
      .poll(
        async () =>
          (await server.prisma.applicantProfile.findUnique({ where: { id: 'demo-applicant-draft-profile' } }))
            ?.jobTitle,
      )
      .toBe('Senior home visitor');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.close();
  });

  it('a wrong password shows a readable error and no session', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await signIn(page, 'draft.applicant@demo.imh', 'definitely not it');
    await page.getByText('The email or password is not correct.').waitFor();
    expect((await page.context().cookies()).some((c) => c.name === 'imh_session')).toBe(false);
    await page.close();
  });

  it('a session that ends while the person works sends them to sign in, then back to the page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/profile`);
    await signIn(page, 'draft.applicant@demo.imh');
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();

    await endSessions('draft.applicant@demo.imh');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expiredNotice(page).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/profile');

    await signIn(page, 'draft.applicant@demo.imh');
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    await page.close();
  });
});

describe('admin console', () => {
  it('a coordinator signs in to the application queue and finds the users of the association', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/admin/`);
    await signIn(page, 'coordinator@demo.imh');
    await page.getByRole('heading', { name: 'Applications' }).waitFor();
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    await page.getByText('draft.applicant@demo.imh').waitFor();
    await page.close();
  });

  it('a session that ends while the coordinator works sends them to sign in, then back to the page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/admin/`);
    await signIn(page, 'coordinator@demo.imh');
    await page.getByRole('heading', { name: 'Applications' }).waitFor();

    await endSessions('coordinator@demo.imh');
    await page.getByRole('link', { name: 'Users' }).click();
    await expiredNotice(page).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/users');

    await signIn(page, 'coordinator@demo.imh');
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    await page.close();
  });

  it('an applicant without a staff role is told the console is not for them', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/admin/`);
    await signIn(page, 'new.applicant@demo.imh');
    await page.getByText("You don't have access to the admin console").waitFor();
    await page.close();
  });
});
