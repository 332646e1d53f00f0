package org.wirescope.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.wirescope.extract.ExtractJob;
import org.wirescope.tables.Lineage;
import org.wirescope.tables.TableStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code wirescope extract}: person mentions and quotations with their speakers. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Find person mentions and direct quotations with their speakers in OUT/articles "
          + "(duplicates skipped) and write OUT/mentions, OUT/quotes and OUT/persons.",
      "Offsets are into the article text: title, lead and body joined by blank lines. Quotes "
          + "without a defensible speaker are kept with a null speaker.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  wirescope extract --output out",
      "  wirescope extract --output out --persons text"
    })
public final class ExtractCommand implements Callable<Integer> {
  @Mixin OutputOption out;
  @Mixin ExtractOptions extract;

  @Override
  public Integer call() throws Exception {
    SparkSession spark = Sessions.get("extract");
    TableStore store = new TableStore(spark, out.output);
    Outputs.writing(
        store,
        "extract",
        Outputs.writes(java.util.List.of(Lineage.Stage.EXTRACT)),
        java.util.List.of(),
        () ->
            ExtractJob.run(
                spark, store, extract.persons, extract.names, !extract.noCorpusEvidence));
    System.out.println("mentions, quotes, persons: " + store.root());
    return 0;
  }
}
