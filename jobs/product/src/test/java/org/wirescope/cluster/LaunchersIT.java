package org.wirescope.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.cli.Wirescope;

/**
 * The launchers (jobs/bin/submit and jobs/bin/wirescope) run as processes, as a user runs them:
 * every spark-submit option passes through to Spark, the driver's heap comes from --driver-memory,
 * the driver listens on loopback only for a master on this machine, and a non-local master gets the
 * application jar shipped. Most checks read the command a launcher would run
 * (WIRESCOPE_PRINT_COMMAND=1, which costs a fraction of a second); two run Spark. Runs after
 * `package` (failsafe), since the launchers run the built jar.
 */
@Tag("packaged")
class LaunchersIT {
  static final Path REPO =
      Path.of(System.getProperty("wirescope.repo", "../..")).toAbsolutePath().normalize();
  static final Path BIN = REPO.resolve("jobs/bin");
  static final Path ONE_FILE = REPO.resolve("data/sample/tass/tass-2025-01-01-0001.txt");
  @TempDir Path tmp;

  /** The README's YARN line, plus options the old launcher rejected. */
  static final List<String> YARN_LINE =
      List.of(
          "--master",
          "yarn",
          "--deploy-mode",
          "cluster",
          "--num-executors",
          "10",
          "--executor-cores",
          "4",
          "--executor-memory",
          "8g",
          "--driver-memory",
          "4g",
          "--queue",
          "q",
          "--jars",
          "extra.jar",
          "--files",
          "lookup.csv");

  /** What a launcher printed and how it ended. */
  record Run(int exit, String out, String err) {
    String both() {
      return out + err;
    }
  }

  /**
   * Runs a launcher with a clean Spark environment (failsafe itself sets SPARK_LOCAL_IP, which
   * would hide what the launcher decides) plus the given variables; stdout and stderr apart.
   */
  static Run launch(Path dir, Map<String, String> env, List<String> command, long seconds)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    for (String v :
        List.of(
            "SPARK_LOCAL_IP",
            "SPARK_CONF_DIR",
            "SPARK_HOME",
            "SPARK_DRIVER_MEMORY",
            "SPARK_SUBMIT_OPTS",
            "MASTER",
            "HADOOP_CONF_DIR",
            "YARN_CONF_DIR",
            "JAVA_OPTS",
            "WIRESCOPE_MASTER",
            "WIRESCOPE_DRIVER_MEMORY",
            "WIRESCOPE_SHUFFLE_PARTITIONS",
            "WIRESCOPE_PRINT_COMMAND",
            "SPARK_PRINT_LAUNCH_COMMAND")) {
      pb.environment().remove(v);
    }
    pb.environment().putAll(env);
    Path out = Files.createTempFile(dir, "launch", ".out");
    Path err = Files.createTempFile(dir, "launch", ".err");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      fail("timed out after " + seconds + " s: " + command + "\n" + tail(Files.readString(err)));
    }
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  static String tail(String s) {
    return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
  }

  static List<String> line(String launcher, List<String> args) {
    List<String> c = new ArrayList<>();
    c.add(BIN.resolve(launcher).toString());
    c.addAll(args);
    return c;
  }

  /** The command a launcher would run, as its words (the printed line is shell-quoted). */
  Run printed(String launcher, Map<String, String> env, List<String> args) throws Exception {
    Map<String, String> e = new java.util.HashMap<>(env);
    e.put("WIRESCOPE_PRINT_COMMAND", "1");
    Run r = launch(tmp, e, line(launcher, args), 120);
    assertEquals(0, r.exit(), "print mode of " + args + ":\n" + r.both());
    return r;
  }

  static List<String> words(String printed) {
    return Arrays.asList(printed.strip().replace("\\", "").split(" +"));
  }

  static boolean loopback(Run r) {
    List<String> w = words(r.out());
    boolean host =
        w.contains("spark.driver.host=127.0.0.1") || w.contains("-Dspark.driver.host=127.0.0.1");
    boolean ip = w.contains("SPARK_LOCAL_IP=127.0.0.1");
    assertEquals(host, ip, "spark.driver.host and SPARK_LOCAL_IP agree:\n" + r.out());
    return host;
  }

  @Test
  void yarnLinePassesThroughAndStopsWhereSparkNeedsYarn() throws Exception {
    List<String> args = new ArrayList<>(YARN_LINE);
    args.addAll(
        List.of(
            "pipeline",
            "--input",
            REPO.resolve("data/sample").toString(),
            "--output",
            tmp.resolve("out").toString()));
    // Without HADOOP_CONF_DIR, SparkSubmit's own argument check is the first to object.
    Run r = launch(tmp, Map.of(), line("submit", args), 120);
    assertNotEquals(0, r.exit());
    assertFalse(r.both().contains("Unmatched argument"), r.both());
    assertFalse(
        r.err().contains("submit: '") || r.err().contains("usage: jobs/bin/submit"), r.err());
    assertTrue(
        r.err()
            .contains(
                "When running with master 'yarn' either HADOOP_CONF_DIR or YARN_CONF_DIR must be set"),
        r.err());
    // With a configuration folder, SparkSubmit accepts the arguments (--verbose shows them as it
    // parsed them: every option is Spark's, the command is the application's) and gets as far as
    // loading YARN's classes, which Wirescope's jars do not hold (a YARN cluster's Spark does).
    Files.createDirectories(tmp.resolve("hadoop-conf"));
    List<String> verbose = new ArrayList<>(List.of("--verbose"));
    verbose.addAll(args);
    r =
        launch(
            tmp,
            Map.of("HADOOP_CONF_DIR", tmp.resolve("hadoop-conf").toString()),
            line("submit", verbose),
            120);
    assertNotEquals(0, r.exit());
    for (String parsed :
        List.of(
            "numExecutors +10",
            "executorCores +4",
            "executorMemory +8g",
            "driverMemory +4g",
            "queue +q",
            "jars +\\S*/extra.jar",
            "files +\\S*/lookup.csv",
            "mainClass +org.wirescope.cli.Wirescope",
            "childArgs +\\[pipeline --input \\S+ --output \\S+]")) {
      assertTrue(
          Pattern.compile("(?m)^ +" + parsed + "$").matcher(r.both()).find(),
          parsed + " in\n" + r.both());
    }
    assertTrue(r.err().contains("Could not load YARN classes"), r.err());
  }

  @Test
  void yarnLineBuildsTheSparkSubmitCommand() throws Exception {
    List<String> args = new ArrayList<>(YARN_LINE);
    args.addAll(List.of("pipeline", "--output", "hdfs:///out"));
    List<String> w = words(printed("submit", Map.of(), args).out());
    // Every option reaches SparkSubmit, then the application jar, then the command.
    int submit = w.indexOf("org.apache.spark.deploy.SparkSubmit");
    assertTrue(submit > 0, w.toString());
    List<String> tail = w.subList(submit, w.size());
    for (String s :
        List.of(
            "--num-executors 10",
            "--executor-cores 4",
            "--executor-memory 8g",
            "--queue q",
            "--jars extra.jar",
            "--files lookup.csv",
            "--deploy-mode cluster")) {
      assertTrue(String.join(" ", tail).contains(s), s + " in " + tail);
    }
    assertTrue(tail.contains("spark.driver.memory=4g"), tail.toString());
    int jar = indexOfJar(tail);
    assertEquals(
        List.of("pipeline", "--output", "hdfs:///out"), tail.subList(jar + 1, tail.size()));
    // In cluster mode the driver runs in YARN with 4g; this JVM only submits, so no -Xmx4g here.
    assertFalse(w.contains("-Xmx4g"), w.toString());
    assertFalse(loopback(printed("submit", Map.of(), args)));

    // In client mode this JVM is the driver, and gets the heap.
    List<String> client = new ArrayList<>(args);
    client.set(client.indexOf("cluster"), "client");
    assertTrue(words(printed("submit", Map.of(), client).out()).contains("-Xmx4g"));
  }

  static int indexOfJar(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).matches(".*/jobs/product/target/wirescope-jobs-[^/]*\\.jar")) {
        return i;
      }
    }
    fail("no application jar in " + words);
    return -1;
  }

  @Test
  void localRunHonoursDriverMemoryAndKeepsStdoutClean() throws Exception {
    Path out = tmp.resolve("out");
    // SPARK_PRINT_LAUNCH_COMMAND makes Spark's launcher show the command it really runs.
    Run r =
        launch(
            tmp,
            Map.of("SPARK_PRINT_LAUNCH_COMMAND", "1"),
            line(
                "submit",
                List.of(
                    "--master",
                    "local[2]",
                    "--driver-memory",
                    "1g",
                    "--conf",
                    "spark.ui.enabled=false",
                    "ingest",
                    "--input",
                    ONE_FILE.toString(),
                    "--output",
                    out.toString())),
            600);
    assertEquals(0, r.exit(), r.both());
    assertTrue(Files.isDirectory(out.resolve("articles")), r.both());
    String spark =
        r.err().lines().filter(l -> l.startsWith("Spark Command: ")).findFirst().orElse("");
    assertTrue(
        Arrays.asList(spark.split(" ")).contains("-Xmx1g"),
        "driver heap from --driver-memory:\n" + r.err());
    assertTrue(Arrays.asList(spark.split(" ")).contains("spark.driver.host=127.0.0.1"), spark);
    // Which jar ran goes to stderr; stdout holds only the command's own output.
    assertTrue(
        r.err()
            .lines()
            .anyMatch(
                l ->
                    l.matches(
                        "submit: running .*/jobs/product/target/wirescope-jobs-.*\\.jar on local\\[2]")),
        r.err());
    assertFalse(r.out().contains("submit:") || r.out().contains("Spark Command"), r.out());
  }

  @Test
  void defaultDriverHeapIsWirescopeDriverMemory() throws Exception {
    List<String> args = List.of("--master", "local[2]", "tables", "--output", "x");
    assertTrue(words(printed("submit", Map.of(), args).out()).contains("-Xmx2g"));
    assertTrue(
        words(printed("submit", Map.of("WIRESCOPE_DRIVER_MEMORY", "3g"), args).out())
            .contains("-Xmx3g"));
    // An explicit spark.driver.memory beats the variable, as in spark-submit.
    List<String> conf =
        List.of(
            "--master", "local[2]", "--conf", "spark.driver.memory=1g", "tables", "--output", "x");
    assertTrue(
        words(printed("submit", Map.of("WIRESCOPE_DRIVER_MEMORY", "3g"), conf).out())
            .contains("-Xmx1g"));
  }

  @Test
  void aStageCountsItsParquetArticlesTwiceAsText() throws Exception {
    java.nio.file.Path articles = tmp.resolve("out/articles");
    Files.createDirectories(articles);
    Files.write(articles.resolve("part-0.parquet"), new byte[100_000]);
    List<String> extract = List.of("extract", "--output", tmp.resolve("out").toString());
    // 100 kB of Parquet stand for about 200 kB of text: over a threshold of 150 kB, not small
    assertFalse(
        printed("wirescope", Map.of("WIRESCOPE_SMALL_INPUT_BYTES", "150000"), extract)
            .out()
            .contains("factoryMode=NO_CODEGEN"));
    assertTrue(
        printed("wirescope", Map.of("WIRESCOPE_SMALL_INPUT_BYTES", "250000"), extract)
            .out()
            .contains("factoryMode=NO_CODEGEN"));
  }

  @Test
  void loopbackOnlyForMastersOnThisMachine() throws Exception {
    for (String master :
        List.of("local[2]", "local", "spark://127.0.0.1:7077", "spark://localhost:7077")) {
      assertTrue(
          loopback(
              printed("submit", Map.of(), List.of("--master", master, "tables", "--output", "x"))),
          master);
    }
    for (String master :
        List.of(
            "spark://10.1.2.3:7077",
            "yarn",
            "k8s://https://10.1.2.3:6443",
            "spark://127.0.0.1:7077,10.1.2.3:7077")) {
      assertFalse(
          loopback(
              printed("submit", Map.of(), List.of("--master", master, "tables", "--output", "x"))),
          master);
    }
    // The user's own driver host wins, also on a local master, and the form --opt=value counts.
    Run own =
        printed(
            "submit",
            Map.of(),
            List.of(
                "--master=local[2]",
                "--conf",
                "spark.driver.host=10.1.2.4",
                "tables",
                "--output",
                "x"));
    assertFalse(loopback(own));
    assertTrue(words(own.out()).contains("spark.driver.host=10.1.2.4"), own.out());
    // So does the master in a properties file.
    Path props = tmp.resolve("yarn.conf");
    Files.writeString(props, "spark.master  yarn\n");
    assertFalse(
        loopback(
            printed(
                "submit",
                Map.of(),
                List.of("--properties-file", props.toString(), "tables", "--output", "x"))));
  }

  @Test
  void localRunnerHandsOtherHostsToSubmit() throws Exception {
    // A local master stays on the quick path: one JVM, the driver on loopback.
    Run local =
        printed(
            "wirescope",
            Map.of("WIRESCOPE_MASTER", "local[2]"),
            List.of("tables", "--output", "x"));
    assertTrue(loopback(local));
    assertTrue(words(local.out()).contains("org.wirescope.cli.Wirescope"), local.out());
    // the local default heap: the 1M benchmark peaks at 3.7 GiB resident with it (bench NOTES)
    assertTrue(words(local.out()).contains("-Xmx3g"), local.out());
    // two malloc arenas: the same run peaked 0.7 GiB higher with glibc's default (bench NOTES)
    assertTrue(words(local.out()).contains("MALLOC_ARENA_MAX=2"), local.out());
    // table reads cut as finely as the shuffles, so neither core idles on a last large split
    String shuffle =
        words(local.out()).stream()
            .filter(x -> x.startsWith("-Dspark.sql.shuffle.partitions="))
            .findFirst()
            .orElseThrow();
    assertTrue(
        words(local.out())
            .contains(
                "-Dspark.sql.files.minPartitionNum=" + shuffle.substring(shuffle.indexOf('=') + 1)),
        local.out());

    // Another host's master goes through SparkSubmit with the jar as the application, which ships
    // it to the executors (spark.jars); no loopback; WIRESCOPE_DRIVER_MEMORY still sets the heap.
    Run remote =
        printed(
            "wirescope",
            Map.of(
                "WIRESCOPE_MASTER",
                "spark://10.1.2.3:7077",
                "WIRESCOPE_DRIVER_MEMORY",
                "3g",
                "WIRESCOPE_SHUFFLE_PARTITIONS",
                "16",
                "JAVA_OPTS",
                "-Dwirescope.probe=1"),
            List.of("tables", "--output", "x"));
    List<String> w = words(remote.out());
    assertFalse(loopback(remote));
    assertTrue(w.contains("org.apache.spark.deploy.SparkSubmit"), remote.out());
    assertEquals(List.of("tables", "--output", "x"), w.subList(indexOfJar(w) + 1, w.size()));
    assertTrue(
        w.contains("spark://10.1.2.3:7077")
            && w.contains("-Xmx3g")
            && w.contains("-Dwirescope.probe=1")
            && w.contains("spark.sql.shuffle.partitions=16"),
        remote.out());
    assertTrue(
        remote.err().contains("running ") && remote.err().contains("on spark://10.1.2.3:7077"),
        remote.err());

    // A standalone master on 127.0.0.1 goes the same way, with the driver on loopback.
    assertTrue(
        loopback(
            printed(
                "wirescope",
                Map.of("WIRESCOPE_MASTER", "spark://127.0.0.1:7077"),
                List.of("tables", "--output", "x"))));
  }

  @Test
  void submitNeedsAWirescopeCommand() throws Exception {
    for (List<String> args :
        List.of(
            List.of("--master", "local[2]"),
            List.of("--master", "local[2]", "pipelin"),
            List.of("--master", "local[2]", "wirescope-jobs.jar", "pipeline"),
            List.of("--master"))) {
      Run r = launch(tmp, Map.of(), line("submit", args), 60);
      assertEquals(2, r.exit(), args + ":\n" + r.both());
      assertTrue(
          r.err().contains("usage: jobs/bin/submit") && r.err().contains("commands: ingest"),
          r.err());
      assertFalse(r.err().contains("Spark"), "stops before Spark starts:\n" + r.err());
    }
  }

  @Test
  void launcherCommandsAreWirescopesCommands() throws Exception {
    Matcher m =
        Pattern.compile("(?m)^wirescope_commands=\\(([^)]*)\\)")
            .matcher(Files.readString(BIN.resolve("common.sh")));
    assertTrue(m.find(), "wirescope_commands in jobs/bin/common.sh");
    assertEquals(
        new TreeSet<>(Wirescope.commandLine().getSubcommands().keySet()),
        new TreeSet<>(Arrays.asList(m.group(1).strip().split("\\s+"))));
  }
}
