import { RequirementChecklist } from '@imh/ui';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { type FieldValues, type UseFormReturn, useWatch } from 'react-hook-form';
import { targetName } from '../../progress/model/progress-basis';
import type { ProgressBasis } from '../../progress/use-progress-basis';
import { NEW_ENTRY_ID, progressIfSaved } from '../model/progress-if-saved';
import type { RulesSection } from '../model/with-entry';
import type { EntryNode, SectionConfig, SectionEnv } from '../sections/section-config';

interface SaveProgressPanelProps<V extends FieldValues, N extends EntryNode, I, S extends RulesSection> {
  config: SectionConfig<V, N, I, S>;
  form: UseFormReturn<V>;
  node: N | null;
  basis: ProgressBasis;
  env: SectionEnv;
}

/**
 * The target's checklist on the portfolio as it would be with this form saved, recomputed on every
 * keystroke: the same rules as the API, on the form's values in place of the entry being edited.
 */
export const SaveProgressPanel = <V extends FieldValues, N extends EntryNode, I, S extends RulesSection>({
  config,
  form,
  node,
  basis,
  env,
}: SaveProgressPanelProps<V, N, I, S>) => {
  // Subscribes this panel (only) to every change; the values themselves are read whole below.
  useWatch({ control: form.control });
  const values = form.getValues();
  const target = basis.defaultTarget;

  const result = progressIfSaved({
    portfolio: basis.portfolio,
    section: config.rulesSection,
    next: () => config.toRulesEntry(values, node?.id ?? NEW_ENTRY_ID),
    original: () => (node ? config.toRulesEntry(config.toValues(node, env), node.id) : null),
    target,
    editionId: basis.edition.id,
    asOf: basis.asOf,
  });

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      bg="gray.0"
      component="section"
      aria-labelledby="save-progress-heading"
    >
      <Stack gap="xs">
        <Title order={3} size="h5" id="save-progress-heading">
          Progress if you save this
        </Title>
        {result ? (
          <RequirementChecklist
            items={result.requirements}
            label={`Requirements for ${targetName(basis.edition, target)}`}
            compact
          />
        ) : (
          <Text size="sm" c="dimmed">
            Complete the dates to see how this entry counts.
          </Text>
        )}
      </Stack>
    </Paper>
  );
};
