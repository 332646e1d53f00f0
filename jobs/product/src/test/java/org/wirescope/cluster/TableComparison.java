package org.wirescope.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.wirescope.tables.TableDiff;

/** Asserts two output folders hold the same tables with the same rows ({@link TableDiff}). */
final class TableComparison {
  private TableComparison() {}

  /** Asserts both folders hold the same tables with the same rows; returns how many tables. */
  static int assertSameTables(SparkSession spark, Path expected, Path actual) {
    TableDiff.Result r = TableDiff.compare(spark, expected, actual);
    assertEquals(List.of(), r.differences(), "tables of " + actual + " against " + expected);
    assertTrue(r.compared().size() >= 3, "tables compared: " + r.compared());
    return r.compared().size();
  }
}
