// The graph model (see README): one key per label, the lookups the queries need, and full-text
// search over papers and entity names. Every statement is idempotent (IF NOT EXISTS).

CREATE CONSTRAINT schema_migration_version IF NOT EXISTS
FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE;

CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT method_key IF NOT EXISTS FOR (m:Method) REQUIRE m.key IS UNIQUE;
CREATE CONSTRAINT dataset_key IF NOT EXISTS FOR (d:Dataset) REQUIRE d.key IS UNIQUE;
CREATE CONSTRAINT task_key IF NOT EXISTS FOR (t:Task) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT repository_key IF NOT EXISTS FOR (r:Repository) REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT author_key IF NOT EXISTS FOR (a:Author) REQUIRE a.key IS UNIQUE;
CREATE CONSTRAINT result_id IF NOT EXISTS FOR (r:Result) REQUIRE r.id IS UNIQUE;

CREATE INDEX paper_arxiv_id IF NOT EXISTS FOR (p:Paper) ON (p.arxivId);
CREATE INDEX paper_doi IF NOT EXISTS FOR (p:Paper) ON (p.doi);
CREATE INDEX paper_published IF NOT EXISTS FOR (p:Paper) ON (p.published);
CREATE INDEX result_metric IF NOT EXISTS FOR (r:Result) ON (r.metric);

CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (p:Paper) ON EACH [p.title, p.abstract];
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Method|Dataset|Task|Repository) ON EACH [n.name, n.aliases];
