// Typed use of the API as a frontend written with codegen's client preset would have it.
// codegen.test.ts generates ./gql from these operations into a temporary directory and
// type-checks this file there under `strict`; each @ts-expect-error is a mistake the generated
// types must catch (tsc fails on one that no longer errs, so `any` types cannot pass).
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { type FragmentType, graphql, useFragment } from './gql';

export const PaperCard = graphql(`
  fragment PaperCard on Paper {
    id
    title
    published
    authors {
      name
    }
  }
`);

export const DatasetsPage = graphql(`
  query DatasetsPage($first: Int, $after: String, $filter: EntityFilter, $orderBy: EntityOrder) {
    datasets(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        paperCount
        node {
          id
          name
          aliases
        }
      }
    }
  }
`);

export const MethodPapers = graphql(`
  query MethodPapers($name: String!, $last: Int, $before: String, $role: MethodRole) {
    method(name: $name) {
      name
      papers(last: $last, before: $before, role: $role) {
        pageInfo {
          hasPreviousPage
          startCursor
        }
        edges {
          role
          provenance {
            confidence
          }
          node {
            ...PaperCard
          }
        }
      }
    }
  }
`);

export const SearchHits = graphql(`
  query SearchHits($query: String!, $types: [SearchType!], $first: Int) {
    search(query: $query, types: $types, first: $first) {
      edges {
        type
        label
        score
        node {
          __typename
          id
          ... on Paper {
            title
          }
          ... on Dataset {
            name
          }
        }
      }
    }
  }
`);

export const NodeById = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Method {
        name
      }
    }
  }
`);

export const firstPage: VariablesOf<typeof DatasetsPage> = {
  first: 20,
  orderBy: 'NAME',
  filter: { namePrefix: 'Image', minPapers: 2 },
};

// @ts-expect-error the order is a closed set
export const badOrder: VariablesOf<typeof DatasetsPage> = { orderBy: 'SIZE' };

// @ts-expect-error a method is asked for by name
export const noName: VariablesOf<typeof MethodPapers> = { last: 5 };

export function datasetNames(data: ResultOf<typeof DatasetsPage>): string[] {
  const total: number = data.datasets.totalCount;
  return data.datasets.edges
    .slice(0, total)
    .map((edge) => `${edge.node.name} (${edge.paperCount})`);
}

export function paperTitles(data: ResultOf<typeof MethodPapers>): string[] {
  // @ts-expect-error `method` is null when no method has the name
  data.method.papers;
  // @ts-expect-error fragment masking: the query sees only the spread, not the paper's fields
  data.method?.papers.edges[0]?.node.title;
  return (data.method?.papers.edges ?? []).map((edge) => paperCard(edge.node));
}

export function paperCard(ref: FragmentType<typeof PaperCard>): string {
  const paper = useFragment(PaperCard, ref);
  const published: string | null | undefined = paper.published;
  return `${paper.title}, ${paper.authors.map((author) => author.name).join(', ')}, ${published ?? 'undated'}`;
}

export function hitText(hit: ResultOf<typeof SearchHits>['search']['edges'][number]): string {
  const { node } = hit;
  switch (node.__typename) {
    case 'Paper':
      return node.title;
    case 'Dataset':
      return node.name;
    default:
      // @ts-expect-error only papers and datasets selected a name or title
      return node.name ?? hit.label;
  }
}

export function methodName(data: ResultOf<typeof NodeById>): string | undefined {
  return data.node?.__typename === 'Method' ? data.node.name : undefined;
}
