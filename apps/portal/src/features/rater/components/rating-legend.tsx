import { List, Paper, Text } from '@mantine/core';

const SCALE = [
  ['1', 'not yet demonstrated'],
  ['2', 'beginning to demonstrate'],
  ['3', 'demonstrated some of the time'],
  ['4', 'demonstrated most of the time'],
  ['5', 'consistently demonstrated'],
  ['Not enough information', 'you have not seen enough of this work to judge'],
] as const;

export const RatingLegend = () => (
  <Paper withBorder p="sm" bg="gray.0" component="section" aria-labelledby="rating-scale-heading">
    <Text fw={600} size="sm" id="rating-scale-heading">
      How to rate
    </Text>
    <List size="sm" spacing={2} listStyleType="none">
      {SCALE.map(([value, meaning]) => (
        <List.Item key={value}>
          <Text span fw={600} size="sm">
            {value}
          </Text>{' '}
          = {meaning}
        </List.Item>
      ))}
    </List>
  </Paper>
);
