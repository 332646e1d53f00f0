package org.wirescope.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.when;

import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wirescope.cli.Sessions;
import org.wirescope.tables.Articles;
import org.wirescope.tables.FileExport;
import org.wirescope.tables.Quotes;
import org.wirescope.tables.TableStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The quotes of a Wirescope output folder as the shared quote scorer
 * ({@code ../shared/eval/score_quotes.py}) reads them: every column of {@code quotes}, plus
 * {@code doc} (the source file name without extension, plus {@code #record} for multi-record
 * files) and {@code quote} (the quote's text), ordered by doc and position. Only the evaluation
 * needs those two columns, so they live here and not in {@code wirescope export}.
 */
@Command(name = "ScorerExport", mixinStandardHelpOptions = true,
    description = "Write OUT's quotes as the shared quote scorer's JSON Lines.")
public final class ScorerExport implements Callable<Integer> {
  @Option(names = "--output", required = true, paramLabel = "OUT", description = "A Wirescope output folder.")
  String output;

  @Option(names = "--to", required = true, paramLabel = "FILE", description = "The JSON Lines file to write.")
  String to;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ScorerExport()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    SparkSession spark = Sessions.get("scorer-export");
    TableStore store = new TableStore(spark, output);
    Dataset<Row> quotes = withScorerFields(store.read(Quotes.NAME, Quotes.SCHEMA),
        store.read(Articles.NAME, Articles.SCHEMA));
    FileExport.write(store, quotes, "jsonl", new Path(to));
    System.out.printf("quotes for the scorer written to %s%n", to);
    return 0;
  }

  /** Adds doc and quote, as the shared quote scorer reads them, to {@code quotes}. */
  static Dataset<Row> withScorerFields(Dataset<Row> quotes, Dataset<Row> articles) {
    Column name = regexp_extract(col(Articles.SOURCE_FILE), "([^/]+?)(\\.[A-Za-z0-9]+)*$", 1);
    Column doc = when(col(Articles.SOURCE_RECORD).isNull(), name)
        .otherwise(concat(name, lit("#"), col(Articles.SOURCE_RECORD)));
    Dataset<Row> docs = articles.select(col(Articles.ARTICLE_ID).as("_aid"), doc.as("doc"));
    return quotes.join(docs, quotes.col(Quotes.ARTICLE_ID).equalTo(docs.col("_aid")), "left")
        .drop("_aid")
        .withColumn("quote", col(Quotes.QUOTE_TEXT))
        .orderBy(col("doc"), col(Quotes.CHAR_START));
  }
}
