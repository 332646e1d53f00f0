package org.wirescope.cli;

import picocli.CommandLine.Option;

/** {@code --output}: the folder every command reads its tables from and writes them to. */
public final class OutputOption {
  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "Output folder holding the tables (local path, hdfs:// or s3a://).")
  public String output;
}
