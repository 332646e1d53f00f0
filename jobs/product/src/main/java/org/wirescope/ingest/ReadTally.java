package org.wirescope.ingest;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.SparkContext;
import org.apache.spark.util.AccumulatorV2;

/**
 * What the executors read, counted while they read it: records per reader and reject reason,
 * records with repairs, files per reader, and the files they skipped with why. It replaces the
 * aggregations over the staging table that served only the log line and the manifest (two Spark
 * queries, five jobs).
 *
 * <p>The counts are exact: the tally is only added to in the one job that writes the staging table,
 * whose tasks read the files and write the rows in a single stage with no shuffle, and Spark
 * applies a result task's accumulator updates once per partition, whatever was retried.
 */
public final class ReadTally extends AccumulatorV2<ReadTally.Counts, ReadTally.Counts> {
  private static final long serialVersionUID = 1L;

  /** A reader and a reject reason (null for articles). */
  public record Key(String reader, String reason) implements Serializable {}

  /** The counts themselves, for one file or for a whole run. */
  public static final class Counts implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Map<Key, Long> records = new HashMap<>();
    private long repaired;
    private final Map<String, Long> filesByReader = new TreeMap<>();
    private final Map<String, String> skipped = new TreeMap<>();
    private transient Set<String> fileReaders;

    /** Counts one record of the file being read. */
    public void record(IngestRecord r) {
      records.merge(new Key(r.reader, r.rejectReason), 1L, Long::sum);
      if (!r.repairs.isEmpty()) {
        repaired++;
      }
      if (fileReaders == null) {
        fileReaders = new HashSet<>();
      }
      if (fileReaders.add(r.reader)) {
        filesByReader.merge(r.reader, 1L, Long::sum);
      }
    }

    public void skip(String path, String reason) {
      skipped.put(path, reason);
    }

    /** Records per reader and reason. */
    public Map<Key, Long> records() {
      return records;
    }

    public long repaired() {
      return repaired;
    }

    /** Files with at least one record, per reader of their records. */
    public Map<String, Long> filesByReader() {
      return filesByReader;
    }

    /** Files not read: path to reason. */
    public Map<String, String> skipped() {
      return skipped;
    }

    boolean isEmpty() {
      return records.isEmpty() && repaired == 0 && filesByReader.isEmpty() && skipped.isEmpty();
    }

    void addAll(Counts other) {
      other.records.forEach((k, n) -> records.merge(k, n, Long::sum));
      repaired += other.repaired;
      other.filesByReader.forEach((k, n) -> filesByReader.merge(k, n, Long::sum));
      skipped.putAll(other.skipped);
    }
  }

  private Counts counts = new Counts();

  /** A new tally, registered with Spark so that the executors' counts come back. */
  public static ReadTally register(SparkContext sc) {
    ReadTally t = new ReadTally();
    sc.register(t, "ingest: read tally");
    return t;
  }

  @Override
  public boolean isZero() {
    return counts.isEmpty();
  }

  @Override
  public ReadTally copy() {
    ReadTally t = new ReadTally();
    t.counts.addAll(counts);
    return t;
  }

  @Override
  public void reset() {
    counts = new Counts();
  }

  /** Adds the counts of one file. */
  @Override
  public void add(Counts file) {
    counts.addAll(file);
  }

  @Override
  public void merge(AccumulatorV2<Counts, Counts> other) {
    counts.addAll(other.value());
  }

  @Override
  public Counts value() {
    return counts;
  }
}
