import { Badge, Button, Group } from '@mantine/core';
import type { RenewalBucket } from '../../../gql/graphql';
import { bucketColors, bucketWords, RENEWAL_BUCKETS } from '../bucket-words';

interface RenewalBucketsProps {
  counts: ReadonlyArray<{ bucket: RenewalBucket; count: number }>;
  bucket: RenewalBucket;
  onChange: (bucket: RenewalBucket) => void;
}

/** Every bucket with its count under the current filters; the pressed one is the table's. */
export const RenewalBuckets = ({ counts, bucket, onChange }: RenewalBucketsProps) => (
  <Group gap="xs" role="group" aria-label="Endorsements in each renewal bucket">
    {RENEWAL_BUCKETS.map((b) => {
      const pressed = b === bucket;
      // Until the counts arrive a bucket shows no number rather than a misleading 0.
      const count = counts.find((c) => c.bucket === b)?.count;
      return (
        <Button
          key={b}
          size="xs"
          radius="xl"
          variant={pressed ? 'filled' : 'light'}
          color={bucketColors[b]}
          aria-pressed={pressed}
          onClick={() => onChange(b)}
          rightSection={
            count === undefined ? undefined : (
              <Badge
                size="sm"
                variant={pressed ? 'white' : 'filled'}
                color={bucketColors[b]}
                circle={count < 10}
                data-testid={`count-${b}`}
              >
                {count}
              </Badge>
            )
          }
        >
          {bucketWords[b]}
        </Button>
      );
    })}
  </Group>
);
