import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/seed/demo-accounts.ts';
import { linkTokenFor, rateAll } from '../helpers/applications.ts';
import { graphqlClient } from '../helpers/graphql-client.ts';
import { signedInClient } from '../helpers/sign-in.ts';
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

const EMAIL = 'sam.rivera@example.org';

async function openModalForm(page: Page, button: string) {
  await page.getByRole('button', { name: button }).click();
  return page.getByRole('dialog');
}

async function save(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function signUp(page: Page) {
  await page.goto(`${server.url}/sign-up`);
  await page.getByLabel('Full name').fill('Sam Rivera');
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill('a long walk by the river');
  await page
    .getByLabel('Association')
    .selectOption({ label: 'Michigan Association for Infant Mental Health' });
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByTestId('signed-in-name').getByText('Sam Rivera').waitFor();
}

/** Everything the Infant Family Associate level asks of the portfolio itself. */
async function fillIfaPortfolio(page: Page) {
  await page.goto(`${server.url}/portfolio/education`);
  let form = await openModalForm(page, 'Add education');
  await form.getByLabel('Degree').selectOption({ label: 'Associate' });
  await form.getByLabel('Field of study').fill('Early Childhood Education');
  await form.getByLabel('Institution').fill('Lansing Community College');
  await form.getByLabel('Completed on').fill('2019-05-15');
  await form.locator('input[type="file"]').setInputFiles({
    name: 'diploma.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  });
  await save(page);
  await page.getByRole('cell', { name: 'Lansing Community College' }).waitFor();
  const degree = await server.prisma.educationEntry.findFirstOrThrow({
    where: { institution: 'Lansing Community College' },
    include: { document: true },
  });
  expect(degree.document).toMatchObject({ filename: 'diploma.pdf', contentType: 'application/pdf' });

  await page.getByRole('tab', { name: 'Work experience' }).click();
  form = await openModalForm(page, 'Add work');
  await form.getByLabel('Role').fill('Parent aide');
  await form.getByLabel('Employer').fill('Ingham Family Center');
  await form.getByLabel('Paid').check();
  await form.getByLabel('Kind of work').selectOption({ index: 1 });
  await form.getByLabel('Start date').fill('2021-01-04');
  await form.getByLabel('Hours per week').fill('40');
  await form.getByLabel('Serves infants/toddlers and families').check();
  await save(page);

  await page.getByRole('tab', { name: 'Training' }).click();
  form = await openModalForm(page, 'Add training');
  await form.getByLabel('Title').fill('Foundations of Infant Mental Health');
  await form.getByLabel('Provider').fill('MI-AIMH');
  await form.getByLabel('Date completed').fill('2025-03-10');
  await form.getByLabel('Clock hours').fill('30');
  // The browser runs the rules as the person types: the hours count before anything is saved.
  await form.getByText('30 of 30 hours').waitFor();
  await save(page);

  await page.getByRole('tab', { name: 'Memberships' }).click();
  form = await openModalForm(page, 'Add membership');
  await form.getByLabel('Association').fill('MI-AIMH');
  await form.getByLabel('Starts on').fill('2026-07-01');
  await form.getByLabel('Ends on').fill('2027-06-30');
  await save(page);
}

async function askRater(page: Page, name: string, email: string, role: string) {
  const form = await openModalForm(page, 'Ask a rater');
  await form.getByLabel("Rater's name").fill(name);
  await form.getByLabel("Rater's email").fill(email);
  await form.getByLabel('Role').selectOption({ label: role });
  await form.getByLabel('Known since').fill('2022-02-01');
  await form.getByRole('button', { name: 'Send request' }).click();
  await form.waitFor({ state: 'detached' });
  await page.getByRole('table').getByText(name, { exact: true }).waitFor();
}

/** The rater's side: the emailed link, no account, every competency rated. */
async function rateThroughLink(token: string) {
  const page = await browser.newPage();
  await page.goto(`${server.url}/reference/${token}`);
  await page.getByRole('heading', { name: 'Reference for Sam Rivera' }).waitFor();
  const groups = page.getByRole('radiogroup');
  const count = await groups.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) await groups.nth(i).getByLabel('4', { exact: true }).check();
  await page.getByLabel('Comments (optional)').fill('Sam is patient and warm with families.');
  await page.getByRole('button', { name: 'Submit reference' }).click();
  await page.getByRole('heading', { name: 'Thank you' }).waitFor();
  // The link works once.
  await page.goto(`${server.url}/reference/${token}`);
  await page.getByRole('heading', { name: 'This link cannot be used' }).waitFor();
  await page.close();
}

describe('the applicant journey', () => {
  it('goes from sign-up to a submitted application, then answers a change request', async () => {
    const page = await browser.newPage();
    await signUp(page);
    await fillIfaPortfolio(page);

    await page.goto(`${server.url}/progress`);
    await page.getByLabel('Target level').selectOption({ value: 'IFA' });
    const checklist = page.getByRole('list', { name: /^Requirements for/ });
    await checklist.locator('[data-requirement="training_hours"][data-status="met"]').waitFor();
    await checklist.locator('[data-requirement="references"][data-status="not_met"]').waitFor();

    await page.goto(`${server.url}/application`);
    await page.getByLabel('Level').selectOption({ value: 'IFA' });
    await page.getByRole('button', { name: 'Start application' }).click();
    await page.getByRole('heading', { name: 'References' }).waitFor();
    const raters = [
      ['Jordan Blake', 'jordan.blake@example.org', 'Current supervisor'],
      ['Alex Moreno', 'alex.moreno@example.org', 'Colleague'],
      ['Casey Lin', 'casey.lin@example.org', 'Teacher/trainer/consultant'],
    ] as const;
    for (const [name, email, role] of raters) await askRater(page, name, email, role);
    await expect.poll(() => page.getByText('Requested', { exact: true }).count()).toBe(3);

    // The first rater answers in the browser; the others through the same link by API.
    await rateThroughLink(await linkTokenFor(server.prisma, raters[0][1]));
    const anonymous = graphqlClient(server.url);
    for (const [, email] of raters.slice(1))
      await rateAll(anonymous, await linkTokenFor(server.prisma, email));
    await page.reload();
    await expect.poll(() => page.getByText('Received', { exact: true }).count()).toBe(3);
    // The applicant never sees what a rater wrote.
    expect(await page.getByText('patient and warm').count()).toBe(0);

    await page.getByLabel(/I have read and accept the Code of Ethics/).check();
    await page
      .getByText(/Accepted .*version 2024-1/)
      .first()
      .waitFor();
    await page.getByLabel(/I have read and accept the Endorsement Agreement/).check();
    await expect.poll(() => page.getByText(/Accepted .*version 2024-1/).count()).toBe(2);
    await page.getByRole('button', { name: 'Submit application' }).click();
    await page.getByText('Submitted', { exact: true }).first().waitFor();
    const app = await server.prisma.application.findFirstOrThrow({
      where: { profile: { user: { email: EMAIL } } },
      include: { submissions: true },
    });
    expect(app.status).toBe('SUBMITTED');
    expect(app.submissions).toHaveLength(1);

    // The coordinator sends it to review and asks for a change (the admin console's part, by API here).
    const coordinator = await signedInClient(server.url, 'coordinator@demo.imh', DEMO_PASSWORD);
    await coordinator.gql('mutation($id: ID!) { startReview(applicationId: $id) { __typename } }', {
      id: app.id,
    });
    const asked = await coordinator.gql(
      'mutation($id: ID!) { requestChanges(applicationId: $id, message: "Please add your DEI training.", sections: [TRAINING]) { __typename } }',
      { id: app.id },
    );
    expect(asked.data?.requestChanges.__typename).toBe('MutationRequestChangesSuccess');

    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'Changes requested' });
    await alert.getByText('Please add your DEI training.').waitFor();
    await alert.getByRole('link', { name: /Training/ }).click();
    await page.waitForURL(/\/portfolio\/training$/);
    const form = await openModalForm(page, 'Add training');
    await form.getByLabel('Title').fill('Equity in early relationships');
    await form.getByLabel('Provider').fill('MI-AIMH');
    await form.getByLabel('Date completed').fill('2026-02-05');
    await form.getByLabel('Clock hours').fill('3');
    await form.getByLabel('Diversity, equity and inclusion').check();
    await save(page);

    await page.goto(`${server.url}/application`);
    await page.getByLabel('Your answer to the reviewers').fill('I added my DEI training from February.');
    await page.getByRole('button', { name: 'Resubmit application' }).click();
    await page.getByText('Resubmitted', { exact: true }).first().waitFor();
    const after = await server.prisma.application.findUniqueOrThrow({
      where: { id: app.id },
      include: { submissions: { orderBy: { round: 'asc' } } },
    });
    expect(after.status).toBe('RESUBMITTED');
    expect(after.submissions.map((s) => s.response)).toEqual([
      null,
      'I added my DEI training from February.',
    ]);

    await page.goto(`${server.url}/notifications`);
    await page.getByRole('heading', { name: 'Notifications' }).waitFor();
    await page.getByText('Changes requested').first().waitFor();
    await page.close();
  });
});
