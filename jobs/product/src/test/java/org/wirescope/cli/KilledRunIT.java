package org.wirescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.SparkTestSession;
import org.wirescope.tables.TableStore;
import org.wirescope.tables.Tables;

/**
 * A run killed with SIGKILL at any point leaves every table readable: the previous complete version
 * or the new one, never a mix, and the next run takes over the dead run's lock.
 *
 * <p>Version A is the sample's pipeline (a copy of the run this JVM's tests share); version B the
 * pipeline on the sample's TASS pages alone, so every table differs in size between them. A copy of
 * A is overwritten by B in a real jobs/bin/wirescope process that is killed after a growing delay;
 * each table must then hold A's rows under A's marker or B's rows under B's. Runs after `package`
 * (it needs the jar).
 */
@Tag("packaged")
@Tag("e2e")
class KilledRunIT {
  static final Path REPO =
      Path.of(System.getProperty("wirescope.repo", "../..")).toAbsolutePath().normalize();
  @TempDir static Path tmp;

  /** Row count and run id of every table in a folder (opening it through `tables` first). */
  static Map<String, String> versions(Path out) {
    CliRunner.Run run = CliRunner.run("tables", "--output", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    TableStore store = new TableStore(SparkTestSession.get(), out.toString());
    Map<String, String> v = new LinkedHashMap<>();
    store
        .markers()
        .forEach(
            (table, marker) ->
                v.put(
                    table, marker.runId() + ":" + store.read(table, Tables.schema(table)).count()));
    return v;
  }

  /** The run id in a table's marker, or "" while there is none to read. */
  static String markerRun(Path table) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(table.resolve(TableStore.MARKER).toFile())
          .path("run_id")
          .asText("");
    } catch (IOException e) {
      return "";
    }
  }

  static Map<String, Long> counts(Map<String, String> versions) {
    Map<String, Long> c = new LinkedHashMap<>();
    versions.forEach((t, v) -> c.put(t, Long.parseLong(v.substring(v.indexOf(':') + 1))));
    return c;
  }

  @Test
  void aKilledRunLeavesEveryTableWholeAndTheNextRunTakesOver() throws Exception {
    Path sample = Path.of(System.getProperty("wirescope.sample"));
    Path a = SharedOutputs.copy(SharedOutputs.samplePipeline());
    Path b = tmp.resolve("b");
    String[] inputB = {"--input", sample.resolve("tass").toString()};
    assertEquals(
        0, CliRunner.run("pipeline", inputB[0], inputB[1], "--output", b.toString()).exitCode());
    Map<String, String> versionA = versions(a);
    Map<String, Long> countA = counts(versionA);
    Map<String, Long> countB = counts(versions(b));
    assertEquals(Tables.all().keySet(), versionA.keySet());
    assertTrue(
        countA.get("articles") > countB.get("articles"),
        "A and B differ: " + countA + " " + countB);

    TreeSet<String> seenStates = new TreeSet<>();
    // Kill right after a table is published (then the next table is being written), at points
    // spread over the run: early in the stages, in the middle, and between the stages and the
    // report. (A fourth point, after person_pairs, cost 35 s of every CI run and only repeated the
    // middle one.)
    String[][] killPoints = {{"articles", "0"}, {"topic_trends", "5"}, {"voice_share", "0"}};
    for (int k = 0; k < killPoints.length; k++) {
      String after = killPoints[k][0];
      long pauseMillis = Long.parseLong(killPoints[k][1]);
      Path out = tmp.resolve("killed-" + k);
      SharedOutputs.copyTree(a, out);
      String runA = versionA.get(after).split(":")[0];
      Path log = tmp.resolve("killed-" + k + ".log");
      ProcessBuilder pb =
          new ProcessBuilder(
                  REPO.resolve("jobs/bin/wirescope").toString(),
                  "pipeline",
                  inputB[0],
                  inputB[1],
                  "--output",
                  out.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      // No class-data archive to write at exit: the launcher then execs the JVM, which is what gets
      // killed.
      pb.environment().put("WIRESCOPE_CDS", "0");
      Process p = pb.start();
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (p.isAlive()
          && System.nanoTime() < deadline
          && runA.equals(markerRun(out.resolve(after)))) {
        Thread.sleep(5);
      }
      Thread.sleep(pauseMillis);
      boolean finished = !p.isAlive();
      // jobs/bin/wirescope execs java, so this is the JVM itself: SIGKILL, no shutdown hooks.
      p.destroyForcibly().waitFor();
      Map<String, String> now = versions(out);
      assertEquals(
          versionA.keySet(),
          now.keySet(),
          "every table is still there after a kill after " + after);
      int fromB = 0;
      for (Map.Entry<String, String> t : now.entrySet()) {
        String table = t.getKey();
        String run = t.getValue().substring(0, t.getValue().indexOf(':'));
        long rows = counts(now).get(table);
        boolean isA = t.getValue().equals(versionA.get(table));
        boolean isB = !run.equals(versionA.get(table).split(":")[0]) && rows == countB.get(table);
        assertTrue(
            isA || isB,
            table
                + " after a kill after "
                + after
                + " is neither A "
                + versionA.get(table)
                + " nor B ("
                + countB.get(table)
                + " rows): "
                + t.getValue());
        fromB += isB ? 1 : 0;
      }
      seenStates.add(fromB == 0 ? "all A" : fromB == now.size() ? "all B" : "some B");
      System.out.printf(
          "killed %d ms after %s was published%s: %d of %d tables already B%n",
          pauseMillis, after, finished ? " (the run had finished)" : "", fromB, now.size());

      if (k == killPoints.length - 2) {
        // The next run takes over the dead run's lock and finishes the job.
        CliRunner.Run next =
            CliRunner.run("pipeline", inputB[0], inputB[1], "--output", out.toString());
        assertEquals(0, next.exitCode(), next.err());
        assertTrue(next.err().isEmpty() || !next.err().contains("in use by"), next.err());
        assertEquals(countB, counts(versions(out)));
      }
    }
    assertTrue(
        seenStates.contains("some B"), "some kill landed in the middle of the run: " + seenStates);
  }
}
