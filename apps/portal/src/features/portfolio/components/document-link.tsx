import { Anchor } from '@mantine/core';
import { graphql } from '../../../gql';
import type { EntryDocument } from '../sections/section-config';

graphql(`
  fragment EntryDocument_Link on Document {
    id
    filename
    url
  }
`);

/** A download of an uploaded file (same origin: the session cookie goes along). */
export const DocumentLink = ({ document }: { document: EntryDocument }) => (
  <Anchor href={document.url} download={document.filename} size="sm">
    {document.filename}
  </Anchor>
);
