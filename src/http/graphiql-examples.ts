/**
 * What GraphiQL opens with: one operation per question of the README's API table (1-10, in its
 * order), then global ids, paging and a mutation. Every operation answers with data over the
 * sample corpus (test/api/graphiql-examples.db.test.ts runs each one).
 */
export const EXAMPLE_OPERATIONS = `# papergraph: relationship queries over research papers. Put the
# cursor in an operation and press Ctrl+Enter, or pick one with the
# run button.

# 1. Which papers use a dataset, newest first, with the evidence
query DatasetPapers {
  dataset(name: "cifar10") {
    name aliases
    papers(first: 5) {
      totalCount
      edges {
        role provenance { evidence rule confidence }
        node { title }
      }
    }
  }
}

# 2. Which datasets a method is evaluated on, and which methods run
#    on a dataset
query MethodsAndDatasets {
  method(name: "Transformer") {
    name datasets(first: 5) { edges { node { name } paperCount } }
  }
  dataset(name: "CIFAR-10") {
    name methods { edges { node { name } paperCount papers { title } } }
  }
}

# 3. Everything extracted from a paper (by its key, or by arxivId:
#    for a paper from arXiv)
query PaperDetails {
  paper(id: "title:bb6c4f0f277694cc") {
    title url authors { name }
    methods { method { name } role provenance { evidence } }
    datasets { dataset { name } role }
    tasks { task { name } }
    repositories { repository { fullName url } }
    results { metric { name } raw dataset { name } method { name } }
  }
}

# 4. The paper behind a repository; a task's datasets, methods and
#    papers
query RepositoryAndTask {
  repository(fullName: "zhengkid/PartialFormer") {
    url papers { edges { node { title } } }
  }
  task(name: "machine translation") {
    name
    datasets { edges { node { name } paperCount } }
    methods { edges { node { name } paperCount } }
    papers(first: 3) { edges { node { title } } }
  }
}

# 5. Search as you type: titles, abstracts, names and aliases; each
#    word also matches as a prefix
query Search {
  search(query: "diffus", first: 5) {
    totalCount
    edges {
      score type label
      node { id ... on Entity { name } ... on Paper { title } }
    }
  }
}

# 6. How two things are linked: the shortest paths between two global
#    ids (any "id" field gives one; these are OpenWebText's and
#    CIFAR-10's)
query Connections {
  connections(
    from: "RGF0YXNldDpvcGVud2VidGV4dA=="
    to: "RGF0YXNldDpjaWZhcjEw"
    maxHops: 4
    first: 3
  ) {
    totalCount truncated
    edges { node {
      length
      nodes { __typename id ... on Entity { name } ... on Paper { title } }
      relationships { type role from to }
    } }
  }
}

# 7. Leaderboards: per metric on a dataset, the best result of each
#    method, ranked (minConfidence: only results extraction is sure of)
query Leaderboards {
  dataset(name: "OpenWebText") {
    evaluations(first: 5) {
      edges { node {
        metric { name aliases lowerIsBetter }
        resultCount
        ranking(first: 10, minConfidence: 0.5) {
          edges { rank node { raw method { name } paper { title } } }
        }
      } }
    }
  }
}

# 8. Related methods, and the most named datasets (from: and to:
#    bound the publication dates)
query Trends {
  relatedMethods(method: "Transformer", first: 5) {
    totalCount edges { node { name } sharedDatasets sharedTasks }
  }
  top(type: DATASET, first: 5) {
    edges { paperCount node { name } }
  }
}

# 9. Filtered paper lists: every filter given must hold
query FilteredPapers {
  papers(
    where: { method: "Transformer", task: "machine translation" }
    first: 5
  ) {
    totalCount
    edges {
      node { title methods(role: PROPOSED) { method { name } } }
    }
  }
}

# 10. How big the graph is
query Stats {
  stats { labels { name count } relationships { name count } }
}

# 11. Anything with an id, fetched again by its global id
query NodeById {
  node(id: "RGF0YXNldDpvcGVud2VidGV4dA==") {
    id
    ... on Dataset {
      name aliases papers(first: 3) { edges { node { title } } }
    }
  }
}

# 12. Paging both ways: after: takes a page's pageInfo.endCursor (or
#     any edge's cursor) with first:, before: a startCursor with last:;
#     this cursor ends the first page of papers(first: 3)
query NextPage {
  next: papers(first: 3, after: "cGFwZXJzOjAwMDAtMDAtMDB8dGl0bGU6ZmExMzQ5ODMzMTdkY2I2OQ") {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { title } }
  }
  previous: papers(last: 3, before: "cGFwZXJzOjAwMDAtMDAtMDB8dGl0bGU6ZmExMzQ5ODMzMTdkY2I2OQ") {
    pageInfo { hasPreviousPage startCursor }
    edges { node { title } }
  }
}

# 13. Add a paper. A mutation needs the API key: in the Headers tab
#     below, send { "Authorization": "Bearer <PAPERGRAPH_API_KEY>" }.
#     Run again, it answers UNCHANGED; deletePaper(input: {id:}) with
#     the paper's id it gives removes the paper.
mutation IngestPaper {
  ingestPapers(input: { papers: [{
    title: "An example paper: ResNet on CIFAR-10"
    abstract: "We train ResNet on CIFAR-10 and reach 95.1% accuracy on CIFAR-10."
  }] }) {
    results {
      status error
      paper {
        id title
        methods { method { name } role }
        datasets { dataset { name } }
        results { metric { name } raw }
      }
    }
  }
}
`;
