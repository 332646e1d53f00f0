package org.wirescope.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.wirescope.tables.TableStore;
import org.wirescope.tables.TableViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code wirescope tables}: what an output folder holds. */
@Command(name = "tables", mixinStandardHelpOptions = true,
    description = {"List the tables in OUT with their row counts and columns.", ""},
    footer = {"", "Example:", "  wirescope tables --output out/sample"})
public final class TablesCommand implements Callable<Integer> {
  @Mixin OutputOption out;

  @Override
  public Integer call() {
    SparkSession spark = Sessions.get("tables");
    for (String name : TableViews.register(spark, new TableStore(spark, out.output))) {
      long rows = spark.table(name).count();
      System.out.printf("%s (%,d rows)%n", name, rows);
      for (StructField f : spark.table(name).schema().fields()) {
        System.out.printf("  %-22s %s%n", f.name(), f.dataType().simpleString());
      }
    }
    return 0;
  }
}
