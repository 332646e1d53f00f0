package org.wirescope.ingest;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader makes of one input record: an article draft, or a reject with its reason. Readers
 * fill the fields they know; {@link Finisher} derives ids, hashes and counts in one place.
 */
public final class IngestRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  public String reader;
  public String sourceFile;
  public String relativePath;
  public String sourceRecord;

  /** What the article id is made from inside the file: the record's position, or its key. */
  public String idKey;

  public String rejectReason;
  public String rejectDetail;
  public String excerpt;

  public String articleId;
  public String source;
  public String url;
  public String title;
  public String lead;
  public String section;
  public Instant publishedAt;
  public String sourceTz;
  public String dateline;
  public String language;
  public String body;
  public List<String> topics = new ArrayList<>();
  public List<String> persons = new ArrayList<>();
  public List<String> repairs = new ArrayList<>();
  public int wordCount;
  public String contentHash;

  public static IngestRecord article(SourceFile file, String reader, String recordKey) {
    IngestRecord r = new IngestRecord();
    r.reader = reader;
    r.sourceFile = file.path();
    r.relativePath = file.relativePath();
    r.sourceRecord = recordKey;
    r.idKey = recordKey;
    return r;
  }

  public static IngestRecord reject(
      SourceFile file,
      String reader,
      String recordKey,
      String reason,
      String detail,
      String excerptText) {
    IngestRecord r = article(file, reader, recordKey);
    r.rejectReason = reason;
    r.rejectDetail = detail;
    r.excerpt = Normalise.excerpt(excerptText, 1024);
    return r;
  }

  /** Turns this draft into a reject, keeping where it came from. */
  public IngestRecord rejectAs(String reason, String detail, String excerptText) {
    rejectReason = reason;
    rejectDetail = detail;
    excerpt = Normalise.excerpt(excerptText, 1024);
    return this;
  }

  public boolean isReject() {
    return rejectReason != null;
  }

  /** Applies a parsed date, or turns the record into a reject when the date is unusable. */
  public IngestRecord withDate(Dates.Result date, String rawForExcerpt) {
    if (date.ok()) {
      publishedAt = date.instant();
      sourceTz = date.zone();
      return this;
    }
    return rejectAs(date.failure(), date.detail(), rawForExcerpt);
  }
}
