import { describe, expect, it } from 'vitest';
import { renderStatic } from '../../../test/render-static';
import { CreatedTokenBox } from './created-token-box';

describe('CreatedTokenBox', () => {
  it('shows the new secret once, with the warning, a copy button and a call that uses it', async () => {
    const page = await renderStatic(
      <CreatedTokenBox
        token="imh_ct_s3cr3t"
        name="Washtenaw dashboard"
        chapterName="Washtenaw"
        origin="https://endorse.example.org"
        onDone={() => {}}
      />,
    );
    expect(page.text).toContain('Token “Washtenaw dashboard” created for Washtenaw');
    expect(page.text).toContain('Copy this token now: it will not be shown again.');
    expect(page.all('pre').map((pre) => pre.text)).toEqual([
      'imh_ct_s3cr3t',
      `curl -X POST https://endorse.example.org/graphql -H 'Content-Type: application/json' -H 'Authorization: Bearer imh_ct_s3cr3t' -d '{"query":"{ chapterStatistics { chapterName activeEndorsements { level count { value suppressed } } } }"}'`,
    ]);
    expect(page.all('button').map((button) => button.text)).toEqual(['Copy token', 'Copy example', 'Done']);
  });
});
