import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { applyResultError, describeRequestError, FormAlert } from '@imh/ui';
import { Accordion, Button, List, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { graphql } from '../../../gql';
import type { AgreementDocument } from '../../../gql/graphql';
import { formatDate } from '../../application/format-date';
import { CheckboxField } from '../../portfolio/components/form-fields';
import { SIGNATURE_FIELDS, type SignatureValues, signatureSchema } from '../validation/signature-schema';
import type { Agreement, Endorsement } from './endorsement-card';

const RenewalAgreements_Sign = graphql(`
  mutation RenewalAgreements_Sign($endorsementId: ID!, $input: RenewalSignatureInput!) {
    signRenewalAgreements(endorsementId: $endorsementId, input: $input) {
      __typename
      ... on MutationSignRenewalAgreementsSuccess {
        data {
          id
          status
          codeOfEthicsAcceptedAt
          agreementAcceptedAt
          noSanctionAttestedAt
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

/** The yearly signature: the code of ethics and the agreement, and the attestation of no sanction. */
export const RenewalAgreements = ({
  endorsement,
  agreements,
}: {
  endorsement: Endorsement;
  agreements: readonly Agreement[];
}) => {
  const headingId = useId();
  const signedAt = endorsement.standing.renewal?.codeOfEthicsAcceptedAt;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} id={headingId}>
        Code of ethics and agreement
      </Title>
      {signedAt ? (
        <Text size="sm" c="teal.8" fw={500}>{`Signed on ${formatDate(signedAt)}`}</Text>
      ) : (
        <SignForm endorsementId={endorsement.id} year={endorsement.standing.year} agreements={agreements} />
      )}
    </Stack>
  );
};

const SignForm = ({
  endorsementId,
  year,
  agreements,
}: {
  endorsementId: string;
  year: number;
  agreements: readonly Agreement[];
}) => {
  // The signature is a requirement of the year: the checklist changes with it.
  const [sign] = useMutation(RenewalAgreements_Sign, {
    refetchQueries: ['EndorsementPage_Data'],
    awaitRefetchQueries: true,
  });
  const [error, setError] = useState<string | null>(null);
  const form = useForm<SignatureValues>({
    resolver: zodResolver(signatureSchema),
    defaultValues: { attestNoSanction: false },
  });
  const versionOf = (document: AgreementDocument) => agreements.find((a) => a.document === document)?.version;

  const onSubmit = form.handleSubmit(async () => {
    setError(null);
    const codeOfEthicsVersion = versionOf('CODE_OF_ETHICS');
    const agreementVersion = versionOf('ENDORSEMENT_AGREEMENT');
    if (!codeOfEthicsVersion || !agreementVersion) {
      setError('The texts to sign could not be loaded. Reload the page and try again.');
      return;
    }
    try {
      const { data } = await sign({
        variables: {
          endorsementId,
          input: { codeOfEthicsVersion, agreementVersion, attestNoSanction: true },
        },
      });
      const result = data?.signRenewalAgreements;
      if (result && result.__typename !== 'MutationSignRenewalAgreementsSuccess') {
        setError(applyResultError(result, form.setError, SIGNATURE_FIELDS));
      }
    } catch (e) {
      setError(describeRequestError(e));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {`Read the code of ethics and the endorsement agreement again and sign them for ${year}; the versions you sign are recorded with your renewal.`}
        </Text>
        <Accordion variant="contained" multiple>
          {agreements.map((agreement) => (
            <Accordion.Item key={agreement.document} value={agreement.document}>
              <Accordion.Control>{`${agreement.title} (version ${agreement.version})`}</Accordion.Control>
              <Accordion.Panel>
                <List size="sm" spacing={4}>
                  {agreement.paragraphs.map((paragraph) => (
                    <List.Item key={paragraph}>{paragraph}</List.Item>
                  ))}
                </List>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
        <FormAlert message={error} />
        <CheckboxField
          form={form}
          name="attestNoSanction"
          label="I confirm that no licensing board has sanctioned me"
        />
        <Button type="submit" loading={form.formState.isSubmitting} w="fit-content">
          {`Sign for ${year}`}
        </Button>
      </Stack>
    </form>
  );
};
