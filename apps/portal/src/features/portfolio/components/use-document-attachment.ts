import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../../gql';
import { checkDocumentFile, uploadDocument } from '../model/document-upload';
import type { EntryDocument } from '../sections/section-config';

const DocumentAttachment_Delete = graphql(`
  mutation DocumentAttachment_Delete($id: ID!) {
    deleteDocument(id: $id) {
      __typename
    }
  }
`);

/** Deletes an uploaded document nothing points at any more. Best effort: a leftover costs storage only. */
export function useDiscardDocument() {
  const [deleteDocument] = useMutation(DocumentAttachment_Delete);
  return (id: string) => {
    void deleteDocument({ variables: { id } }).catch(() => undefined);
  };
}

export type AttachmentOutcome =
  | { ok: true; documentId: string | null }
  | { ok: false; status: number; message: string };

/**
 * The document of one entry form: the one already attached, a newly chosen file, or its removal.
 * A file is uploaded when the form is saved, once (a retry after a refused save reuses it), and a
 * file that ends up attached to nothing is deleted again, so abandoned uploads do not pile up.
 */
export function useDocumentAttachment(existing: EntryDocument | null) {
  const [file, setFile] = useState<File | null>(null);
  const [removed, setRemoved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const uploaded = useRef<{ file: File; id: string } | null>(null);
  const saved = useRef(false);
  const discard = useDiscardDocument();
  const discardRef = useRef(discard);
  discardRef.current = discard;

  useEffect(
    () => () => {
      if (!saved.current && uploaded.current) discardRef.current(uploaded.current.id);
    },
    [],
  );

  const choose = (next: File | null) => {
    setFile(next);
    setError(next ? checkDocumentFile(next) : null);
  };

  /** Uploads the chosen file if it has not been yet; the id to save with the entry. */
  const resolve = async (): Promise<AttachmentOutcome> => {
    if (!file) return { ok: true, documentId: removed ? null : (existing?.id ?? null) };
    const problem = checkDocumentFile(file);
    if (problem) {
      setError(problem);
      return { ok: false, status: 0, message: problem };
    }
    if (uploaded.current?.file === file) return { ok: true, documentId: uploaded.current.id };
    if (uploaded.current) discard(uploaded.current.id);
    uploaded.current = null;
    const result = await uploadDocument(file);
    if (!result.ok) {
      setError(result.message);
      return result;
    }
    uploaded.current = { file, id: result.document.id };
    return { ok: true, documentId: result.document.id };
  };

  /** After the entry is saved: the document it no longer points at goes. */
  const commit = () => {
    saved.current = true;
    if (existing && (file || removed)) discard(existing.id);
  };

  return { file, choose, removed, setRemoved, error, setError, resolve, commit };
}

export type DocumentAttachment = ReturnType<typeof useDocumentAttachment>;
