import { graphql } from 'relay-runtime';

// A search page as a Relay connection on the root: hits of every type go into one store, so a
// paper or dataset found here shares its record with the same node reached any other way.
export const SearchPage = graphql`
  fragment SearchPage_query on Query
  @refetchable(queryName: "SearchPagePaginationQuery")
  @argumentDefinitions(
    text: { type: "String!" }
    count: { type: "Int", defaultValue: 5 }
    cursor: { type: "String" }
  ) {
    search(query: $text, first: $count, after: $cursor)
      @connection(key: "SearchPage_search", filters: ["query"]) {
      totalCount
      edges {
        label
        score
        type
        node {
          __typename
          id
          ... on Paper {
            title
          }
          ... on Dataset {
            name
            aliases
          }
          ... on Method {
            name
          }
          ... on Task {
            name
          }
        }
      }
    }
  }
`;

export const SearchPageQuery = graphql`
  query SearchPageQuery($text: String!) {
    ...SearchPage_query @arguments(text: $text)
  }
`;
