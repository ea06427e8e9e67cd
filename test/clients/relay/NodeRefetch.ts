import { graphql } from 'relay-runtime';

// Relay refetches any record by its global id through the root `node` field.
export const NodeRefetchQuery = graphql`
  query NodeRefetchQuery($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Paper {
        title
        authors {
          id
          name
        }
      }
      ... on Method {
        name
      }
    }
  }
`;
