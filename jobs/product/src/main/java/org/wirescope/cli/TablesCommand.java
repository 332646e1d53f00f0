package org.wirescope.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.wirescope.tables.TableStore;
import org.wirescope.tables.TableViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code wirescope tables}: what an output folder holds. */
@Command(
    name = "tables",
    mixinStandardHelpOptions = true,
    description = {"List the tables in OUT with their row counts and columns.", ""},
    footer = {"", "Example:", "  wirescope tables --output out/sample"})
public final class TablesCommand implements Callable<Integer> {
  @Mixin OutputOption out;

  @Override
  public Integer call() {
    SparkSession spark = Sessions.get("tables");
    TableStore store = new TableStore(spark, out.output);
    store.recoverIfIdle();
    java.util.Map<String, TableStore.Marker> markers = store.markers();
    java.util.Map<String, String> stale = store.stale();
    if (!stale.isEmpty()) {
      System.out.printf(
          "WARNING: %d of these tables no longer describe the others (marked STALE below); rerun the "
              + "stages that write them (pipeline --from <stage>)%n%n",
          stale.size());
    }
    for (String name : TableViews.register(spark, store)) {
      long rows = spark.table(name).count();
      TableStore.Marker m = markers.get(name);
      System.out.printf(
          "%s (%,d rows)%s%s%n",
          name,
          rows,
          m == null ? "" : "  run " + m.runId() + ", " + m.writtenAt(),
          stale.containsKey(name) ? "  STALE: " + stale.get(name) : "");
      for (StructField f : spark.table(name).schema().fields()) {
        System.out.printf("  %-22s %s%n", f.name(), f.dataType().simpleString());
      }
    }
    return 0;
  }
}
