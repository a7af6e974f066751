// Creates synthetic entities in a store that does not hold them yet (the generator never repeats a
// key, nor one of the source's). Same properties as cypher/load-nodes.cypher gives the source's.
UNWIND $rows AS row
CREATE (n:Entity)
SET n = row.props
SET n:$(row.label)
SET n.key = row.key,
    n.sourceDocuments = row.sourceDocuments,
    n.sourceExcerpts = row.sourceExcerpts,
    n.excerptText = reduce(s = '', e IN row.sourceExcerpts | s + ' ' + e)
FOREACH (_ IN CASE WHEN row.label = 'CalendarDate' THEN [1] ELSE [] END |
  SET n.start = date(row.props.start), n.end = date(row.props.end))
