package org.wirescope.ingest;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Rejects;

/**
 * The staging table between reading and publishing: every record read, article or reject, in one
 * schema. Written once, it is the single pass over the raw input; articles, rejects and all counts
 * are derived from it.
 */
public final class IngestRows {
  public static final String READER = "reader";
  public static final String REJECT_REASON = "reject_reason";
  public static final String REJECT_DETAIL = "reject_detail";
  public static final String EXCERPT = "excerpt";

  /**
   * Article columns (all nullable here, since rejects have none), the UTC partition, and reject
   * fields.
   */
  public static final StructType SCHEMA = staging();

  private IngestRows() {}

  private static StructType staging() {
    StructType s = new StructType();
    for (StructField f : Articles.CONTENT_SCHEMA.fields()) {
      s = s.add(f.name(), f.dataType(), true);
    }
    return s.add(Articles.YEAR, IntegerType)
        .add(Articles.MONTH, IntegerType)
        .add(READER, StringType)
        .add(REJECT_REASON, StringType)
        .add(REJECT_DETAIL, StringType)
        .add(EXCERPT, StringType);
  }

  public static Row toRow(IngestRecord r) {
    Integer year = null;
    Integer month = null;
    if (r.publishedAt != null) {
      ZonedDateTime utc = r.publishedAt.atZone(ZoneOffset.UTC);
      year = utc.getYear();
      month = utc.getMonthValue();
    }
    boolean article = !r.isReject();
    return RowFactory.create(
        article ? r.articleId : null,
        r.source,
        r.sourceFile,
        r.sourceRecord,
        r.url,
        r.title,
        r.lead,
        r.section,
        r.publishedAt == null ? null : Timestamp.from(r.publishedAt),
        r.sourceTz,
        r.dateline,
        r.language,
        r.body,
        r.topics.toArray(new String[0]),
        r.persons.toArray(new String[0]),
        article ? r.wordCount : null,
        r.contentHash,
        r.repairs.toArray(new String[0]),
        year,
        month,
        r.reader,
        r.rejectReason,
        r.rejectDetail,
        r.excerpt);
  }

  /** The reject columns in {@link Rejects#SCHEMA} order. */
  public static String[] rejectColumns() {
    return new String[] {
      Articles.SOURCE_FILE, Articles.SOURCE_RECORD, READER, REJECT_REASON, REJECT_DETAIL, EXCERPT
    };
  }
}
