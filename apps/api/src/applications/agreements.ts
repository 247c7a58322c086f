import type { AgreementDocument } from '@imh/competencies';

export type AgreementText = {
  document: AgreementDocument;
  version: string;
  title: string;
  paragraphs: readonly string[];
};

/**
 * The texts applicants sign, each with the version stored beside the acceptance. A new wording gets a
 * new version: acceptances of older versions stay on the applications that recorded them.
 */
export const AGREEMENTS: Readonly<Record<AgreementDocument, AgreementText>> = {
  CODE_OF_ETHICS: {
    document: 'CODE_OF_ETHICS',
    version: '2024-1',
    title: 'Code of Ethics for Infant and Early Childhood Mental Health Professionals',
    paragraphs: [
      'I will act in the best interest of infants, toddlers and their families, placing their well-being and safety first.',
      'I will respect the culture, language, values and family structure of every family I serve, and practise in a way that is fair, equitable and inclusive.',
      'I will keep confidential what families share with me, except where the law or the safety of a child requires otherwise, and I will explain these limits to families.',
      'I will work within my competence and my role, seek reflective supervision/consultation, and refer families to other services when their needs go beyond what I can offer.',
      'I will keep my knowledge current through continuing education and will not misrepresent my training, experience or endorsement.',
      'I will avoid relationships with families or colleagues that could exploit them or impair my judgement, and I will declare conflicts of interest.',
    ],
  },
  ENDORSEMENT_AGREEMENT: {
    document: 'ENDORSEMENT_AGREEMENT',
    version: '2024-1',
    title: 'Endorsement Agreement',
    paragraphs: [
      'Everything in my portfolio is true and complete to the best of my knowledge; I understand that false information is grounds for denial or revocation of the Endorsement.',
      'I consent to the association, its reviewers and its coordinators reading my portfolio and the confidential reference ratings to decide on my application.',
      'I will renew my Endorsement every year, keep my membership current, complete the required in-service training and, where my level requires it, reflective supervision/consultation.',
      'I understand that the Endorsement is a credential of the association that grants it, that it may be suspended or revoked for breaches of the Code of Ethics, and that I may use the Endorsement title only while it is active.',
    ],
  },
};
