// Papers by id, for the API's node loader.
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN p {.id, .arxivId, .doi, .title, .abstract, .url, published: toString(p.published)} AS node
