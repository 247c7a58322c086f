import { describe, expect, it } from 'vitest';
import { renderStatic } from '../../../test/render-static';
import { formatDate } from '../../queue/format-date';
import { ChapterTokensPage, ChapterTokensPage_Tokens } from './chapter-tokens-page';
import { CreateTokenForm_Chapters } from './create-token-form';

const token = (id: string, name: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'ApiToken',
  id,
  name,
  chapter: { __typename: 'Chapter', id: 'c-washtenaw', name: 'Washtenaw' },
  createdBy: 'Carmen Ortiz',
  createdAt: '2026-04-02T14:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
  callCount: 0,
  recentCalls: [],
  ...overrides,
});

const mocks = [
  {
    request: { query: ChapterTokensPage_Tokens },
    result: {
      data: {
        chapterTokens: [
          token('t2', 'Washtenaw dashboard', {
            lastUsedAt: '2026-05-13T08:30:00.000Z',
            callCount: 3,
            recentCalls: [
              {
                __typename: 'ApiTokenCall',
                at: '2026-05-13T08:30:00.000Z',
                operationName: 'Dashboard',
                refused: false,
              },
            ],
          }),
          token('t1', 'Old script', { revokedAt: '2026-04-20T12:00:00.000Z' }),
        ],
      },
    },
  },
  {
    request: { query: CreateTokenForm_Chapters },
    result: {
      data: {
        coordinatedAssociations: [
          {
            __typename: 'Association',
            id: 'a1',
            name: 'MI-AIMH',
            chapters: [{ __typename: 'Chapter', id: 'c-washtenaw', name: 'Washtenaw' }],
          },
        ],
      },
    },
  },
];

describe('ChapterTokensPage', () => {
  it('lists the tokens with their use and status, and offers to create one', async () => {
    const page = await renderStatic(<ChapterTokensPage origin="https://endorse.example.org" />, { mocks });
    expect(page.all('h1').map((h) => h.text)).toEqual(['API tokens']);
    const labels = page.all('label').map((label) => label.text.replace(/ \*$/, ''));
    expect(labels).toEqual(['Chapter', 'Token name']);
    const rows = page.rows();
    expect(rows[0]).toEqual([
      'Name',
      'Chapter',
      'Created by',
      'Created',
      'Last used',
      'Calls',
      'Status',
      'Actions',
    ]);
    expect(rows[1]?.slice(0, 3)).toEqual(['Washtenaw dashboard', 'Washtenaw', 'Carmen Ortiz']);
    expect(rows[1]?.slice(5)).toEqual(['3', 'Active', 'Recent calls Revoke']);
    expect(rows[2]?.[4]).toBe('Never');
    // Dates read in the reader's locale, as the page formats them.
    expect(rows[2]?.slice(6)).toEqual([`Revoked ${formatDate('2026-04-20T12:00:00.000Z')}`, 'Recent calls']);
    expect(page.all('button').map((button) => button.text)).toEqual([
      'Create token',
      'Recent calls',
      'Revoke',
      'Recent calls',
    ]);
    expect(page.html).toContain('aria-label="Revoke Washtenaw dashboard"');
    expect(page.html).toContain('aria-expanded="false"');
  });
});
