// Drops a removed document's text from its entity, if another document still states that entity.
MATCH (d:Entity:Document {key: $document})
REMOVE d.fullText, d.attribution, d.licence, d.licenceUrl, d.claimsLoaded
