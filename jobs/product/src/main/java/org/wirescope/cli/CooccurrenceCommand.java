package org.wirescope.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.wirescope.persons.CooccurrenceJob;
import org.wirescope.tables.Lineage;
import org.wirescope.tables.TableStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wirescope cooccurrence}: person pairs, measures, network, groups and exports. */
@Command(
    name = "cooccurrence",
    mixinStandardHelpOptions = true,
    description = {
      "Who appears with whom: reads OUT/mentions and OUT/articles (duplicates skipped) and "
          + "writes person_pairs (counts, first/last seen, pmi, npmi, jaccard, llr, example articles), "
          + "person_pairs_by_period, person_network (degree, pagerank, community), person_groups "
          + "(closed groups of 3 to --max-group-size persons, ranked and capped), exports/person_network.gexf (Gephi) "
          + "and exports/person_pairs.csv.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  wirescope cooccurrence --output out --grain month --time-zone Europe/Moscow"
    })
public final class CooccurrenceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOption out;
  @Mixin PeriodOptions periods;
  @Mixin CooccurrenceOptions options;

  @Override
  public Integer call() throws Exception {
    CooccurrenceJob.Settings settings = Usage.check(spec, () -> options.settings(periods));
    SparkSession spark = Sessions.get("cooccurrence");
    TableStore store = new TableStore(spark, out.output);
    Outputs.writing(
        store,
        "cooccurrence",
        Outputs.writes(List.of(Lineage.Stage.COOCCURRENCE)),
        List.of(),
        () -> CooccurrenceJob.run(spark, store, settings));
    System.out.println(
        "person_pairs, person_network, exports/person_network.gexf: " + store.root());
    return 0;
  }
}
