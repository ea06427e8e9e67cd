import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields an operation selects at `path` below the field being resolved (for
 * `['edges', 'node']`, the fields of each edge's node), through aliases, inline fragments and
 * named fragments. `@skip` and `@include` are not read: a field named under either counts as
 * selected, which at worst loads something the answer leaves out.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let level: SelectionSetNode[] = info.fieldNodes.flatMap((field) =>
    field.selectionSet ? [field.selectionSet] : [],
  );
  for (const step of path) {
    level = fieldsOf(info, level).flatMap((field) =>
      field.name.value === step && field.selectionSet ? [field.selectionSet] : [],
    );
  }
  return new Set(fieldsOf(info, level).map((field) => field.name.value));
}

function fieldsOf(info: GraphQLResolveInfo, sets: SelectionSetNode[]): FieldNode[] {
  return sets.flatMap((set) =>
    set.selections.flatMap((selection): FieldNode[] => {
      if (selection.kind === 'Field') return [selection];
      const inner =
        selection.kind === 'InlineFragment'
          ? selection.selectionSet
          : info.fragments[selection.name.value]?.selectionSet;
      return inner ? fieldsOf(info, [inner]) : [];
    }),
  );
}
