package org.wirescope.tables;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;

import java.io.IOException;
import java.util.Arrays;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.TimestampType;

/** One table as one JSON Lines or CSV file, for spreadsheets, scorers and other tools. */
public final class FileExport {
  private FileExport() {}

  /** Lists joined with "; ", times as ISO-8601 UTC text: what a spreadsheet cell can hold. */
  public static Dataset<Row> forCsv(Dataset<Row> data) {
    return data.select(
        Arrays.stream(data.schema().fields()).map(FileExport::csvColumn).toArray(Column[]::new));
  }

  private static Column csvColumn(StructField f) {
    if (f.dataType() instanceof ArrayType) {
      return array_join(col(f.name()), "; ").as(f.name());
    }
    if (f.dataType() instanceof TimestampType) {
      return date_format(col(f.name()), "yyyy-MM-dd'T'HH:mm:ss'Z'").as(f.name());
    }
    return col(f.name());
  }

  /**
   * Writes {@code data} as one file at {@code target}: through a staging folder, then moved into
   * place, so a reader never sees half a file. CSV is RFC 4180 (quotes doubled) with a header.
   */
  public static void write(TableStore store, Dataset<Row> data, String format, Path target)
      throws IOException {
    Path staged = store.staging("export");
    var writer = data.coalesce(1).write();
    if (format.equals("csv")) {
      writer
          .option("header", "true")
          .option("escape", "\"")
          .option("encoding", "UTF-8")
          .csv(staged.toString());
    } else {
      writer.json(staged.toString());
    }
    FileSystem fs = target.getFileSystem(store.fs().getConf());
    FileStatus part =
        Arrays.stream(store.fs().listStatus(staged))
            .filter(s -> s.getPath().getName().startsWith("part-"))
            .findFirst()
            .orElseThrow(() -> new IOException("no output written under " + staged));
    store.markParent(fs.makeQualified(target));
    if (target.getParent() != null) {
      fs.mkdirs(target.getParent());
    }
    fs.delete(target, false);
    if (!fs.rename(part.getPath(), target)) {
      throw new IOException("cannot move export to " + target);
    }
    store.fs().delete(staged, true);
  }
}
