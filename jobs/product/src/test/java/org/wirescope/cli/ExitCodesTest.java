package org.wirescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit 2 for every usage error, whichever command makes it, before any work; exit 1 for a run that
 * failed, with one line of reason and the stack trace only under --debug.
 */
class ExitCodesTest {
  @TempDir Path out;

  private void usageError(String expected, String... args) {
    CliRunner.Run run = CliRunner.run(args);
    assertEquals(2, run.exitCode(), String.join(" ", args) + ":\n" + run.err());
    assertTrue(run.err().contains(expected), String.join(" ", args) + ":\n" + run.err());
    assertTrue(run.err().contains("usage error"), run.err());
    assertTrue(run.err().contains("--help"), "points at the help: " + run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace without --debug: " + run.err());
  }

  @Test
  void theSameBadGrainIsExit2InEveryStage() {
    for (String stage : new String[] {"topics", "quotes", "cooccurrence", "pipeline"}) {
      usageError("unknown grain 'year'", stage, "--output", out.toString(), "--grain", "year");
    }
  }

  @Test
  void theSameBadZoneIsExit2InEveryStage() {
    for (String stage : new String[] {"topics", "quotes", "cooccurrence", "pipeline"}) {
      usageError(
          "unknown time zone 'Mars/Olympus'",
          stage,
          "--output",
          out.toString(),
          "--time-zone",
          "Mars/Olympus");
    }
    usageError(
        "unknown time zone 'Moscow'",
        "ingest",
        "--input",
        out.toString(),
        "--output",
        out.toString(),
        "--source-time-zone",
        "Moscow");
  }

  @Test
  void badValuesAndCombinationsAreExit2() {
    usageError(
        "unknown format 'docx'",
        "ingest",
        "--input",
        "x",
        "--format",
        "docx",
        "--output",
        out.toString());
    usageError(
        "--max-reject-fraction",
        "ingest",
        "--input",
        "x",
        "--max-reject-fraction",
        "2",
        "--output",
        out.toString());
    usageError(
        "--window must be article or sentence",
        "cooccurrence",
        "--output",
        out.toString(),
        "--window",
        "page");
    usageError(
        "--top-quotes must be at least 1",
        "quotes",
        "--output",
        out.toString(),
        "--top-quotes",
        "0");
    usageError(
        "--report-top must be at least 1",
        "report",
        "--output",
        out.toString(),
        "--report-top",
        "0");
    usageError(
        "--discover must be auto, on, 0 (off) or a K of at least 2",
        "pipeline",
        "--output",
        out.toString(),
        "--discover",
        "-1");
    usageError(
        "--stages or --from",
        "pipeline",
        "--output",
        out.toString(),
        "--stages",
        "topics",
        "--from",
        "quotes");
    usageError(
        "--format must be table, csv or json",
        "sql",
        "--output",
        out.toString(),
        "--format",
        "xml",
        "SELECT 1");
    usageError("Unknown option", "pipeline", "--output", out.toString(), "--no-such-option");
    usageError("Missing required option", "tables");
  }

  @Test
  void badPipelineValuesStopBeforeAnyWork() throws Exception {
    usageError(
        "--discover must be auto, on, 0 (off) or a K of at least 2",
        "pipeline",
        "--output",
        out.toString(),
        "--discover",
        "-3");
    usageError(
        "--min-burst-articles must be auto or a count of at least 0",
        "pipeline",
        "--output",
        out.toString(),
        "--min-burst-articles",
        "few");
    usageError(
        "--discover-range must be MIN-MAX",
        "pipeline",
        "--output",
        out.toString(),
        "--discover-range",
        "a-b");
    try (var left = Files.list(out)) {
      assertEquals(0, left.count(), "nothing written");
    }
  }

  @Test
  void aFailedRunIsExit1WithOneLineAndDebugAddsTheStackTrace() {
    String[] args = {
      "ingest", "--input", out.resolve("nope").toString(), "--output", out.toString()
    };
    CliRunner.Run run = CliRunner.run(args);
    assertEquals(1, run.exitCode());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("input not found") && run.err().contains("--debug"), run.err());

    CliRunner.Run debug =
        CliRunner.run(
            "ingest",
            "--debug",
            "--input",
            out.resolve("nope").toString(),
            "--output",
            out.toString());
    assertEquals(1, debug.exitCode());
    assertTrue(
        debug.err().contains("\tat org.wirescope."), "stack trace under --debug: " + debug.err());
  }

  @Test
  void helpMentionsDebugAndExitCodes() {
    String help = Wirescope.commandLine().getUsageMessage();
    assertTrue(help.contains("--debug") && help.contains("Exit codes"), help);
    for (var sub : Wirescope.commandLine().getSubcommands().values()) {
      if (!sub.getCommandName().equals("help")) {
        assertTrue(
            sub.getUsageMessage().contains("--debug"),
            "every command takes --debug: " + sub.getCommandName());
      }
    }
  }
}
