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
@Command(
    name = "wirescope",
    mixinStandardHelpOptions = true,
    versionProvider = Wirescope.Version.class,
    description = {
      "Batch analytics for news-wire corpora on Apache Spark.",
      "Ingest raw articles to Parquet, then run the analysis stages on them.",
      ""
    },
    subcommands = {
      IngestCommand.class,
      ExtractCommand.class,
      TopicsCommand.class,
      CooccurrenceCommand.class,
      QuotesCommand.class,
      PipelineCommand.class,
      ReportCommand.class,
      SqlCommand.class,
      TablesCommand.class,
      ExportCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Run 'wirescope <command> --help' for a command's options.",
      "Exit codes: 0 done, 1 the run failed, 2 a usage error (bad option or value).",
      "--debug (or WIRESCOPE_DEBUG=1) prints the stack trace of a failure.",
      "Locally: jobs/bin/wirescope <command> ...   On a cluster: spark-submit --class "
          + "org.wirescope.cli.Wirescope wirescope-jobs-<version>.jar <command> ..."
    })
public final class Wirescope implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Every command takes it: a failure prints its stack trace as well as its one-line reason. */
  @CommandLine.Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "On failure, print the stack trace too (also WIRESCOPE_DEBUG=1).")
  boolean debug;

  @Override
  public Integer call() {
    spec.commandLine().usage(System.err);
    return 2;
  }

  public static void main(String[] args) {
    int code = commandLine().execute(args);
    SparkSession.getActiveSession()
        .foreach(
            s -> {
              s.stop();
              return null;
            });
    System.exit(code);
  }

  /** The configured command line; tests call {@code execute} on it and check the exit code. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Wirescope());
    cl.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          boolean debug = debug(parsed);
          line.getErr()
              .println(
                  "wirescope "
                      + line.getCommandName()
                      + ": error: "
                      + Errors.oneLine(e)
                      + (debug ? "" : "  (--debug shows the stack trace)"));
          if (debug) {
            e.printStackTrace(line.getErr());
          }
          return EXIT_FAILED;
        });
    cl.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine line = e.getCommandLine();
          java.io.PrintWriter err = line.getErr();
          err.println("wirescope " + line.getCommandName() + ": usage error: " + Errors.oneLine(e));
          CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
          if (debug(line.getParseResult())) {
            e.printStackTrace(err);
          }
          err.println(
              "Run 'wirescope "
                  + (line.getParent() == null ? "" : line.getCommandName() + " ")
                  + "--help' for the options.");
          return EXIT_USAGE;
        });
    return cl;
  }

  /** Exit code of a run that failed. */
  public static final int EXIT_FAILED = 1;

  /** Exit code of a usage error: a bad option, value or combination, found before any work. */
  public static final int EXIT_USAGE = 2;

  /** --debug on any command of the line, -Dwirescope.debug=true, or WIRESCOPE_DEBUG=1. */
  static boolean debug(CommandLine.ParseResult parsed) {
    if (Boolean.getBoolean("wirescope.debug")
        || "1".equals(System.getenv("WIRESCOPE_DEBUG"))
        || "true".equalsIgnoreCase(System.getenv("WIRESCOPE_DEBUG"))) {
      return true;
    }
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Version from the jar's build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"wirescope " + Manifest.wirescopeVersion()};
    }
  }
}
