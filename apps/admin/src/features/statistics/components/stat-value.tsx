import { Badge, Text } from '@mantine/core';
import {
  type CellFormat,
  formatValue,
  type StatCell,
  SUPPRESSED_TEXT,
  suppressedTitle,
} from '../stat-cell-format';

interface StatValueProps {
  cell: StatCell;
  format: CellFormat;
  /** The association's suppression threshold, which the tooltip names. */
  threshold: number;
}

/** One number of a statistics table: its value, a "suppressed" badge, or a dash for no data. */
export const StatValue = ({ cell, format, threshold }: StatValueProps) => {
  if (cell.suppressed) {
    return (
      <Badge
        component="span"
        size="sm"
        variant="light"
        color="gray"
        tt="none"
        title={suppressedTitle(threshold)}
      >
        {SUPPRESSED_TEXT}
      </Badge>
    );
  }
  const text = formatValue(cell, format);
  if (text === null) {
    return (
      <Text component="span" c="dimmed" title="No data">
        —
      </Text>
    );
  }
  return text;
};
