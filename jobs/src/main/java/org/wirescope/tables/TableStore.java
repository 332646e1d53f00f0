package org.wirescope.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The output folder of a run and its tables. Every table is written to a staging folder first and
 * then swapped into place, so readers never see a half-written table: a crash leaves either the
 * old table or the new one, plus litter under {@code _staging/} that the next run removes.
 *
 * <p>All paths go through Hadoop's FileSystem API, so {@code file://}, {@code hdfs://} and
 * {@code s3a://} outputs behave alike.
 */
public final class TableStore {
  public static final String STAGING = "_staging";
  public static final String MANIFEST = "_manifest.json";

  private final SparkSession spark;
  private final Path root;
  private final String runId = UUID.randomUUID().toString().substring(0, 8);

  public TableStore(SparkSession spark, String outputDir) {
    this.spark = spark;
    Path p = new Path(outputDir);
    try {
      FileSystem fs = p.getFileSystem(hadoopConf());
      this.root = fs.makeQualified(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open output folder " + outputDir + ": " + e.getMessage(), e);
    }
  }

  public Path root() {
    return root;
  }

  /** The folder as a user would type it: a plain path when local, else the full URI. */
  public String shown() {
    return "file".equals(root.toUri().getScheme()) ? root.toUri().getPath() : root.toString();
  }

  public Path table(String name) {
    return new Path(root, name);
  }

  /** A fresh folder under {@code _staging/} for this run's intermediate data. */
  public Path staging(String name) {
    return new Path(new Path(root, STAGING), runId + "-" + name);
  }

  public boolean exists(String table) {
    try {
      return fs().exists(table(table));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a published table with its declared schema; fails with a clear message if absent. */
  public Dataset<Row> read(String table, StructType schema) {
    if (!exists(table)) {
      throw new IllegalStateException("table " + table + " not found under " + root
          + ": run the stage that writes it first");
    }
    return spark.read().schema(schema).parquet(table(table).toString());
  }

  /** Writes a table to staging, then swaps it into place. */
  public void write(String table, Dataset<Row> data, String... partitionBy) {
    Path staged = staging(table);
    var writer = data.write().mode(SaveMode.Overwrite);
    if (partitionBy.length > 0) {
      writer = writer.partitionBy(partitionBy);
    }
    writer.parquet(staged.toString());
    publish(table, staged);
  }

  /**
   * Replaces {@code table} by the folder {@code staged}: the old table is moved aside, the new one
   * renamed in, then the old one deleted. On a crash between the renames the old table survives
   * under {@code _staging/} and the table folder is simply absent, never half-written.
   */
  public void publish(String table, Path staged) {
    try {
      FileSystem fs = fs();
      Path target = table(table);
      Path aside = staging(table + "-previous");
      boolean hadOld = fs.exists(target);
      if (hadOld && !fs.rename(target, aside)) {
        throw new IOException("cannot move " + target + " aside");
      }
      if (!fs.rename(staged, target)) {
        if (hadOld) {
          fs.rename(aside, target);
        }
        throw new IOException("cannot rename " + staged + " to " + target);
      }
      if (hadOld) {
        fs.delete(aside, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("publishing " + table + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Replaces a small file (manifest, report page) whole: written beside it, then renamed over
   * it, so a reader never sees half a file.
   */
  public void replaceFile(Path target, byte[] content) {
    Path tmp = new Path(target.getParent(), target.getName() + ".tmp");
    try {
      FileSystem fs = fs();
      try (java.io.OutputStream out = fs.create(tmp, true)) {
        out.write(content);
      }
      fs.delete(target, false);
      if (!fs.rename(tmp, target)) {
        throw new IOException("rename failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /** Removes this output's staging litter: anything a previous, crashed run left behind. */
  public void cleanStaging() {
    try {
      fs().delete(new Path(root, STAGING), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public FileSystem fs() throws IOException {
    return root.getFileSystem(hadoopConf());
  }

  private Configuration hadoopConf() {
    return spark.sparkContext().hadoopConfiguration();
  }
}
