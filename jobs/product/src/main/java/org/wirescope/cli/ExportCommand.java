package org.wirescope.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wirescope.tables.FileExport;
import org.wirescope.tables.Lineage;
import org.wirescope.tables.TableStore;
import org.wirescope.tables.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirescope export}: any table as one JSONL or CSV file. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write one output table as a single JSON Lines or CSV file.",
      "CSV joins list columns with '; ' and writes times as ISO-8601 UTC.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  wirescope export --output out --table quotes --format jsonl --to quotes.jsonl",
      "  wirescope export --output out --table persons --format csv"
    })
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOption out;

  @Option(
      names = "--table",
      required = true,
      paramLabel = "TABLE",
      description = "Table to export: articles, rejects, mentions, quotes, persons, ...")
  String table;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      paramLabel = "FORMAT",
      description = "jsonl or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--to",
      paramLabel = "FILE",
      description = "File to write (default: OUT/exports/TABLE.jsonl or .csv).")
  String to;

  @Override
  public Integer call() throws Exception {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("jsonl") && !fmt.equals("csv")) {
      throw Usage.error(spec, "--format must be jsonl or csv, not '" + format + "'");
    }
    SparkSession spark = Sessions.get("export");
    TableStore store = new TableStore(spark, out.output);
    Usage.check(spec, () -> Tables.schema(table));
    Path target = to != null ? new Path(to) : new Path(store.table("exports"), table + "." + fmt);
    // Export stages its file under OUT/_staging, so it holds the folder like any writer.
    Outputs.writing(
        store,
        "export",
        to == null ? List.of(Lineage.EXPORTS) : List.of(),
        List.of(),
        () -> {
          Dataset<Row> data = store.read(table, Tables.schema(table));
          FileExport.write(store, fmt.equals("csv") ? FileExport.forCsv(data) : data, fmt, target);
          return null;
        });
    System.out.printf("%s written to %s%n", table, target);
    return 0;
  }
}
