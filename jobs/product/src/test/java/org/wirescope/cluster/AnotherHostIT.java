package org.wirescope.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standalone cluster on "another machine": its master and worker run in their own network
 * namespace with their own address (10.77.N.2), joined to this one (10.77.N.1) by a veth pair, and
 * jobs/bin/wirescope runs here with WIRESCOPE_MASTER=spark://10.77.N.2:7077. The executor reaches
 * the driver only across that link, so a driver listening on loopback or an application jar left
 * unshipped fails the run. Needs root and iproute2's `ip netns`; skips with a message when they are
 * missing. The namespace, the link and every process started here are removed afterwards.
 */
@Tag("cluster")
class AnotherHostIT {
  static final Path REPO = LaunchersIT.REPO;
  static final long ID = ProcessHandle.current().pid();
  static final String NS = "wsit" + ID;
  static final String HERE_LINK = "wsa" + ID;
  static final String THERE_LINK = "wsb" + ID;
  static String net;
  static String there;
  static final List<Process> started = new ArrayList<>();
  static boolean nsMade;
  static boolean linkMade;
  @TempDir static Path tmp;

  /** Runs a short command to its end; its exit status and output. */
  static LaunchersIT.Run sh(List<String> command) throws Exception {
    return LaunchersIT.launch(tmp, Map.of(), command, 60);
  }

  static void must(String... command) throws Exception {
    LaunchersIT.Run r = sh(List.of(command));
    assertEquals(0, r.exit(), String.join(" ", command) + ": " + r.both());
  }

  @BeforeAll
  static void startClusterInNamespace() throws Exception {
    LaunchersIT.Run probe;
    try {
      probe = sh(List.of("ip", "netns", "add", NS));
    } catch (IOException e) {
      probe = new LaunchersIT.Run(127, "", e.getMessage());
    }
    Assumptions.assumeTrue(
        probe.exit() == 0,
        "AnotherHostIT skipped: needs root and iproute2 to make a network namespace (ip netns add "
            + NS
            + " said: "
            + probe.both().strip()
            + ")");
    nsMade = true;
    // A /24 no interface here uses yet, so that two runs at once do not collide.
    String addresses = sh(List.of("ip", "-4", "-o", "addr")).out();
    int n = (int) (ID % 200) + 20;
    while (addresses.contains("10.77." + n + ".")) {
      n = n % 250 + 1;
    }
    net = "10.77." + n + ".";
    there = net + "2";
    must("ip", "link", "add", HERE_LINK, "type", "veth", "peer", "name", THERE_LINK);
    linkMade = true;
    must("ip", "link", "set", THERE_LINK, "netns", NS);
    must("ip", "addr", "add", net + "1/24", "dev", HERE_LINK);
    must("ip", "link", "set", HERE_LINK, "up");
    must("ip", "netns", "exec", NS, "ip", "addr", "add", there + "/24", "dev", THERE_LINK);
    must("ip", "netns", "exec", NS, "ip", "link", "set", THERE_LINK, "up");
    must("ip", "netns", "exec", NS, "ip", "link", "set", "lo", "up");
    // Through this machine, the other one reaches whichever of its addresses Spark's driver picks.
    must("ip", "netns", "exec", NS, "ip", "route", "add", "default", "via", net + "1");

    // The project's jars stand in for a Spark distribution there, as jobs/bin/cluster does here.
    Path home = Files.createDirectories(tmp.resolve("spark-home"));
    Files.createSymbolicLink(home.resolve("jars"), REPO.resolve("jobs/product/target/lib"));
    Path master = tmp.resolve("master.log");
    startThere(
        home,
        master,
        "org.apache.spark.deploy.master.Master --host " + there + " --port 7077 --webui-port 8090");
    waitFor(master, "I have been elected leader");
    Path worker = tmp.resolve("worker.log");
    startThere(
        home,
        worker,
        "org.apache.spark.deploy.worker.Worker spark://"
            + there
            + ":7077 --host "
            + there
            + " --cores 1 --memory 1g --work-dir "
            + tmp.resolve("work")
            + " --webui-port 8091");
    waitFor(worker, "Successfully registered with master");
  }

  /** A Spark daemon inside the namespace, with the JVM flags the launchers give. */
  static void startThere(Path home, Path log, String mainAndArgs) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(
                "ip",
                "netns",
                "exec",
                NS,
                "bash",
                "-c",
                "source "
                    + REPO.resolve("jobs/bin/common.sh")
                    + " && exec java -Xmx512m \"${spark_opens[@]}\" -cp \""
                    + home.resolve("jars")
                    + "/*\" "
                    + mainAndArgs)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment()
        .putAll(
            Map.of(
                "SPARK_HOME",
                home.toString(),
                "SPARK_SCALA_VERSION",
                "2.13",
                "SPARK_LOCAL_IP",
                there));
    started.add(pb.start());
  }

  static void waitFor(Path log, String text) throws Exception {
    Process p = started.get(started.size() - 1);
    for (int i = 0; i < 240; i++) {
      if (Files.exists(log) && Files.readString(log).contains(text)) {
        return;
      }
      if (!p.isAlive()) {
        fail(log.getFileName() + ": the daemon died:\n" + LaunchersIT.tail(Files.readString(log)));
      }
      Thread.sleep(1000);
    }
    fail(
        "no '"
            + text
            + "' in "
            + log
            + " after 240 s:\n"
            + LaunchersIT.tail(Files.readString(log)));
  }

  @AfterAll
  static void removeNamespace() throws Exception {
    for (int i = started.size() - 1; i >= 0; i--) {
      Process p = started.get(i);
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
    if (nsMade) {
      sh(List.of("ip", "netns", "del", NS));
    }
    if (linkMade) {
      sh(List.of("ip", "link", "del", HERE_LINK)); // gone with the namespace already, normally
    }
    for (Process p : started) {
      assertFalse(
          p.isAlive() || p.descendants().anyMatch(ProcessHandle::isAlive),
          "a Spark daemon still runs");
    }
    assertFalse(
        sh(List.of("ip", "netns", "list")).out().contains(NS), "namespace " + NS + " left behind");
  }

  @Test
  void localRunnerRunsOnAnotherHostsCluster() throws Exception {
    Path out = tmp.resolve("out");
    LaunchersIT.Run r =
        LaunchersIT.launch(
            tmp,
            Map.of(
                "WIRESCOPE_MASTER",
                "spark://" + there + ":7077",
                "WIRESCOPE_DRIVER_MEMORY",
                "1g",
                "JAVA_OPTS",
                "-Dspark.ui.enabled=false"),
            List.of(
                REPO.resolve("jobs/bin/wirescope").toString(),
                "ingest",
                "--input",
                LaunchersIT.ONE_FILE.toString(),
                "--output",
                out.toString()),
            300);
    assertEquals(0, r.exit(), LaunchersIT.tail(r.err()));
    assertTrue(r.err().contains("1 read, 1 kept"), LaunchersIT.tail(r.err()));
    assertTrue(Files.isDirectory(out.resolve("articles")));
    // The task ran in the other namespace's executor, on the jar the driver shipped to it.
    String executors;
    try (Stream<Path> logs = Files.walk(tmp.resolve("work"))) {
      executors =
          logs.filter(p -> p.getFileName().toString().equals("stderr"))
              .map(
                  p -> {
                    try {
                      return Files.readString(p);
                    } catch (IOException e) {
                      throw new IllegalStateException(e);
                    }
                  })
              .reduce("", String::concat);
    }
    assertTrue(
        executors.matches("(?s).*Fetching spark://[^ ]+/jars/wirescope-jobs-[^ ]+\\.jar.*"),
        LaunchersIT.tail(executors));
    assertFalse(
        executors.contains("spark://CoarseGrainedScheduler@127.0.0.1"), "driver on loopback");
    System.out.printf("AnotherHostIT: ingest on the cluster at %s ran and wrote %s%n", there, out);
  }
}
