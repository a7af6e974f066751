// Upserts entity nodes. Labels come from the project's model table (checked against it before this
// runs), never from a request; values are parameters. SET n = replaces the properties, so a second
// load leaves the node exactly as the first did.
UNWIND $nodes AS row
MERGE (n:Entity {key: row.key})
SET n = row.props
SET n:$(row.label)
SET n.key = row.key,
    n.sourceDocuments = row.sourceDocuments,
    n.sourceExcerpts = row.sourceExcerpts,
    n.excerptText = reduce(s = '', e IN row.sourceExcerpts | s + ' ' + e)
FOREACH (_ IN CASE WHEN row.label = 'CalendarDate' THEN [1] ELSE [] END |
  SET n.start = date(row.props.start), n.end = date(row.props.end))
