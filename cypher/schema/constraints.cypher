// One statement per entry, separated by blank lines; each is idempotent (IF NOT EXISTS).
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE

CREATE INDEX calendar_date_start IF NOT EXISTS FOR (n:CalendarDate) ON (n.start)

CREATE INDEX recommendation_number IF NOT EXISTS FOR (n:Recommendation) ON (n.number)

CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Organisation|Person|Post|Strategy|Strand|Document|Recommendation|Finding|Statement|Concept|CalendarDate)
ON EACH [n.name, n.abbreviation, n.description, n.text, n.searchName, n.excerptText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }
