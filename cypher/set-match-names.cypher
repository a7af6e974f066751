// Gives each entity of the batch its match forms ($updates: [{key, props: {matchName, matchAbbreviation}}]).
UNWIND $updates AS u
MATCH (n:Entity {key: u.key})
SET n += u.props
