package org.wirescope.bench;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.wirescope.cli.Sessions;
import org.wirescope.tables.TableDiff;

/**
 * {@code SameTables EXPECTED ACTUAL [NAME]}: whether two output folders hold the same tables, row
 * for row ({@link TableDiff}). Prints one line per folder pair and each difference; exits 1 when
 * they differ. {@code jobs/bin/same-tables} runs it over the outputs of two revisions.
 */
public final class SameTables {
  private SameTables() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: SameTables EXPECTED_OUTPUT ACTUAL_OUTPUT [NAME]");
      System.exit(2);
    }
    String name = args.length > 2 ? args[2] : args[1];
    SparkSession spark = Sessions.get("same-tables");
    TableDiff.Result r = TableDiff.compare(spark, Path.of(args[0]), Path.of(args[1]));
    spark.stop();
    System.out.printf("%-12s %s: %d tables compared%s%n", name, r.same() ? "same" : "DIFFERENT",
        r.compared().size(), r.same() ? "" : ", " + r.differences().size() + " differences");
    r.differences().forEach(d -> System.out.println("  " + d));
    System.exit(r.same() && !r.compared().isEmpty() ? 0 : 1);
  }
}
