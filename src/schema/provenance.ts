import { GraphQLError } from 'graphql';
import { TEXT_FIELDS, type TextField as TextFieldValue } from '../domain/model.js';
import { builder } from './builder.js';
import { closedSet } from './closed-set.js';

const TextField = closedSet(
  'TextField',
  'A text of a paper that mentions are read from.',
  TEXT_FIELDS,
  (field) => `The paper's ${field}.`,
);

/** The provenance properties stored on every extracted edge. */
export interface ProvenanceRow {
  evidence: string;
  field: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  extractorVersion: string;
  role?: string;
}

export const Provenance = builder.objectRef<ProvenanceRow>('Provenance').implement({
  description: 'Where an extracted fact comes from.',
  fields: (t) => ({
    evidence: t.exposeString('evidence', { description: 'The sentence the fact was read from.' }),
    field: t.field({
      type: TextField,
      description: 'The text the mention is in.',
      resolve: (provenance) => provenance.field as TextFieldValue,
    }),
    start: t.exposeInt('start', { description: 'Offset of the mention in `field`.' }),
    end: t.exposeInt('end', { description: 'Offset just past the mention in `field`.' }),
    rule: t.exposeString('rule', { description: 'The extraction rule that fired.' }),
    confidence: t.exposeFloat('confidence', { description: 'How sure the rule is, 0 to 1.' }),
    extractorVersion: t.exposeString('extractorVersion', {
      description: 'The version of the extractor that read it.',
    }),
  }),
});

/** `minConfidence`: the argument every list of extracted links takes, 0 (all) to 1. */
export const minConfidenceArg = {
  type: 'Float',
  defaultValue: 0,
  description: 'Only links extracted with at least this confidence (0 to 1; 0, the default: all).',
} as const;

/** A `minConfidence` value, checked: 0 to 1, else a BAD_USER_INPUT error naming it. */
export function minConfidence(value: number | null | undefined): number {
  const confidence = value ?? 0;
  if (!(confidence >= 0 && confidence <= 1)) {
    throw new GraphQLError(`\`minConfidence\` must be from 0 to 1, got ${confidence}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return confidence;
}
