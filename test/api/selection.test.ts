import { type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedFields } from '../../src/schema/selection.js';

/** What a resolver of the operation's first root field sees of its selection. */
function infoOf(operation: string): GraphQLResolveInfo {
  const document = parse(operation);
  const query = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const root = query?.selectionSet.selections[0];
  if (root?.kind !== Kind.FIELD) throw new Error('the operation starts with a field');
  return { fieldNodes: [root], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectedFields', () => {
  it('names the fields at a path, through aliases and both kinds of fragment', () => {
    const info = infoOf(`{
      widgets(first: 3) {
        edges { first: node { colour } ... on WidgetEdge { node { ...Sizes } } }
        pageInfo { hasNextPage }
      }
    }
    fragment Sizes on Widget { width ... on Widget { height } }`);
    expect(selectedFields(info, ['edges', 'node'])).toEqual(new Set(['colour', 'width', 'height']));
    expect(selectedFields(info, [])).toEqual(new Set(['edges', 'pageInfo']));
  });

  it('is empty where the operation selects nothing', () => {
    const info = infoOf('{ widgets { totalCount } }');
    expect(selectedFields(info, ['edges', 'node'])).toEqual(new Set());
    expect(selectedFields(infoOf('{ count }'), [])).toEqual(new Set());
  });
});
