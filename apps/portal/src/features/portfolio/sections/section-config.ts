import type { TypedDocumentNode } from '@apollo/client';
import type { Edition, Portfolio } from '@imh/competencies';
import type { ComponentType, ReactNode } from 'react';
import type { FieldValues, Path, Resolver, UseFormReturn } from 'react-hook-form';
import type { EntryListData } from '../model/pagination';
import type { RulesSection } from '../model/with-entry';

export interface EntryDocument {
  id: string;
  filename: string;
  url: string;
}

export interface EntryNode {
  id: string;
  document?: EntryDocument | null;
}

/** A portfolio mutation's result union, as every section's documents select it (aliased `result`). */
export interface EntryResult {
  __typename: string;
  message?: string;
  fieldErrors?: ReadonlyArray<{ path: string; message: string }>;
}

/** What a form needs to know beyond its entry. */
export interface SectionEnv {
  today: string;
  /** The association's edition: the competency domains a training may name. */
  edition: Edition;
}

export interface FieldsProps<Values extends FieldValues> {
  form: UseFormReturn<Values>;
  env: SectionEnv;
}

export interface Column<Node> {
  header: string;
  cell: (node: Node, env: SectionEnv) => ReactNode;
}

/**
 * One portfolio section: its API documents, its form and how its values map to the API's input and
 * to the rules' entry. The list, the form modal and the delete dialog are the same for every section.
 */
export interface SectionConfig<
  Values extends FieldValues,
  Node extends EntryNode,
  Input,
  S extends RulesSection,
> {
  path: string;
  /** The tab's and the heading's name. */
  title: string;
  intro: string;
  addLabel: string;
  /** "education entry" / "education entries": for titles and counts. */
  noun: { one: string; many: string };
  rulesSection: S;
  /** Sections with evidence (education, work, training, RSC) take an uploaded document. */
  withDocument: boolean;
  list: TypedDocumentNode<EntryListData<Node>, { first: number; after?: string | null }>;
  create: TypedDocumentNode<{ result: EntryResult }, { input: Input }>;
  update: TypedDocumentNode<{ result: EntryResult }, { id: string; input: Input }>;
  remove: TypedDocumentNode<{ result: EntryResult }, { id: string }>;
  resolver: (today: string) => Resolver<Values>;
  /** Form fields named as the API's input fields, so its field errors land on them. */
  fields: readonly Path<Values>[];
  empty: () => Values;
  toValues: (node: Node, env: SectionEnv) => Values;
  toInput: (values: Values, documentId: string | null) => Input;
  toRulesEntry: (values: Values, id: string) => Portfolio[S][number] | null;
  Fields: ComponentType<FieldsProps<Values>>;
  columns: readonly Column<Node>[];
  /** How the delete dialog names the entry. */
  describe: (node: Node) => string;
}
