package org.wirescope.cli;

import java.util.ArrayList;
import java.util.List;
import org.wirescope.ingest.FieldMapping;
import org.wirescope.ingest.Format;
import org.wirescope.ingest.ReadOptions;
import picocli.CommandLine.Option;

/** The options of the ingest stage; {@code pipeline} carries the same ones. */
public final class IngestOptions {
  @Option(
      names = {"-i", "--input"},
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files, folders (read recursively) or globs. .gz files are read transparently.")
  public List<String> inputs = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "auto",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description =
          "auto, tass, json, jsonl, csv, reuters, newsml or text (default: ${DEFAULT-VALUE}; "
              + "auto picks per file by extension and content and logs what it picked).")
  public Format format = Format.AUTO;

  @Option(
      names = "--default-year",
      paramLabel = "YEAR",
      description =
          "Year for dates written without one (TASS date lines), used when the file path "
              + "holds no year. Without either such an article is rejected, never guessed.")
  public Integer defaultYear;

  @Option(
      names = "--source-time-zone",
      paramLabel = "ZONE",
      converter = PeriodOptions.ZoneConverter.class,
      description =
          "Zone of naive times (no offset), e.g. Europe/Moscow. Default: the source's own "
              + "(Moscow for tass.com), else UTC.")
  public String sourceTimeZone;

  @Option(
      names = "--field",
      paramLabel = "COLUMN=FIELD",
      description =
          "Map a JSON/CSV field to a column, e.g. --field title=headline "
              + "--field published_at=meta.date. Columns: id, title, lead, body, published_at, url, "
              + "section, source, topics, persons, language, dateline.")
  public List<String> fields = new ArrayList<>();

  @Option(
      names = "--source",
      paramLabel = "NAME",
      description =
          "Name to store in the source column for every article, overriding what the "
              + "readers find (e.g. TASS from tass.com urls).")
  public String source;

  @Option(
      names = "--max-record-bytes",
      defaultValue = "5242880",
      paramLabel = "BYTES",
      description = "A record larger than this is rejected (default: ${DEFAULT-VALUE}, 5 MB).")
  public long maxRecordBytes;

  @Option(
      names = "--max-reject-fraction",
      defaultValue = "0.5",
      paramLabel = "FRACTION",
      description =
          "Fail the run, publishing nothing, when more than this share of records is "
              + "rejected (default: ${DEFAULT-VALUE}).")
  public double maxRejectFraction;

  public ReadOptions readOptions() {
    if (maxRejectFraction < 0 || maxRejectFraction > 1) {
      throw new IllegalArgumentException("--max-reject-fraction must be between 0 and 1");
    }
    return new ReadOptions(
        defaultYear,
        sourceTimeZone,
        FieldMapping.parse(fields),
        maxRecordBytes,
        ReadOptions.DEFAULT_MAX_FILE_BYTES,
        source,
        java.util.Map.of());
  }

  /** Accepts format names in any case and lists the valid ones on error. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "unknown format '"
                + value
                + "'; use auto, tass, json, jsonl, csv, reuters, newsml or text");
      }
    }
  }
}
