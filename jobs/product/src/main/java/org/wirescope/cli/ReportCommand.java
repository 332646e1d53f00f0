package org.wirescope.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.wirescope.report.Report;
import org.wirescope.report.Summary;
import org.wirescope.tables.TableStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code wirescope report}: one self-contained HTML page of an output folder's findings. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write OUT/report/index.html: the corpus, the person network, topic trends with bursts, the",
        "top quotes and speakers, voice share and the rejects, as one page with inline SVG charts that",
        "fetches nothing from the network (it can be emailed). Reads whichever tables OUT holds.", ""},
    footer = {"", "Example:", "  wirescope report --output out/sample"})
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOption out;

  @Option(names = "--top", defaultValue = "10", paramLabel = "N",
      description = "Rows per list: pairs, rising topics, speakers, quotes (default: ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() throws Exception {
    if (top < 1) {
      throw Usage.error(spec, "--top must be at least 1, not " + top);
    }
    SparkSession spark = Sessions.get("report");
    TableStore store = new TableStore(spark, out.output);
    // Checked before taking the folder: a folder without tables gets no lock nor marker.
    if (org.wirescope.tables.Tables.all().keySet().stream().noneMatch(store::exists)) {
      throw new IllegalArgumentException("no Wirescope tables under " + store.root()
          + ": run 'wirescope pipeline --output " + out.output + "' first");
    }
    Outputs.writing(store, "report", java.util.List.of(org.wirescope.tables.Lineage.REPORT), java.util.List.of(),
        () -> Report.write(store, Summary.read(store, top)));
    System.out.println("report: " + store.shown() + "/" + Report.FOLDER + "/" + Report.PAGE);
    return 0;
  }
}
