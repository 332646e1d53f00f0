package org.wirescope.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.wirescope.tables.Manifest;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code wirescope} command line. Each subcommand is one stage or one way of reading the
 * output. Jobs never set a Spark master: {@code jobs/bin/wirescope} runs them on local[*], and
 * {@code spark-submit} on a cluster.
 */
@Command(name = "wirescope",
    mixinStandardHelpOptions = true,
    versionProvider = Wirescope.Version.class,
    description = {"Batch analytics for news-wire corpora on Apache Spark.",
        "Ingest raw articles to Parquet, then run the analysis stages on them.", ""},
    subcommands = {IngestCommand.class, ExtractCommand.class, TopicsCommand.class, CooccurrenceCommand.class,
        QuotesCommand.class,
        PipelineCommand.class, ReportCommand.class,
        SqlCommand.class, TablesCommand.class, ExportCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Run 'wirescope <command> --help' for a command's options.",
        "Locally: jobs/bin/wirescope <command> ...   On a cluster: spark-submit --class "
            + "org.wirescope.cli.Wirescope wirescope-jobs-<version>.jar <command> ..."})
public final class Wirescope implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(System.err);
    return 2;
  }

  public static void main(String[] args) {
    int code = commandLine().execute(args);
    SparkSession.getActiveSession().foreach(s -> {
      s.stop();
      return null;
    });
    System.exit(code);
  }

  /** The configured command line; tests call {@code execute} on it and check the exit code. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Wirescope());
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("wirescope " + line.getCommandName() + ": error: " + Errors.oneLine(e));
      if (Boolean.getBoolean("wirescope.debug")) {
        e.printStackTrace(line.getErr());
      }
      return 1;
    });
    return cl;
  }

  /** Version from the jar's build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"wirescope " + Manifest.wirescopeVersion()};
    }
  }
}
