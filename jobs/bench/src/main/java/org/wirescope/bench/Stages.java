package org.wirescope.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options the evaluation commands share for running Wirescope's stages (a picocli mixin): which
 * local runner, and which extra extract options.
 */
final class Stages {
  @Option(
      names = "--launcher",
      defaultValue = "jobs/bin/wirescope",
      paramLabel = "FILE",
      description = "The local runner the stages run through (default ${DEFAULT-VALUE}).")
  Path launcher;

  /** {@code LAUNCHER COMMAND ARGS...}: a command line for one stage. */
  List<String> command(String stage, List<String> args) {
    return Child.launcher(launcher, stage, args);
  }

  /** {@code ingest --input INPUT --format FORMAT --output TABLES}. */
  List<String> ingest(Path input, String format, String tables) {
    return command(
        "ingest", List.of("--input", input.toString(), "--format", format, "--output", tables));
  }

  /** Extract's extra options, where a command takes them ({@link ExtractArgs}). */
  static final class ExtractArgs {
    @Option(
        names = "--extract-args",
        defaultValue = "",
        paramLabel = "OPTIONS",
        description = "More extract options, one string split at blanks (jobs/bin's EXTRACT_ARGS).")
    String words;

    /** Extract's arguments: {@code --output TABLES}, then {@code fixed}, then these options. */
    List<String> extract(String tables, String... fixed) {
      List<String> args = new ArrayList<>(List.of("--output", tables));
      args.addAll(List.of(fixed));
      args.addAll(Child.words(words));
      return args;
    }
  }
}
