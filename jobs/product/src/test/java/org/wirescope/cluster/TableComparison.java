package org.wirescope.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import org.wirescope.tables.Tables;

/**
 * Compares every table two output folders share, row for row in any order, with floating-point
 * values equal within 1e-9.
 */
final class TableComparison {
  static final double TOLERANCE = 1e-9;

  private TableComparison() {}

  /** Asserts both folders hold the same tables with the same rows; returns how many tables. */
  static int assertSameTables(SparkSession spark, Path expected, Path actual) {
    int compared = 0;
    for (Map.Entry<String, StructType> t : Tables.all().entrySet()) {
      Path e = expected.resolve(t.getKey());
      Path a = actual.resolve(t.getKey());
      assertEquals(Files.isDirectory(e), Files.isDirectory(a), "table " + t.getKey() + " present in both");
      if (!Files.isDirectory(e)) {
        continue;
      }
      List<Row> er = sorted(spark.read().schema(t.getValue()).parquet(e.toString()).collectAsList(), t.getValue());
      List<Row> ar = sorted(spark.read().schema(t.getValue()).parquet(a.toString()).collectAsList(), t.getValue());
      assertEquals(er.size(), ar.size(), "rows of " + t.getKey());
      for (int i = 0; i < er.size(); i++) {
        assertRowsEqual(t.getKey(), t.getValue(), er.get(i), ar.get(i));
      }
      compared++;
    }
    assertTrue(compared >= 3, "tables compared: " + compared);
    return compared;
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

  private static void assertRowsEqual(String table, StructType schema, Row e, Row a) {
    for (int i = 0; i < schema.fields().length; i++) {
      StructField f = schema.fields()[i];
      if (isFloat(f) && !e.isNullAt(i) && !a.isNullAt(i)) {
        double x = ((Number) e.get(i)).doubleValue();
        double y = ((Number) a.get(i)).doubleValue();
        if (!(Math.abs(x - y) <= TOLERANCE || (Double.isNaN(x) && Double.isNaN(y)))) {
          fail(table + "." + f.name() + ": " + x + " vs " + y + " in " + e);
        }
      } else {
        assertEquals(String.valueOf(e.get(i)), String.valueOf(a.get(i)), table + "." + f.name() + " in " + e);
      }
    }
  }
}
