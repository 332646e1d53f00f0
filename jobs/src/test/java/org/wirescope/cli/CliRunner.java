package org.wirescope.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.wirescope.SparkTestSession;
import picocli.CommandLine;

/** Runs the real command line in the test JVM (on the shared session) and keeps what it printed. */
public final class CliRunner {
  /** Exit code and standard error of one run. */
  public record Run(int exitCode, String err) {}

  private CliRunner() {}

  public static Run run(String... args) {
    SparkTestSession.get();
    CommandLine cl = Wirescope.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, err.toString());
  }
}
