package org.wirescope.ingest;

import java.util.function.Function;

/**
 * Turns one mapped record (JSON, JSONL or CSV) into an article: fields, date, and the known
 * source's conventions. For tass.com records the section comes from the URL path, the lead is not
 * repeated at the top of the body, and naive times are Moscow time.
 */
final class RecordMapper {
  private RecordMapper() {}

  static IngestRecord toArticle(
      SourceFile file,
      String reader,
      String recordKey,
      Function<String, Object> get,
      ReadOptions options) {
    String id = FieldMapping.id(get, options);
    IngestRecord r = IngestRecord.article(file, reader, id != null ? id : recordKey);
    // The id is made from the position, which is unique in the file; a record's own id may repeat.
    r.idKey = recordKey;
    FieldMapping.apply(r, get, options);
    KnownSources.Source known = KnownSources.byUrl(r.url);
    if (known != null) {
      if (r.source == null) {
        r.source = known.name();
      }
      if (r.section == null) {
        r.section = KnownSources.firstPathSegment(r.url);
      }
    }
    r.body = withoutLead(r.body, r.lead);
    Datelines.Split d = Datelines.split(r.body);
    if (d != null) {
      if (r.dateline == null) {
        r.dateline = d.place();
      }
      r.body = d.rest();
    }
    String rawDate = FieldMapping.date(get, options);
    if (rawDate != null) {
      r.withDate(Dates.parse(rawDate, options.naiveZone(known)), rawDate);
    }
    return r;
  }

  /** Scrapers often repeat the lead as the first paragraph of the body; drop the copy. */
  static String withoutLead(String body, String lead) {
    if (body == null || lead == null) {
      return body;
    }
    String b = body.stripLeading();
    String l = lead.strip();
    if (!l.isEmpty() && b.startsWith(l)) {
      String rest = b.substring(l.length()).stripLeading();
      return rest.isEmpty() ? body : rest;
    }
    return body;
  }
}
