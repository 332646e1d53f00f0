package org.wirescope.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.Corpora;
import org.wirescope.SparkTestSession;

/**
 * The scale-out promise, tested against a real standalone Spark cluster on 127.0.0.1 (two workers,
 * started by jobs/bin/cluster) with the real launcher (jobs/bin/submit, i.e. SparkSubmit): a
 * cluster run that loses an executor in the middle gives the same tables as a local run, so the
 * cluster changes nothing and a crash costs time, not data. Runs after `package` (failsafe), since
 * it submits the jar.
 *
 * <p>One cluster run proves both: a cluster that changed any table would make that run differ from
 * the local one too, and so would a lost executor that lost data. The two runs also differ in how
 * Spark evaluates (generated code through spark-submit, interpreted expressions through
 * jobs/bin/wirescope's small-input path), in partitions and in executors, so their agreement stands
 * for any two runs agreeing.
 *
 * <p>The input is TASS and the first Reuters file (1,000 records) from the shared corpora. Without
 * them (a fresh clone) it is the bundled sample, so that every `mvn verify` submits to a real
 * cluster; with {@code WIRESCOPE_REQUIRE_CORPORA=1} (CI) missing corpora are an error, as
 * everywhere.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("cluster")
class ClusterIT {
  static final Path REPO =
      Path.of(System.getProperty("wirescope.repo", "../..")).toAbsolutePath().normalize();
  static final Path BIN = REPO.resolve("jobs/bin");
  @TempDir static Path tmp;
  static String master;
  static Path local;
  static String localLog;
  static final List<Long> startedPids = new ArrayList<>();

  /**
   * What the pipeline reads: the TASS files plus 1,000 Reuters records (the first SGML file) when
   * the shared corpora are there or required, else the bundled sample's two folders.
   */
  static List<String> input() {
    Path corpora =
        Path.of(System.getProperty("wirescope.corpora", "../shared/corpora"))
            .toAbsolutePath()
            .normalize();
    if ("1".equals(System.getenv("WIRESCOPE_REQUIRE_CORPORA")) || Files.isDirectory(corpora)) {
      return List.of(
          "--input",
          Corpora.path("tass").toString(),
          Corpora.path("reuters21578/reut2-000.sgm").toString(),
          "--default-year",
          "2017");
    }
    Path sample = Path.of(System.getProperty("wirescope.sample"));
    System.out.println(
        "ClusterIT: no shared corpora at " + corpora + "; the bundled sample is the input");
    return List.of(
        "--input", sample.resolve("tass").toString(), sample.resolve("feeds").toString());
  }

  /**
   * The pipeline on {@link #input}; topic discovery on although most articles carry tags, so the
   * discovered topics (fitted on the driver, scored on the executors) are compared too.
   */
  static List<String> pipelineArgs(Path out) {
    List<String> args = new ArrayList<>(List.of("pipeline"));
    args.addAll(input());
    args.addAll(List.of("--discover", "on", "--output", out.toString()));
    return args;
  }

  static Process start(List<String> command, Path log) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("WIRESCOPE_CLUSTER_DIR", tmp.resolve("cluster").toString());
    return pb.start();
  }

  static String run(List<String> command, Path log, long minutes) throws Exception {
    Process p = start(command, log);
    assertTrue(p.waitFor(minutes, TimeUnit.MINUTES), "timed out: " + command);
    String out = Files.readString(log);
    assertEquals(0, p.exitValue(), command + " failed:\n" + tail(out));
    return out;
  }

  static String tail(String s) {
    return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
  }

  static List<String> submit(String master, List<String> args) {
    List<String> c =
        new ArrayList<>(
            List.of(
                BIN.resolve("submit").toString(),
                "--master",
                master,
                "--conf",
                "spark.sql.shuffle.partitions=4",
                "--conf",
                "spark.default.parallelism=4"));
    c.addAll(args);
    return c;
  }

  /**
   * A port for the master whose web UI ports (jobs/bin/cluster uses port + 1000, + 1001, ...) are
   * free too. Not 7077: another build on this machine may be running its own cluster there, and a
   * master that finds its port taken quietly moves to the next one, where this test would not look.
   */
  static int freePort() throws IOException {
    for (int attempt = 0; attempt < 100; attempt++) {
      int port;
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
        port = s.getLocalPort();
      }
      if (port + 1002 <= 65535 && free(port + 1000) && free(port + 1001) && free(port + 1002)) {
        return port;
      }
    }
    throw new IOException("no free port with free web UI ports on 127.0.0.1");
  }

  static boolean free(int port) {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @BeforeAll
  static void startCluster() throws Exception {
    input();
    String out =
        run(
            List.of(
                BIN.resolve("cluster").toString(),
                "start",
                "--workers",
                "2",
                "--cores",
                "1",
                "--memory",
                "1g",
                "--port",
                String.valueOf(freePort())),
            tmp.resolve("cluster-start.log"),
            5);
    // The URL is the script's last line; a build it had to do first may leave terminal codes before
    // it.
    java.util.regex.Matcher url =
        java.util.regex.Pattern.compile("spark://127\\.0\\.0\\.1:\\d+").matcher(out);
    assertTrue(url.find(), out);
    master = url.group();
    for (String f : new String[] {"master.pid", "worker-1.pid", "worker-2.pid"}) {
      startedPids.add(Long.parseLong(Files.readString(tmp.resolve("cluster").resolve(f)).strip()));
    }
    // The local run to compare with: the local launcher, as a user runs it.
    local = tmp.resolve("local");
    List<String> command = new ArrayList<>(List.of(BIN.resolve("wirescope").toString()));
    command.addAll(pipelineArgs(local));
    long t = System.nanoTime();
    localLog = run(command, tmp.resolve("local.log"), 15);
    System.out.printf(
        "ClusterIT: local pipeline (jobs/bin/wirescope) %.1f s%n", (System.nanoTime() - t) / 1e9);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    run(List.of(BIN.resolve("cluster").toString(), "stop"), tmp.resolve("cluster-stop.log"), 2);
    // No Spark process may outlive the tests: the master, the workers and their executors.
    for (long pid : startedPids) {
      Optional<ProcessHandle> h = ProcessHandle.of(pid);
      assertFalse(h.isPresent() && h.get().isAlive(), "process " + pid + " still running");
    }
    assertTrue(executors().isEmpty(), "executors still running: " + executors());
  }

  /** Executor JVMs that a worker of this test started. */
  static List<ProcessHandle> executors() {
    List<ProcessHandle> out = new ArrayList<>();
    for (long pid : startedPids) {
      ProcessHandle.of(pid)
          .ifPresent(
              h ->
                  h.descendants()
                      .filter(
                          d ->
                              d.info()
                                  .commandLine()
                                  .orElse("")
                                  .contains("CoarseGrainedExecutorBackend"))
                      .forEach(out::add));
    }
    return out;
  }

  /**
   * The local run took the launcher's small-input path (interpreted expressions, the quick JIT), so
   * the cluster run, which spark-submit runs with generated code, is compared across both.
   */
  @Test
  @Order(1)
  void theLocalRunTookTheSmallInputPath() {
    assertTrue(
        localLog.contains("small input"),
        "the launcher took the small-input path:\n" + tail(localLog));
  }

  @Test
  @Order(2)
  void clusterRunThatLosesAnExecutorEqualsTheLocalRun() throws Exception {
    Path cluster = tmp.resolve("cluster-out");
    Path log = tmp.resolve("cluster-run.log");
    ProcessBuilder pb =
        new ProcessBuilder(submit(master, pipelineArgs(cluster))).redirectErrorStream(true);
    long t = System.nanoTime();
    Process p = pb.start();
    AtomicBoolean killed = new AtomicBoolean();
    StringBuilder seen = new StringBuilder();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        seen.append(line).append('\n');
        // Ingest has finished: the extract stage is starting. Kill one executor in its middle.
        if (!killed.get() && line.contains("wirescope: ingest:") && line.contains(" read, ")) {
          killed.set(killOneExecutor());
        }
      }
    }
    Files.writeString(log, seen);
    assertTrue(p.waitFor(20, TimeUnit.MINUTES));
    System.out.printf(
        "ClusterIT: 2-worker cluster pipeline, one executor killed, %.1f s%n",
        (System.nanoTime() - t) / 1e9);
    assertTrue(killed.get(), "an executor was killed during extract");
    assertEquals(0, p.exitValue(), "the job survives a lost executor:\n" + tail(seen.toString()));
    int tables = TableComparison.assertSameTables(SparkTestSession.get(), local, cluster);
    System.out.println("ClusterIT: the cluster run equals the local run on " + tables + " tables");
  }

  /** Waits for a running executor (up to 60 s), then kills it hard, as a crash would. */
  static boolean killOneExecutor() {
    for (int i = 0; i < 120; i++) {
      List<ProcessHandle> ex = executors();
      if (!ex.isEmpty()) {
        try {
          Thread.sleep(1500); // let extract's tasks start
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        ProcessHandle victim = ex.get(0);
        System.out.println("ClusterIT: killing executor pid " + victim.pid());
        return victim.destroyForcibly();
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }
}
