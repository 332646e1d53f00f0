package org.wirescope.tables;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.types.StructType;

/**
 * What the pipeline leaves for readers besides the Parquet tables: one CSV per summary table under
 * {@code OUT/csv/} for spreadsheets, and {@code OUT/tables.sql}, which registers every table in a
 * Spark SQL metastore in one command.
 */
public final class ReadingCopies {
  /**
   * Tables too large for a spreadsheet, a row per article or per mention: exported on request with
   * {@code export}. (A CSV of the 7.2 million entity mentions of the 1M-article benchmark took 10 s
   * and held seven times the rows a spreadsheet opens.)
   */
  public static final Set<String> NOT_SUMMARIES =
      Set.of(Articles.NAME, Mentions.NAME, EntityMentions.NAME, Quotes.NAME);

  private ReadingCopies() {}

  /** Writes OUT/csv/TABLE.csv for every summary table present; returns their names. */
  public static List<String> writeCsv(TableStore store) throws IOException {
    List<String> written = new ArrayList<>();
    for (Map.Entry<String, StructType> t : Tables.all().entrySet()) {
      if (NOT_SUMMARIES.contains(t.getKey()) || !store.exists(t.getKey())) {
        continue;
      }
      FileExport.write(
          store,
          FileExport.forCsv(store.read(t.getKey(), t.getValue())),
          "csv",
          new Path(new Path(store.root(), "csv"), t.getKey() + ".csv"));
      written.add(t.getKey());
    }
    return written;
  }

  /**
   * Writes OUT/tables.sql: {@code CREATE TABLE IF NOT EXISTS name USING parquet LOCATION '...'} per
   * table, and a partition repair for the partitioned articles table.
   */
  public static Path writeSql(TableStore store) throws IOException {
    StringBuilder sql =
        new StringBuilder("-- Wirescope tables under ")
            .append(store.root())
            .append("\n-- Register them in a Spark SQL metastore: spark-sql -f tables.sql\n");
    for (String name : Tables.all().keySet()) {
      if (!store.exists(name)) {
        continue;
      }
      sql.append("CREATE TABLE IF NOT EXISTS ")
          .append(name)
          .append(" USING parquet LOCATION '")
          .append(store.table(name).toString().replace("'", "''"))
          .append("';\n");
      if (name.equals(Articles.NAME)) {
        sql.append("MSCK REPAIR TABLE ").append(name).append(";\n");
      }
    }
    Path target = new Path(store.root(), Lineage.TABLES_SQL);
    store.replaceFile(target, sql.toString().getBytes(StandardCharsets.UTF_8));
    return target;
  }
}
