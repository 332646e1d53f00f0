package org.wirescope.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.wirescope.report.Report;
import org.wirescope.report.Summary;
import org.wirescope.tables.Lineage;
import org.wirescope.tables.TableStore;
import org.wirescope.tables.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wirescope report}: one self-contained HTML page of an output folder's findings. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write OUT/report/index.html: the corpus, the person network, the trends of the most covered",
      "topics with their bursts, the discovered topics, the top quotes and speakers, voice share and the",
      "rejects, as one page with inline SVG charts that fetches nothing from the network (it can be",
      "emailed). Reads whichever tables OUT holds.",
      ""
    },
    footer = {"", "Example:", "  wirescope report --output out/sample"})
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOption out;

  @Mixin ReportOptions options;

  @Override
  public Integer call() throws Exception {
    int top = Usage.check(spec, options::top);
    SparkSession spark = Sessions.get("report");
    TableStore store = new TableStore(spark, out.output);
    // Checked before taking the folder: a folder without tables gets no lock nor marker.
    if (Tables.all().keySet().stream().noneMatch(store::exists)) {
      throw new IllegalArgumentException(
          "no Wirescope tables under "
              + store.root()
              + ": run 'wirescope pipeline --output "
              + out.output
              + "' first");
    }
    Outputs.writing(
        store,
        "report",
        List.of(Lineage.REPORT),
        List.of(),
        () -> Report.write(store, Summary.read(store, top)));
    System.out.println("report: " + store.shown() + "/" + Report.FOLDER + "/" + Report.PAGE);
    return 0;
  }
}
