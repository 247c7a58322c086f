import { describe, expect, it } from 'vitest';
import { sectionLink } from './section-links';

describe('sectionLink', () => {
  it('sends portfolio sections to their portfolio page', () => {
    expect(sectionLink('TRAINING')).toEqual({ label: 'Training', to: '/portfolio/training', inPage: false });
    expect(sectionLink('RSC').to).toBe('/portfolio/rsc');
  });

  it('keeps references and agreements on the application page, and the profile on its own', () => {
    expect(sectionLink('REFERENCES')).toMatchObject({ to: '#references', inPage: true });
    expect(sectionLink('AGREEMENTS')).toMatchObject({ to: '#agreements', inPage: true });
    expect(sectionLink('PROFILE')).toMatchObject({ to: '/profile', inPage: false });
  });
});
