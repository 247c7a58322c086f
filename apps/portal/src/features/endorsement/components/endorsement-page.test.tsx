import { describe, expect, it } from 'vitest';
import type { EndorsementCard_EndorsementFragment } from '../../../gql/graphql';
import { buttonTag, hasLink, isDisabled, renderStatic, textOf } from '../../../testing/static-markup';
import { ProgressBasis_Data } from '../../progress/use-progress-basis';
import { endorsementFixture, renewalFixture } from '../endorsement-fixture';
import { EndorsementPage, EndorsementPage_Data } from './endorsement-page';

const AGREEMENTS = [
  {
    __typename: 'Agreement',
    document: 'CODE_OF_ETHICS',
    version: '2024-1',
    title: 'Code of Ethics',
    paragraphs: ['Act in the best interest of infants and families.'],
  },
  {
    __typename: 'Agreement',
    document: 'ENDORSEMENT_AGREEMENT',
    version: '2024-1',
    title: 'Endorsement Agreement',
    paragraphs: ['Renew the endorsement each year.'],
  },
];

const PROFILE = {
  __typename: 'ApplicantProfile',
  id: 'p1',
  association: { __typename: 'Association', id: 'a1', ruleEdition: 'vaimh-2010' },
};

type OpenApplication = { id: string; level: string; track: string | null; status: string };

const render = (endorsements: EndorsementCard_EndorsementFragment[], applications: OpenApplication[] = []) =>
  renderStatic(<EndorsementPage />, [
    {
      request: { query: EndorsementPage_Data },
      result: { data: { myEndorsements: endorsements, agreements: AGREEMENTS, myProfile: PROFILE } },
    },
    {
      request: { query: ProgressBasis_Data },
      result: {
        data: {
          myProfile: PROFILE,
          myRulesPortfolio: {},
          myApplications: applications.map((a) => ({
            __typename: 'Application',
            editable: true,
            editionId: 'vaimh-2010',
            rulesPortfolio: {},
            ...a,
          })),
        },
      },
    },
  ]);

describe('EndorsementPage', () => {
  it('sends someone without an endorsement to the application', async () => {
    const html = await render([]);
    expect(textOf(html)).toContain('You do not hold an endorsement yet.');
    expect(hasLink(html, '/application', 'Go to your application')).toBe(true);
  });

  it('shows the standing, the dates and fees, and the year checklist', async () => {
    const html = await render([endorsementFixture({ standing: { status: 'GRACE' } })]);
    const text = textOf(html);
    expect(text).toContain('Infant Family Specialist (IFS) — IMH-2021-0042');
    expect(text).toContain('Overdue — late renewal accepted');
    expect(text).toContain('Renewal for 2026 due December 31, 2026');
    expect(text).toContain('Late renewal accepted until March 1, 2027');
    expect(text).toContain('Renewal fee $40; late fee $35 after the due date');
    expect(text).toContain('Requirements for 2026');
    expect(text).toContain('15 hours of training in 2026');
    expect(text).toContain('1 of 2 requirements met');
    expect(text).toContain('Hours logged for 2026');
    expect(text).toContain('Supporting families after loss');
    expect(buttonTag(html, 'Log training')).not.toBeNull();
    expect(buttonTag(html, 'Log reflective supervision')).not.toBeNull();
  });

  it('asks for the yearly signature until it is given', async () => {
    const unsigned = textOf(await render([endorsementFixture()]));
    expect(unsigned).toContain('I confirm that no licensing board has sanctioned me');
    expect(unsigned).toContain('Code of Ethics (version 2024-1)');

    const html = await render([
      endorsementFixture({
        standing: { renewal: renewalFixture({ codeOfEthicsAcceptedAt: '2026-05-04T10:00:00Z' }) },
      }),
    ]);
    expect(textOf(html)).toContain('Signed on May 4, 2026');
    expect(buttonTag(html, 'Sign for 2026')).toBeNull();
  });

  it('lets the renewal go in only when every requirement is met', async () => {
    const unmet = await render([endorsementFixture()]);
    expect(isDisabled(buttonTag(unmet, 'Submit renewal'))).toBe(true);
    expect(textOf(unmet)).toContain('Complete the requirements above to submit.');

    const met = endorsementFixture();
    const ready = await render([{ ...met, renewalEvaluation: { ...met.renewalEvaluation, met: true } }]);
    expect(buttonTag(ready, 'Submit renewal')).not.toBeNull();
    expect(isDisabled(buttonTag(ready, 'Submit renewal'))).toBe(false);
    expect(textOf(ready)).not.toContain('Complete the requirements above to submit.');
  });

  it('waits for the coordinator once submitted, and logging stays open', async () => {
    const html = await render([
      endorsementFixture({
        standing: { renewal: renewalFixture({ status: 'SUBMITTED', submittedAt: '2026-06-01T09:00:00Z' }) },
      }),
    ]);
    expect(textOf(html)).toContain('Submitted — waiting for the coordinator');
    expect(buttonTag(html, 'Submit renewal')).toBeNull();
    expect(buttonTag(html, 'Log training')).not.toBeNull();
  });

  it("shows a returned renewal's message and lets it be submitted again", async () => {
    const html = await render([
      endorsementFixture({
        standing: {
          renewal: renewalFixture({ status: 'RETURNED', message: 'Add the certificate for March.' }),
        },
      }),
    ]);
    const text = textOf(html);
    expect(text).toContain('Returned by the coordinator');
    expect(text).toContain('Add the certificate for March.');
    expect(buttonTag(html, 'Submit renewal')).not.toBeNull();
  });

  it('explains reinstatement after a lapse, while the association allows it', async () => {
    const html = await render([
      endorsementFixture({
        status: 'LAPSED',
        standing: {
          status: 'LAPSED',
          year: 2025,
          lapsedOn: '2026-03-02',
          reinstateUntil: '2027-03-02',
          canReinstate: true,
        },
      }),
    ]);
    const text = textOf(html);
    expect(text).toContain(
      'Your endorsement lapsed on March 2, 2026. You can ask to be reinstated until March 2, 2027: complete ' +
        'the 2025 requirements above, sign, and send the request. The association also asks for 2 new ' +
        'references, a processing fee and membership.',
    );
    expect(buttonTag(html, 'Ask to be reinstated')).not.toBeNull();
    expect(buttonTag(html, 'Submit renewal')).toBeNull();
  });

  it('sends a lapsed endorsee past the window to apply again', async () => {
    const html = await render([
      endorsementFixture({
        status: 'LAPSED',
        standing: { status: 'LAPSED', lapsedOn: '2024-03-02', canReinstate: false },
      }),
    ]);
    expect(textOf(html)).toContain('This endorsement has lapsed. Apply for the endorsement again.');
    expect(hasLink(html, '/application', 'Apply for the endorsement again.')).toBe(true);
    expect(buttonTag(html, 'Log training')).toBeNull();
    expect(buttonTag(html, 'Ask to be reinstated')).toBeNull();
  });

  it('lists the past renewals', async () => {
    const html = await render([
      endorsementFixture({
        renewals: [renewalFixture({ id: 'r2025', year: 2025, status: 'APPROVED', late: true })],
      }),
    ]);
    const text = textOf(html);
    expect(text).toContain('Past renewals');
    expect(text).toMatch(/2025 Approved Yes/);
  });

  it('offers the levels above the one held, judged on the portfolio', async () => {
    const html = await render([endorsementFixture()]);
    const text = textOf(html);
    expect(text).toContain('Move up a level');
    expect(text).toContain('Infant Family Reflective Supervisor (IFRS)');
    expect(text).toMatch(/Infant Family Reflective Supervisor \(IFRS\) 0 of \d+ requirements met/);
    expect(
      buttonTag(html, 'Start application for Infant Family Reflective Supervisor (IFRS)'),
    ).not.toBeNull();
    expect(buttonTag(html, 'Start application for Infant Family Associate (IFA)')).toBeNull();
  });

  it('points to the open application instead of starting another', async () => {
    const html = await render(
      [endorsementFixture()],
      [{ id: 'app1', level: 'IMHS', track: null, status: 'DRAFT' }],
    );
    expect(hasLink(html, '/application', 'Continue your application')).toBe(true);
    expect(textOf(html)).not.toContain('Start application for');
  });
});
