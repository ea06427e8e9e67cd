import { graphql } from 'relay-runtime';

// Sources for relay-compiler only (relay.db.test.ts runs its artifacts): a tagged template
// throws at run time without Relay's Babel plugin, so nothing imports these files.

// `@refetchable` on a `Node` type makes the compiler write a `node(id:)` query that fetches the
// next page of this same method; `@connection` merges those pages into one list in the store.
export const MethodPapers = graphql`
  fragment MethodPapers_method on Method
  @refetchable(queryName: "MethodPapersPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 5 }, cursor: { type: "String" }) {
    name
    papers(first: $count, after: $cursor) @connection(key: "MethodPapers_papers") {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        role
        provenance {
          confidence
        }
        node {
          id
          title
          authors {
            id
            name
          }
        }
      }
    }
  }
`;

export const MethodPapersQuery = graphql`
  query MethodPapersQuery($name: String!) {
    method(name: $name) {
      id
      ...MethodPapers_method
    }
  }
`;
