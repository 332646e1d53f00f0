package org.wirescope.bench;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.wirescope.cli.Sessions;
import org.wirescope.tables.TableDiff;

/**
 * {@code SameTables EXPECTED ACTUAL [NAME] [EXPECTED ACTUAL NAME ...]}: whether pairs of output
 * folders hold the same tables, row for row ({@link TableDiff}), in one Spark session. Prints one
 * line per folder pair and each difference; exits 1 when a pair differs (or holds no table). {@link
 * CompareRevisions} (jobs/bin/same-tables) runs it over the outputs of two revisions.
 */
public final class SameTables {
  private SameTables() {}

  public static void main(String[] args) {
    if (args.length < 2 || (args.length > 3 && args.length % 3 != 0)) {
      System.err.println(
          "usage: SameTables EXPECTED_OUTPUT ACTUAL_OUTPUT [NAME] [EXPECTED_OUTPUT ACTUAL_OUTPUT NAME ...]");
      System.exit(2);
    }
    SparkSession spark = Sessions.get("same-tables");
    boolean same = true;
    for (int i = 0; i < args.length; i += 3) {
      String name = i + 2 < args.length ? args[i + 2] : args[i + 1];
      TableDiff.Result r = TableDiff.compare(spark, Path.of(args[i]), Path.of(args[i + 1]));
      System.out.printf(
          "%-12s %s: %d tables compared%s%n",
          name,
          r.same() ? "same" : "DIFFERENT",
          r.compared().size(),
          r.same() ? "" : ", " + r.differences().size() + " differences");
      r.differences().forEach(d -> System.out.println("  " + d));
      same &= r.same() && !r.compared().isEmpty();
    }
    spark.stop();
    System.exit(same ? 0 : 1);
  }
}
