package org.wirescope.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.wirescope.tables.Rejects;

/**
 * The last step for every record, whatever its reader: tidy the text, reject what has neither title
 * nor body or is too large, and derive id, word count, content hash and language.
 */
public final class Finisher {
  private Finisher() {}

  public static IngestRecord finish(IngestRecord r, ReadOptions options) {
    if (r.isReject()) {
      return r;
    }
    r.title = Normalise.line(r.title);
    r.lead = Normalise.text(r.lead);
    r.body = Normalise.text(r.body);
    r.section = Normalise.line(r.section);
    r.dateline = Normalise.line(r.dateline);
    r.url = Normalise.line(r.url);
    r.source = options.source() != null ? options.source() : Normalise.line(r.source);
    r.topics = tags(r.topics);
    r.persons = tags(r.persons);
    if (r.title == null && r.body == null && r.lead == null) {
      return r.rejectAs(Rejects.NO_CONTENT, "record has neither a title nor a body", null);
    }
    long size = bytes(r.title) + bytes(r.lead) + bytes(r.body);
    if (size > options.maxRecordBytes()) {
      String text = r.body != null ? r.body : r.title;
      return r.rejectAs(
          Rejects.TOO_LARGE,
          String.format(
              "record text is %,d bytes, over the limit of %,d", size, options.maxRecordBytes()),
          text);
    }
    if (r.language == null) {
      r.language = Normalise.language(r.body != null ? r.body : r.title);
    } else {
      r.language = r.language.strip().toLowerCase(Locale.ROOT);
    }
    r.wordCount = Normalise.wordCount(r.body);
    r.contentHash = Normalise.contentHash(r.title, r.body);
    r.articleId = Normalise.articleId(r.relativePath, r.idKey);
    return r;
  }

  private static long bytes(String s) {
    return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Trimmed, non-empty, first spelling kept, in source order. */
  private static List<String> tags(List<String> raw) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    if (raw != null) {
      for (String t : raw) {
        String s = Normalise.line(t);
        if (s != null) {
          out.add(s);
        }
      }
    }
    return new ArrayList<>(out);
  }
}
