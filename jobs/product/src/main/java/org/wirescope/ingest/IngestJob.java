package org.wirescope.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Manifest;
import org.wirescope.tables.Rejects;
import org.wirescope.tables.TableStore;

/**
 * Ingest: raw corpora to the {@code articles} and {@code rejects} tables.
 *
 * <p>Input: files, folders or globs in any of the {@link Format}s. Output grain: one {@code
 * articles} row per article read (exact duplicates marked, not dropped), one {@code rejects} row
 * per record or file that could not become an article.
 *
 * <pre>
 * wirescope ingest --input ../shared/corpora/tass --default-year 2017 --output out/
 * </pre>
 *
 * <p>The raw input is read exactly once, into a staging table of all records; articles and rejects
 * come from that table. The counts of the log line and the manifest are taken on the way, not by
 * queries of their own: records per reader and reason by a {@link ReadTally} while the staging
 * table is written, the articles' counts from their write ({@link TableStore#writeObserved}).
 */
public final class IngestJob {
  private static final Logger LOG = LoggerFactory.getLogger("wirescope");
  private static final int SKIPPED_NAMES_LOGGED = 8;

  /** What to read and how strict to be. */
  public record Settings(
      List<String> inputs, Format format, ReadOptions read, double maxRejectFraction) {}

  /** What a run read and wrote. */
  public record Result(
      int files,
      long records,
      long articles,
      long duplicates,
      long undated,
      long rejects,
      long repaired,
      Map<String, Long> rejectsByReason,
      Map<String, Long> filesByReader,
      Map<String, String> skipped,
      long inputBytes,
      double seconds) {}

  /** Thrown when a run must stop with a message for the user rather than a stack trace. */
  public static final class IngestException extends RuntimeException {
    public IngestException(String message) {
      super(message);
    }
  }

  /** The most duplicates broadcast to the articles (two ids each: a few tens of MB). */
  static final long BROADCAST_DUPLICATES = 500_000;

  private IngestJob() {}

  public static Result run(SparkSession spark, TableStore store, Settings settings) {
    long start = System.nanoTime();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    InputFiles.Listing listing;
    ReadOptions options;
    try {
      listing = InputFiles.expand(settings.inputs(), settings.format(), conf);
      options = settings.read().withMetadata(TextMetadata.load(listing.metadata(), conf));
    } catch (IOException e) {
      throw new IngestException(e.getMessage());
    }
    if (listing.files().isEmpty()) {
      throw new IngestException(
          "no input files to read in "
              + settings.inputs()
              + (listing.skipped().isEmpty()
                  ? ""
                  : "; skipped "
                      + listing.skipped().size()
                      + " (e.g. "
                      + listing.skipped().entrySet().iterator().next()
                      + ")"));
    }
    LOG.info(
        "ingest: {} files, {} bytes to read ({} skipped, {} metadata files)",
        String.format("%,d", listing.files().size()),
        String.format("%,d", listing.bytes()),
        listing.skipped().size(),
        listing.metadata().size());
    store.cleanStaging();

    // Read every file once into the staging table of records, counting on the way.
    Path staging = store.staging("records");
    ReadTally tally = ReadTally.register(spark.sparkContext());
    spark.sparkContext().setJobDescription("ingest: read " + listing.files().size() + " files");
    readRecords(spark, listing, settings.format(), options, tally)
        .write()
        .parquet(staging.toString());
    Dataset<Row> records = spark.read().schema(IngestRows.SCHEMA).parquet(staging.toString());

    ReadTally.Counts read = tally.value();
    Map<String, String> skipped = new TreeMap<>(listing.skipped());
    skipped.putAll(read.skipped());
    logSkipped(skipped);
    Map<String, Long> filesByReader = new TreeMap<>(read.filesByReader());
    long total = 0;
    long rejected = 0;
    long repaired = read.repaired();
    Map<String, Long> byReason = new TreeMap<>();
    for (Map.Entry<ReadTally.Key, Long> e : read.records().entrySet()) {
      long n = e.getValue();
      total += n;
      if (e.getKey().reason() != null) {
        rejected += n;
        byReason.merge(e.getKey().reason(), n, Long::sum);
      }
    }
    if (settings.format() == Format.AUTO) {
      LOG.info(
          "ingest: auto picked {}",
          filesByReader.entrySet().stream()
              .map(e -> e.getKey() + " for " + e.getValue() + " files")
              .collect(Collectors.joining(", ")));
    }
    double fraction = total == 0 ? 0 : (double) rejected / total;
    if (fraction > settings.maxRejectFraction()) {
      throw new IngestException(
          String.format(
              "%,d of %,d records rejected (%.0f%%, over --max-reject-fraction %.2f): %s; nothing was published",
              rejected, total, 100 * fraction, settings.maxRejectFraction(), reasons(byReason)));
    }

    // Publish articles (with duplicates marked) and rejects; the articles' counts are observed
    // while they are written rather than read back. The duplicates are found on narrow columns
    // first; few (the usual case), they are broadcast, so the text is never shuffled to meet them.
    spark.sparkContext().setJobDescription("ingest: find duplicates");
    Dataset<Row> candidates = IngestTransforms.filterArticles(records);
    Dataset<Row> found = IngestTransforms.duplicates(candidates).cache();
    Dataset<Row> join = found.count() <= BROADCAST_DUPLICATES ? broadcast(found) : found;
    spark.sparkContext().setJobDescription("ingest: write articles");
    Row kept =
        store.writeObserved(
            Articles.NAME,
            IngestTransforms.withDuplicateOf(candidates, join),
            List.of(
                count(col(Articles.DUPLICATE_OF)),
                sum(when(col(Articles.PUBLISHED_AT).isNull(), 1L).otherwise(0L))),
            Articles.YEAR,
            Articles.MONTH);
    found.unpersist();
    spark.sparkContext().setJobDescription("ingest: write rejects");
    store.write(Rejects.NAME, IngestTransforms.filterRejects(records).coalesce(1));
    store.cleanStaging();
    spark.sparkContext().setJobDescription(null);

    long articles = kept.getLong(0);
    long duplicates = kept.getLong(1);
    long undated = kept.isNullAt(2) ? 0 : kept.getLong(2);
    double seconds = (System.nanoTime() - start) / 1e9;
    Result result =
        new Result(
            listing.files().size() - read.skipped().size(),
            total,
            articles,
            duplicates,
            undated,
            rejected,
            repaired,
            byReason,
            filesByReader,
            skipped,
            listing.bytes(),
            seconds);
    Manifest.putStage(store, "ingest", manifestEntry(settings, result));
    LOG.info(
        String.format(
            "ingest: %,d read, %,d kept (%,d duplicates, %,d undated, %,d repaired), "
                + "%,d quarantined%s in %.1f s, %,.0f articles/s",
            total,
            articles,
            duplicates,
            undated,
            repaired,
            rejected,
            rejected == 0 ? "" : " (" + reasons(byReason) + ")",
            seconds,
            articles / Math.max(seconds, 1e-9)));
    return result;
  }

  /**
   * Reads the listed files in parallel on the executors, one task per few files, counting into
   * {@code tally}. A text file set aside by the listing is skipped there if it is plain text.
   */
  static Dataset<Row> readRecords(
      SparkSession spark,
      InputFiles.Listing listing,
      Format format,
      ReadOptions options,
      ReadTally tally) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Map<String, String> confEntries = new HashMap<>();
    spark
        .sparkContext()
        .hadoopConfiguration()
        .forEach(e -> confEntries.put(e.getKey(), e.getValue()));
    Broadcast<Map<String, String>> conf = jsc.broadcast(confEntries);
    List<FileToRead> files =
        listing.files().stream()
            .map(f -> new FileToRead(f, listing.textBeside().get(f.path())))
            .toList();
    int slices = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));
    JavaRDD<Row> rows =
        jsc.parallelize(files, slices).flatMap(new ReadFile(format, options, conf, tally));
    return spark.createDataFrame(rows, IngestRows.SCHEMA);
  }

  /**
   * A file to read and, for a text file beside structured files, the reason to skip it if it is
   * plain text.
   */
  private record FileToRead(SourceFile file, String skipIfText) implements java.io.Serializable {}

  /** The per-file function shipped to executors. */
  private static final class ReadFile implements FlatMapFunction<FileToRead, Row> {
    private static final long serialVersionUID = 1L;
    private final Format format;
    private final ReadOptions options;
    private final Broadcast<Map<String, String>> conf;
    private final ReadTally tally;
    private transient Configuration hadoop;

    ReadFile(
        Format format, ReadOptions options, Broadcast<Map<String, String>> conf, ReadTally tally) {
      this.format = format;
      this.options = options;
      this.conf = conf;
      this.tally = tally;
    }

    @Override
    public java.util.Iterator<Row> call(FileToRead item) {
      if (hadoop == null) {
        hadoop = new Configuration(false);
        conf.value().forEach(hadoop::set);
      }
      ReadTally.Counts counts = new ReadTally.Counts();
      Readers.Head head = format == Format.AUTO ? Readers.head(item.file(), hadoop) : null;
      // Beside structured files a .txt is documentation or a word list, unless its content says
      // otherwise: a TASS page, or structured records under a .txt name. An empty, binary or
      // unreadable one is read, so that its reject says what is wrong with it.
      if (item.skipIfText() != null && head != null && head.isPlainText()) {
        counts.skip(item.file().path(), item.skipIfText());
        tally.add(counts);
        return java.util.Collections.emptyIterator();
      }
      java.util.Iterator<IngestRecord> it =
          head != null
              ? Readers.read(head, options, hadoop)
              : Readers.read(item.file(), format, options, hadoop);
      return new java.util.Iterator<>() {
        private boolean counted;

        @Override
        public boolean hasNext() {
          boolean more = it.hasNext();
          if (!more && !counted) {
            counted = true;
            tally.add(counts);
          }
          return more;
        }

        @Override
        public Row next() {
          IngestRecord r = it.next();
          counts.record(r);
          return IngestRows.toRow(r);
        }
      };
    }
  }

  /** One line per reason, naming the first few files: the manifest lists them all. */
  private static void logSkipped(Map<String, String> skipped) {
    Map<String, List<String>> byReason = new TreeMap<>();
    skipped.forEach(
        (path, reason) ->
            byReason
                .computeIfAbsent(reason, r -> new java.util.ArrayList<>())
                .add(new Path(path).getName()));
    byReason.forEach(
        (reason, names) ->
            LOG.info(
                "ingest: skipped {} {} ({}): {}{}",
                String.format("%,d", names.size()),
                names.size() == 1 ? "file" : "files",
                reason,
                String.join(", ", names.subList(0, Math.min(names.size(), SKIPPED_NAMES_LOGGED))),
                names.size() > SKIPPED_NAMES_LOGGED
                    ? String.format(
                        " and %,d more (see _manifest.json)", names.size() - SKIPPED_NAMES_LOGGED)
                    : ""));
  }

  private static String reasons(Map<String, Long> byReason) {
    return byReason.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> String.format("%,d %s", e.getValue(), e.getKey()))
        .collect(Collectors.joining(", "));
  }

  private static ObjectNode manifestEntry(Settings s, Result r) {
    ObjectNode e = Manifest.newStage();
    ArrayNode inputs = e.putArray("inputs");
    s.inputs().forEach(inputs::add);
    e.put("format", s.format().label());
    e.put("default_year", s.read().defaultYear());
    e.put("source_time_zone", s.read().sourceTimeZone());
    e.put("max_record_bytes", s.read().maxRecordBytes());
    e.put("max_reject_fraction", s.maxRejectFraction());
    e.put("files", r.files());
    e.put("input_bytes", r.inputBytes());
    e.put("records", r.records());
    e.put("articles", r.articles());
    e.put("duplicates", r.duplicates());
    e.put("undated", r.undated());
    e.put("repaired", r.repaired());
    e.put("rejects", r.rejects());
    ObjectNode reasons = e.putObject("rejects_by_reason");
    r.rejectsByReason().forEach(reasons::put);
    ObjectNode readers = e.putObject("files_by_reader");
    r.filesByReader().forEach(readers::put);
    ObjectNode skipped = e.putObject("skipped_files");
    r.skipped().forEach(skipped::put);
    e.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
    return e;
  }
}
