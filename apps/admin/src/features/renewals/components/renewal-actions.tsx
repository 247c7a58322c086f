import { FormAlert } from '@imh/ui';
import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { allowedRenewalActions, type RenewalAction } from '../allowed-renewal-actions';
import { ApproveRenewalDialog } from './approve-renewal-dialog';
import { ExtensionDialog } from './extension-dialog';
import type { ManagedEndorsement } from './renewal-query';
import { ReturnRenewalDialog } from './return-renewal-dialog';

const BUTTON_WORDS: Record<RenewalAction, string> = {
  approve: 'Approve renewal',
  reinstate: 'Reinstate endorsement',
  return: 'Return to endorsee',
  extend: 'Grant extension',
};

const DONE_WORDS: Record<RenewalAction, string> = {
  approve: 'Renewal approved',
  reinstate: 'Endorsement reinstated',
  return: 'Renewal returned',
  extend: 'Extension granted',
};

interface RenewalActionsProps {
  endorsement: ManagedEndorsement;
  onChanged: () => Promise<unknown>;
}

/** The coordinator's buttons for this endorsement, each behind a dialog, and what the last one did. */
export const RenewalActions = ({ endorsement, onChanged }: RenewalActionsProps) => {
  const [open, setOpen] = useState<RenewalAction | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const actions = allowedRenewalActions(endorsement);
  const { standing } = endorsement;
  const renewal = standing.renewal;

  const finish = (action: RenewalAction) => async () => {
    setOpen(null);
    // The page reads everything again: the standing, the buckets and the history all move together.
    await onChanged();
    setDone(DONE_WORDS[action]);
  };
  const start = (action: RenewalAction) => {
    setDone(null);
    setOpen(action);
  };

  if (actions.length === 0 && !done) return null;
  return (
    <Stack gap="sm">
      <FormAlert message={done} tone="success" />
      {actions.length > 0 && (
        <Group>
          {actions.map((action) => (
            <Button
              key={action}
              variant={action === 'return' ? 'default' : 'filled'}
              onClick={() => start(action)}
            >
              {BUTTON_WORDS[action]}
            </Button>
          ))}
        </Group>
      )}
      {(open === 'approve' || open === 'reinstate') && renewal && (
        <ApproveRenewalDialog
          renewalId={renewal.id}
          kind={renewal.kind}
          holderName={endorsement.holderName}
          year={standing.year}
          referencesNeeded={endorsement.policy.reinstatementReferences}
          onClose={() => setOpen(null)}
          onApproved={finish(open)}
        />
      )}
      {open === 'return' && renewal && (
        <ReturnRenewalDialog
          renewalId={renewal.id}
          holderName={endorsement.holderName}
          onClose={() => setOpen(null)}
          onReturned={finish('return')}
        />
      )}
      {open === 'extend' && (
        <ExtensionDialog
          endorsementId={endorsement.id}
          holderName={endorsement.holderName}
          year={standing.year}
          graceEndsOn={standing.graceEndsOn}
          onClose={() => setOpen(null)}
          onGranted={finish('extend')}
        />
      )}
    </Stack>
  );
};
