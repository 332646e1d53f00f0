package org.wirescope.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wirescope.tables.TableStore;
import org.wirescope.tables.TableViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirescope sql}: Spark SQL over the output tables. */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Run Spark SQL over the tables in OUT: each table is a view with its own name "
          + "(articles, persons, person_pairs, ...). Without a query, read queries from standard input, "
          + "one per ';'.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  wirescope sql --output out \"SELECT person_a, person_b, articles, npmi FROM person_pairs ORDER BY npmi DESC LIMIT 10\"",
      "  wirescope sql --output out --format csv \"SELECT * FROM persons\" > persons.csv"
    })
public final class SqlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOption out;

  @Parameters(
      arity = "0..1",
      paramLabel = "QUERY",
      description = "The SQL query; omit it for interactive mode.")
  String query;

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "table (aligned columns), csv or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--limit",
      defaultValue = "100",
      paramLabel = "N",
      description =
          "Rows to print in table format (default: ${DEFAULT-VALUE}); csv and json print all.")
  int limit;

  @Override
  public Integer call() throws IOException {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!List.of("table", "csv", "json").contains(fmt)) {
      throw Usage.error(spec, "--format must be table, csv or json, not '" + format + "'");
    }
    SparkSession spark = Sessions.get("sql");
    TableStore store = new TableStore(spark, out.output);
    Outputs.reading(store, "sql");
    List<String> views = TableViews.register(spark, store);
    if (query != null) {
      print(spark.sql(query), fmt);
      return 0;
    }
    System.err.println(
        "tables: " + String.join(", ", views) + "\nend each query with ';', quit with Ctrl-D");
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    StringBuilder q = new StringBuilder();
    String line;
    System.err.print("sql> ");
    while ((line = in.readLine()) != null) {
      q.append(line).append('\n');
      if (line.strip().endsWith(";")) {
        String sql = q.toString().strip();
        q.setLength(0);
        try {
          print(spark.sql(sql.substring(0, sql.length() - 1)), fmt);
        } catch (RuntimeException e) {
          System.err.println("error: " + Errors.oneLine(e));
        }
        System.err.print("sql> ");
      }
    }
    return 0;
  }

  private void print(Dataset<Row> result, String fmt) {
    switch (fmt) {
      case "csv" -> {
        System.out.println(String.join(",", result.columns()));
        for (java.util.Iterator<Row> it = result.toLocalIterator(); it.hasNext(); ) {
          Row r = it.next();
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < r.size(); i++) {
            if (i > 0) {
              b.append(',');
            }
            b.append(csv(r.isNullAt(i) ? "" : cell(r.get(i))));
          }
          System.out.println(b);
        }
      }
      case "json" -> result.toJSON().toLocalIterator().forEachRemaining(System.out::println);
      default -> result.show(limit, 60);
    }
  }

  /** A value as a spreadsheet cell: lists joined with "; " (as the CSV copies write them). */
  static String cell(Object v) {
    if (v instanceof scala.collection.Iterable<?> seq) {
      StringBuilder b = new StringBuilder();
      seq.foreach(
          x -> {
            b.append(b.isEmpty() ? "" : "; ").append(x == null ? "" : cell(x));
            return null;
          });
      return b.toString();
    }
    return String.valueOf(v);
  }

  static String csv(String v) {
    return v.contains(",") || v.contains("\"") || v.contains("\n")
        ? "\"" + v.replace("\"", "\"\"") + "\""
        : v;
  }
}
