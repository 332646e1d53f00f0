package org.wirescope.ingest;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Map;

/**
 * Everything a reader needs besides the file: how to date yearless and naive times, how to map
 * fields of JSON and CSV records, and the size limit of one record.
 *
 * @param defaultYear year for dates that have none, when the file path has none either; may be null
 * @param sourceTimeZone zone for naive times, as the user gave it; null means "the source's known
 *     zone, else UTC"
 * @param fields target column to source field name, e.g. {@code title -> headline}
 * @param maxRecordBytes a record larger than this is rejected
 * @param maxFileBytes a file read whole (not streamed) larger than this is rejected
 * @param source a source name that overrides what the reader finds; may be null
 * @param metadata text reader metadata: file name without extension to metadata.tsv fields
 */
public record ReadOptions(
    Integer defaultYear,
    String sourceTimeZone,
    Map<String, String> fields,
    long maxRecordBytes,
    long maxFileBytes,
    String source,
    Map<String, Map<String, String>> metadata)
    implements Serializable {

  public static final long DEFAULT_MAX_RECORD_BYTES = 5L << 20;
  public static final long DEFAULT_MAX_FILE_BYTES = 1L << 30;

  public static ReadOptions defaults() {
    return new ReadOptions(
        null, null, Map.of(), DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_FILE_BYTES, null, Map.of());
  }

  public ReadOptions withDefaultYear(Integer year) {
    return new ReadOptions(
        year, sourceTimeZone, fields, maxRecordBytes, maxFileBytes, source, metadata);
  }

  public ReadOptions withMetadata(Map<String, Map<String, String>> m) {
    return new ReadOptions(
        defaultYear, sourceTimeZone, fields, maxRecordBytes, maxFileBytes, source, m);
  }

  /**
   * The zone for a naive time: the user's {@code --source-time-zone} if given, else the zone the
   * source is known to write in (Moscow for TASS), else UTC.
   */
  public ZoneId naiveZone(KnownSources.Source known) {
    if (sourceTimeZone != null) {
      return ZoneId.of(sourceTimeZone);
    }
    return known != null ? known.zone() : ZoneId.of("UTC");
  }
}
