import { CURRENT_2024, competencyDomainsFor } from '@imh/competencies';
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

const APPLICANT = 'Dana Kowalski';

async function signIn(path: string, email: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.url}${path}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

async function openApplication(page: Page) {
  await page.goto(`${server.url}/admin/applications`);
  await page.getByRole('heading', { name: 'Applications' }).waitFor();
  await page.getByRole('link', { name: APPLICANT }).click();
  await page.getByRole('heading', { name: APPLICANT }).waitFor();
}

describe('the review, in the admin console', () => {
  it('a coordinator assigns by suggestion, the reviewer reviews, the coordinator endorses, the applicant sees it', async () => {
    const coordinator = await signIn('/admin/sign-in', 'coordinator@demo.imh');
    await openApplication(coordinator);
    await coordinator.getByRole('heading', { name: 'Evaluation' }).waitFor();
    await coordinator.getByRole('button', { name: 'Suggest reviewers' }).click();
    // Ruth Bakker gave this applicant RSC and rated her: the suggestion shows why she is conflicted.
    await coordinator
      .getByText(/RSC provider|reflective supervision/i)
      .first()
      .waitFor();
    await coordinator.getByRole('button', { name: 'Assign Samuel Osei' }).click();
    await expect
      .poll(() =>
        server.prisma.reviewAssignment.count({
          where: {
            applicationId: 'demo-application-submitted',
            reviewerId: 'demo-reviewer-2',
            status: 'ASSIGNED',
          },
        }),
      )
      .toBe(1);

    const reviewer = await signIn('/admin/sign-in', 'reviewer2@demo.imh');
    await reviewer.goto(`${server.url}/admin/reviews`);
    await reviewer.getByRole('heading', { name: 'My reviews' }).waitFor();
    await reviewer.getByRole('link', { name: `Review ${APPLICANT}` }).click();
    await reviewer.getByRole('heading', { name: `Review: ${APPLICANT}` }).waitFor();
    const domains = competencyDomainsFor(CURRENT_2024, { level: 'IMHS' });
    expect(domains.length).toBeGreaterThan(3);
    for (const domain of domains) {
      await reviewer.getByLabel(domain.name, { exact: true }).selectOption({ value: '4' });
    }
    await reviewer.getByLabel('Comments').fill('A reflective, skilled clinician; portfolio complete.');
    await reviewer.getByLabel('Recommendation').selectOption({ label: 'Endorse' });
    await reviewer.getByRole('button', { name: 'Submit review' }).click();
    await reviewer.getByRole('dialog').getByRole('button', { name: 'Submit review' }).click();
    await reviewer.getByText(/^Submitted /).waitFor();

    await openApplication(coordinator);
    await coordinator.getByText('A reflective, skilled clinician; portfolio complete.').waitFor();
    await coordinator.getByRole('combobox', { name: 'Decision' }).selectOption({ label: 'Endorse' });
    await coordinator.getByRole('button', { name: 'Record decision' }).click();
    const endorsement = await expect
      .poll(() =>
        server.prisma.endorsement.findFirst({ where: { applicationId: 'demo-application-submitted' } }),
      )
      .toBeTruthy();
    void endorsement;
    const granted = await server.prisma.endorsement.findFirstOrThrow({
      where: { applicationId: 'demo-application-submitted' },
    });
    expect(granted.number).toMatch(/^MI-AIMH-IMHS-\d{4}-\d{4}$/);
    await coordinator.getByText(granted.number).first().waitFor();

    const applicant = await signIn('/sign-in', 'submitted.applicant@demo.imh');
    await applicant.goto(`${server.url}/application`);
    await applicant.getByTestId('endorsement-number').filter({ hasText: granted.number }).waitFor();
    for (const page of [coordinator, reviewer, applicant]) await page.close();
  });

  it('a coordinator invites a reviewer, who gets a link to set a password, and deactivates them', async () => {
    const page = await signIn('/admin/sign-in', 'coordinator@demo.imh');
    await page.getByRole('link', { name: 'Reviewers' }).click();
    await page.getByRole('heading', { name: 'Reviewers' }).waitFor();
    await page.getByRole('button', { name: 'Invite a reviewer' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Full name').fill('Maya Lindqvist');
    await dialog.getByLabel('Email').fill('maya.lindqvist@example.org');
    await dialog.getByLabel('Endorsement they hold').selectOption({ value: 'IMHS' });
    await dialog.getByRole('checkbox', { name: 'IFS', exact: true }).check();
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('maya.lindqvist@example.org').waitFor();
    const invite = await server.prisma.outboxMessage.findFirstOrThrow({
      where: { toAddress: 'maya.lindqvist@example.org' },
    });
    expect(invite.textBody).toMatch(/\/reset-password\?token=[\w-]+/);

    await page.getByRole('button', { name: 'Deactivate Maya Lindqvist' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Deactivate account' }).click();
    await expect
      .poll(
        async () =>
          (await server.prisma.user.findUniqueOrThrow({ where: { email: 'maya.lindqvist@example.org' } }))
            .active,
      )
      .toBe(false);
    await page.close();
  });
});
