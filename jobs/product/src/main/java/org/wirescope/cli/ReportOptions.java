package org.wirescope.cli;

import picocli.CommandLine.Option;

/** The options of the report stage; {@code pipeline} carries the same ones. */
public final class ReportOptions {
  @Option(
      names = "--report-top",
      defaultValue = "10",
      paramLabel = "N",
      description =
          "Rows per list in the report: pairs, rising topics, speakers, quotes, discovered topics "
              + "(at most 30) and fine topics per discovered one (at most 8) (default: ${DEFAULT-VALUE}).")
  public int top = 10;

  /** The checked number of rows per list. */
  public int top() {
    if (top < 1) {
      throw new IllegalArgumentException("--report-top must be at least 1, not " + top);
    }
    return top;
  }
}
