package org.wirescope.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Small runs as a user meets them, behind jobs/bin/bench-small: the wall time of {@code
 * jobs/bin/wirescope pipeline} on one article (the TASS seed article) and on the bundled sample,
 * {@code --runs} runs each in a fresh JVM, with the number of Spark jobs each run started (from its
 * event log). Prints every run and the medians.
 *
 * <p>The figures print as the shell script printed them: each run's seconds to 2 decimals (awk),
 * shown to 1 (bash's printf, which reads them as a long double); the median of the 2-decimal values
 * (awk, 6 significant digits) shown to 1 the same way.
 */
@Command(
    name = "BenchSmall",
    mixinStandardHelpOptions = true,
    description =
        "Wall time of the pipeline on one article and on the bundled sample, each run in a fresh JVM.")
public final class BenchSmall implements Callable<Integer> {
  /** The line in a Spark event log that starts a job. */
  static final String JOB_START = "\"Event\":\"SparkListenerJobStart\"";

  @Option(
      names = "--runs",
      defaultValue = "3",
      paramLabel = "R",
      description = "Runs per input (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--seed-article",
      required = true,
      paramLabel = "FILE",
      description = "The one article.")
  Path seedArticle;

  @Option(
      names = "--launcher",
      defaultValue = "jobs/bin/wirescope",
      paramLabel = "FILE",
      description =
          "The local runner (default ${DEFAULT-VALUE}); another checkout's to compare two versions.")
  Path launcher;

  @Option(
      names = "--work",
      required = true,
      paramLabel = "DIR",
      description =
          "An empty folder for the runs' output, logs and event logs; the caller removes it.")
  Path work;

  public static void main(String[] args) {
    System.exit(Child.execute(new BenchSmall(), args));
  }

  @Override
  public Integer call() throws Exception {
    return measure("seed", List.of("--input", seedArticle.toString()))
            && measure("sample", List.of())
        ? 0
        : 1;
  }

  /**
   * Runs the pipeline on {@code input} {@link #runs} times and prints each run and the median;
   * false if one failed.
   */
  private boolean measure(String name, List<String> input)
      throws IOException, InterruptedException {
    List<String> times = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      Path out = work.resolve("out");
      Path events = work.resolve("events");
      Path log = work.resolve("log");
      Folders.deleteTree(out);
      Folders.deleteTree(events);
      Files.createDirectories(events);
      List<String> cmd = new ArrayList<>(List.of(launcher.toString(), "pipeline"));
      cmd.addAll(input);
      cmd.addAll(List.of("--output", out.toString()));
      ProcessBuilder pb =
          new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
      String javaOpts = System.getenv("JAVA_OPTS");
      pb.environment()
          .put(
              "JAVA_OPTS",
              (javaOpts == null ? "" : javaOpts)
                  + " -Dspark.eventLog.enabled=true"
                  + " -Dspark.eventLog.compress=false -Dspark.eventLog.dir=file://"
                  + events);
      long start = System.nanoTime();
      int status = pb.start().waitFor();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (status != 0) {
        System.err.println("bench-small: " + name + " run " + i + " failed:");
        List<String> kept =
            Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.matches("^\\s*at .*"))
                .toList();
        kept.subList(Math.max(0, kept.size() - 20), kept.size()).forEach(System.err::println);
        return false;
      }
      times.add(Fixed.fixed(seconds, 2));
      System.out.printf(
          Locale.ROOT,
          "%-8s run %d: %s s wall, %d Spark jobs%n",
          name,
          i,
          asPrintf(times.get(times.size() - 1), 1, 6),
          jobs(events));
    }
    System.out.printf(
        Locale.ROOT,
        "%-8s median: %s s wall over %d runs%n",
        name,
        asPrintf(median(times), 1, 6),
        runs);
    return true;
  }

  /** Jobs started, over every event log file ({@code events_*}) under {@code events}. */
  static long jobs(Path events) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(events)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().startsWith("events_"))
              .toList();
    }
    long n = 0;
    for (Path f : files) {
      try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
        n += lines.filter(l -> l.contains(JOB_START)).count();
      }
    }
    return n;
  }

  /**
   * The median of the 2-decimal times as awk printed it: the middle one as written, or the mean of
   * the middle two to 6 significant digits ({@code %.6g}).
   */
  static String median(List<String> times) {
    List<String> sorted =
        times.stream().sorted(Comparator.comparingDouble(Double::parseDouble)).toList();
    int n = sorted.size();
    if (n == 0) {
      return "0";
    }
    if (n % 2 == 1) {
      return sorted.get(n / 2);
    }
    double mean =
        (Double.parseDouble(sorted.get(n / 2 - 1)) + Double.parseDouble(sorted.get(n / 2))) / 2;
    return new BigDecimal(mean)
        .round(new MathContext(6, RoundingMode.HALF_EVEN))
        .stripTrailingZeros()
        .toPlainString();
  }

  /**
   * {@code number} (decimal text) as bash's printf shows it with {@code %W.Df}: read as an x87 long
   * double (64-bit significand, nearest, ties to even), then rounded half to even to {@code
   * decimals} and right-aligned in {@code width}.
   */
  static String asPrintf(String number, int decimals, int width) {
    BigDecimal exact = new BigDecimal(number);
    BigDecimal read = exact.signum() == 0 ? exact : longDouble(exact);
    String s = read.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  /** The long double nearest to {@code x} (x != 0), exactly. */
  private static BigDecimal longDouble(BigDecimal x) {
    BigDecimal abs = x.abs();
    // 2^e <= |x| < 2^(e+1): the significand's 64 bits put the last one at 2^(e-63).
    int e = abs.toBigInteger().bitLength() - 1;
    if (e < 0) {
      e = -1;
      while (abs.multiply(BigDecimal.valueOf(2).pow(-e)).compareTo(BigDecimal.ONE) < 0) {
        e--;
      }
    }
    BigDecimal ulp =
        e - 63 >= 0
            ? new BigDecimal(BigDecimal.valueOf(2).toBigInteger().pow(e - 63))
            : BigDecimal.ONE.divide(
                new BigDecimal(BigDecimal.valueOf(2).toBigInteger().pow(63 - e)));
    BigDecimal units = abs.divide(ulp).setScale(0, RoundingMode.HALF_EVEN);
    BigDecimal r = units.multiply(ulp);
    return x.signum() < 0 ? r.negate() : r;
  }
}
