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

// The demo is seeded around today: Elena's renewal for this calendar year is open.
const today = new Date();
const YEAR = today.getUTCFullYear();
const yesterday = new Date(today.getTime() - 86_400_000).toISOString().slice(0, 10);
const trainingDay = yesterday.startsWith(String(YEAR)) ? yesterday : `${YEAR}-01-01`;

async function signIn(path: string, email: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.url}${path}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

const elenaRenewal = () =>
  server.prisma.renewal.findUnique({
    where: { endorsementId_year: { endorsementId: 'demo-endorsement-ifa', year: YEAR } },
  });

describe('renewal, end to end in both apps', () => {
  it('an endorsed professional logs the missing hours, signs and submits the renewal', async () => {
    const page = await signIn('/sign-in', 'endorsed.applicant@demo.imh');
    await page.getByRole('link', { name: 'Endorsement' }).click();
    await page.getByRole('heading', { name: `Renewal for ${YEAR}` }).waitFor();
    await page.getByText('Renewal due', { exact: true }).first().waitFor();
    // The demo has 9 of the 15 hours: the button waits until the rules say everything is met.
    await expect.poll(() => page.getByRole('button', { name: 'Submit renewal' }).isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Log training' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Title').fill('Reflective Practice in Home Visiting');
    await dialog.getByLabel('Provider').fill('MI-AIMH');
    // A date outside the renewal year is refused by the API, on the field.
    await dialog.getByLabel('Date completed').fill(`${YEAR - 1}-06-01`);
    await dialog.getByLabel('Clock hours').fill('6');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText(`Hours for your ${YEAR} renewal must be dated in ${YEAR}`).waitFor();
    await dialog.getByLabel('Date completed').fill(trainingDay);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Reflective Practice in Home Visiting').waitFor();

    await page.getByLabel('I confirm that no licensing board has sanctioned me').check();
    await page.getByRole('button', { name: `Sign for ${YEAR}` }).click();
    await page.getByText(/^Signed on /).waitFor();

    await page.getByRole('button', { name: 'Submit renewal' }).click();
    await page.getByText('Submitted — waiting for the coordinator').first().waitFor();
    expect(await elenaRenewal()).toMatchObject({ status: 'SUBMITTED', late: false });
  });

  it('a coordinator approves it from the renewals dashboard, and the expiry moves a year', async () => {
    const page = await signIn('/admin/sign-in', 'coordinator@demo.imh');
    await page.getByRole('link', { name: 'Renewals' }).click();
    await page.getByRole('heading', { name: 'Renewals' }).waitFor();
    // Submitted is the coordinator's work list: Grace Lindqvist (demo) and Elena (the test above).
    await page.getByRole('link', { name: 'Grace Lindqvist' }).waitFor();
    await page.getByRole('link', { name: 'Elena Fischer' }).click();
    await page.getByRole('heading', { name: /^Elena Fischer — / }).waitFor();
    await page.getByRole('heading', { name: 'Requirements today' }).waitFor();
    await page.getByRole('button', { name: 'Approve renewal' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Renewal approved').waitFor();

    expect(await elenaRenewal()).toMatchObject({ status: 'APPROVED', decidedById: 'demo-coordinator' });
    const endorsement = await server.prisma.endorsement.findUniqueOrThrow({
      where: { id: 'demo-endorsement-ifa' },
    });
    expect(endorsement.expiresOn.toISOString().slice(0, 10)).toBe(`${YEAR + 1}-12-31`);

    const elena = await signIn('/sign-in', 'endorsed.applicant@demo.imh');
    await elena.goto(`${server.url}/endorsement`);
    await elena.getByRole('heading', { name: `Renewal for ${YEAR + 1}` }).waitFor();

    // Moving up: the portfolio is judged against each higher level; the application reuses it.
    await elena.getByRole('heading', { name: 'Move up a level' }).waitFor();
    await elena
      .getByText(/\d+ of \d+ requirements met/)
      .first()
      .waitFor();
    await elena.getByRole('button', { name: /^Start application for .*\(IFS\)/ }).click();
    await elena.waitForURL(/\/application\/[^/]+$/);
    const started = await server.prisma.application.findFirstOrThrow({
      where: { profileId: 'demo-applicant-endorsed-profile', status: 'DRAFT' },
    });
    expect(started.level).toBe('IFS');

    await elena.getByRole('link', { name: 'Notifications' }).click();
    await elena.getByText('Renewal approved').first().waitFor();
  });

  it('a lapsed endorsee asks to be reinstated and the coordinator reinstates', async () => {
    const priya = await signIn('/sign-in', 'renewal.lapsed@demo.imh');
    await priya.goto(`${server.url}/endorsement`);
    await priya.getByText('Lapsed', { exact: true }).first().waitFor();
    await priya.getByText(/You can ask to be reinstated until/).waitFor();
    const lapsedYear = (
      await server.prisma.endorsement.findUniqueOrThrow({ where: { id: 'demo-endorsement-imhs-lapsed' } })
    ).expiresOn.getUTCFullYear();
    // A late renewal of the lapsed year: its hours (15 of training, 12 of RSC over 6 months) and the signatures.
    await priya.getByRole('button', { name: 'Log training' }).click();
    let dialog = priya.getByRole('dialog');
    await dialog.getByLabel('Title').fill('Infant Mental Health Intensive');
    await dialog.getByLabel('Provider').fill('MI-AIMH');
    await dialog.getByLabel('Date completed').fill(`${lapsedYear}-05-14`);
    await dialog.getByLabel('Clock hours').fill('16');
    await dialog.getByText('Diversity, equity and inclusion').click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await priya.getByRole('button', { name: 'Log reflective supervision' }).click();
    dialog = priya.getByRole('dialog');
    await dialog.getByLabel('Start date').fill(`${lapsedYear}-01-10`);
    await dialog.getByLabel('End date').fill(`${lapsedYear}-11-20`);
    await dialog.getByLabel(/^Hours/).fill('14');
    await dialog.getByLabel('Format').selectOption({ index: 1 });
    await dialog.getByLabel("Provider's name").fill('Ruth Bakker');
    await dialog.getByLabel("Provider's Endorsement level").selectOption({ value: 'IMHM' });
    await dialog.getByLabel("Provider's Mentor track").selectOption({ value: 'CLINICAL' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await priya.getByLabel('I confirm that no licensing board has sanctioned me').check();
    await priya.getByRole('button', { name: `Sign for ${lapsedYear}` }).click();
    await priya.getByText(/^Signed on /).waitFor();
    await priya.getByRole('button', { name: 'Ask to be reinstated' }).click();
    await priya.getByText('Submitted — waiting for the coordinator').first().waitFor();

    const coordinator = await signIn('/admin/sign-in', 'coordinator@demo.imh');
    await coordinator.goto(`${server.url}/admin/renewals`);
    await coordinator.getByRole('link', { name: 'Priya Raman' }).click();
    await coordinator.getByRole('button', { name: 'Reinstate endorsement' }).click();
    const confirm = coordinator.getByRole('dialog');
    await confirm
      .getByLabel('The reinstatement conditions are met (new references, processing fee, membership)')
      .check();
    await confirm.getByRole('button', { name: 'Reinstate' }).click();
    await coordinator.getByText('Endorsement reinstated').waitFor();
    const after = await server.prisma.endorsement.findUniqueOrThrow({
      where: { id: 'demo-endorsement-imhs-lapsed' },
    });
    expect(after.status).toBe('ACTIVE');
  });
});
