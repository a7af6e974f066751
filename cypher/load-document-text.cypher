// Keeps a loaded document's text, attribution and licence on its Document entity; sourceText marks it
// as a document whose claims were loaded from a folder.
MATCH (d:Entity:Document {key: $document})
SET d.fullText = $text, d.attribution = $attribution, d.licence = $licence, d.licenceUrl = $licenceUrl, d.claimsLoaded = true
