package org.wirescope.tables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Compares every table of {@link Tables#all()} in two output folders, row for row in any order,
 * floating-point values equal within {@link #TOLERANCE}: whether a change of code left the output
 * alone, or a cluster gave what local mode gives.
 */
public final class TableDiff {
  public static final double TOLERANCE = 1e-9;

  /** Differences reported per table before the rest are only counted. */
  private static final int SHOWN = 5;

  /** What a comparison found: the tables compared, and each difference in words. */
  public record Result(List<String> compared, List<String> differences) {
    public boolean same() {
      return differences.isEmpty();
    }
  }

  private TableDiff() {}

  /**
   * Compares the tables of {@code expected} and {@code actual}; a table in one only is a
   * difference.
   */
  public static Result compare(SparkSession spark, Path expected, Path actual) {
    List<String> compared = new ArrayList<>();
    List<String> diffs = new ArrayList<>();
    for (Map.Entry<String, StructType> t : Tables.all().entrySet()) {
      String name = t.getKey();
      boolean inE = Files.isDirectory(expected.resolve(name));
      boolean inA = Files.isDirectory(actual.resolve(name));
      if (inE != inA) {
        diffs.add(name + ": only in " + (inE ? expected : actual));
        continue;
      }
      if (!inE) {
        continue;
      }
      compared.add(name);
      List<Row> er =
          sorted(
              spark
                  .read()
                  .schema(t.getValue())
                  .parquet(expected.resolve(name).toString())
                  .collectAsList(),
              t.getValue());
      List<Row> ar =
          sorted(
              spark
                  .read()
                  .schema(t.getValue())
                  .parquet(actual.resolve(name).toString())
                  .collectAsList(),
              t.getValue());
      if (er.size() != ar.size()) {
        diffs.add(name + ": " + er.size() + " rows against " + ar.size());
        continue;
      }
      int found = 0;
      for (int i = 0; i < er.size(); i++) {
        String d = rowDifference(t.getValue(), er.get(i), ar.get(i));
        if (d != null && found++ < SHOWN) {
          diffs.add(name + "." + d);
        }
      }
      if (found > SHOWN) {
        diffs.add(name + ": " + (found - SHOWN) + " more rows differ");
      }
    }
    return new Result(List.copyOf(compared), List.copyOf(diffs));
  }

  /** Sorted by every column that is not floating point, as text. */
  private static List<Row> sorted(List<Row> rows, StructType schema) {
    List<Row> out = new ArrayList<>(rows);
    out.sort(Comparator.comparing(r -> key(r, schema)));
    return out;
  }

  private static String key(Row r, StructType schema) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < schema.fields().length; i++) {
      if (!isFloat(schema.fields()[i])) {
        b.append(r.isNullAt(i) ? "\u0000" : String.valueOf(r.get(i))).append('\u0001');
      }
    }
    return b.toString();
  }

  private static boolean isFloat(StructField f) {
    return f.dataType().equals(DataTypes.DoubleType) || f.dataType().equals(DataTypes.FloatType);
  }

  /** A row as text, cut to a line. */
  private static String shortened(Row r) {
    String s = r.toString().replaceAll("\\s+", " ");
    return s.length() <= 160 ? s : s.substring(0, 157) + "...";
  }

  /** The first column in which two rows differ, in words, or null when they are equal. */
  private static String rowDifference(StructType schema, Row e, Row a) {
    for (int i = 0; i < schema.fields().length; i++) {
      StructField f = schema.fields()[i];
      if (isFloat(f) && !e.isNullAt(i) && !a.isNullAt(i)) {
        double x = ((Number) e.get(i)).doubleValue();
        double y = ((Number) a.get(i)).doubleValue();
        if (!(Math.abs(x - y) <= TOLERANCE || (Double.isNaN(x) && Double.isNaN(y)))) {
          return f.name() + ": " + x + " against " + y + " in " + shortened(e);
        }
      } else if (!String.valueOf(e.get(i)).equals(String.valueOf(a.get(i)))) {
        return f.name() + ": " + e.get(i) + " against " + a.get(i) + " in " + shortened(e);
      }
    }
    return null;
  }
}
