package org.wirescope.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The processes an evaluation starts and waits for, as the shell scripts in jobs/bin started them:
 * the launcher (jobs/bin/wirescope, a fresh JVM per stage), the shared Python scorers and bench
 * mains in a JVM of their own. A child writes straight to this JVM's stdout or stderr, so its lines
 * keep their order with this JVM's own; a child that fails stops the evaluation with its exit
 * status, as {@code set -e} did.
 */
final class Child {
  private Child() {}

  /** Where a child's stdout (or stderr) goes. */
  enum Sink {
    /** This JVM's stdout (stderr for a child's stderr): the child writes to it directly. */
    INHERIT,
    /** This JVM's stderr, the shell's {@code >&2}. */
    STDERR,
    /** Nowhere, the shell's {@code >/dev/null}. */
    DISCARD
  }

  /** A child's non-zero exit: the evaluation ends with the same status. */
  static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    Failed(List<String> command, int status) {
      super(String.join(" ", command) + " exited with " + status);
      this.status = status;
    }
  }

  /**
   * Runs {@code command} with stdout and stderr inherited; throws {@link Failed} on a non-zero
   * exit.
   */
  static void run(List<String> command) {
    run(command, Map.of(), Sink.INHERIT, Sink.INHERIT);
  }

  /** Runs {@code command} with {@code env} added; throws {@link Failed} on a non-zero exit. */
  static void run(List<String> command, Map<String, String> env, Sink out, Sink err) {
    int status = status(command, env, out, err);
    if (status != 0) {
      throw new Failed(command, status);
    }
  }

  /** Runs {@code command} with {@code env} added and returns its exit status. */
  static int status(List<String> command, Map<String, String> env, Sink out, Sink err) {
    System.out.flush();
    System.err.flush();
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    pb.redirectOutput(
        out == Sink.INHERIT
            ? Redirect.INHERIT
            : out == Sink.DISCARD ? Redirect.DISCARD : Redirect.PIPE);
    pb.redirectError(err == Sink.DISCARD ? Redirect.DISCARD : Redirect.INHERIT);
    try {
      Process p = pb.start();
      Thread pump = null;
      if (out == Sink.STDERR) {
        pump = pump(p.getInputStream(), System.err);
      }
      int status = p.waitFor();
      if (pump != null) {
        pump.join();
      }
      return status;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + command.get(0) + " ran", e);
    }
  }

  /**
   * Runs {@code command} (stderr inherited) and returns its stdout; throws {@link Failed} on a
   * non-zero exit.
   */
  static String output(List<String> command, Map<String, String> env) {
    System.out.flush();
    System.err.flush();
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(Redirect.INHERIT);
    pb.environment().putAll(env);
    try {
      Process p = pb.start();
      byte[] bytes = p.getInputStream().readAllBytes();
      int status = p.waitFor();
      if (status != 0) {
        throw new Failed(command, status);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + command.get(0) + " ran", e);
    }
  }

  private static Thread pump(InputStream in, OutputStream to) {
    Thread t =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                  synchronized (to) {
                    to.write(buffer, 0, n);
                    to.flush();
                  }
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            "child-stdout");
    t.start();
    return t;
  }

  /**
   * A bench main in a fresh JVM with this JVM's heap, {@code --add-opens} and {@code -D} flags and
   * class path: the flags jobs/bin/common.sh gave this one, so the child runs as the script used to
   * start it.
   */
  static List<String> java(Class<?> main, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> a.startsWith("-Xmx") || a.startsWith("--add-opens") || a.startsWith("-D"))
            .toList());
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    cmd.addAll(Arrays.asList(args));
    return cmd;
  }

  /**
   * The environment of a bench main that starts Spark on a local master: the driver on loopback
   * (SPARK_LOCAL_IP=127.0.0.1) unless the caller's environment says otherwise. Launcher runs do not
   * get it: jobs/bin/wirescope and submit decide for themselves, by the master.
   */
  static Map<String, String> loopback() {
    String ip = System.getenv("SPARK_LOCAL_IP");
    return Map.of("SPARK_LOCAL_IP", ip == null || ip.isEmpty() ? "127.0.0.1" : ip);
  }

  /** {@code python3 SCRIPT ARGS...}. */
  static List<String> python(Path script, String... args) {
    List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
    cmd.addAll(Arrays.asList(args));
    return cmd;
  }

  /**
   * {@code s} split at blanks, as the shell splits an unquoted {@code $EXTRACT_ARGS}: a list of
   * options in one environment variable.
   */
  static List<String> words(String s) {
    return s == null
        ? List.of()
        : Arrays.stream(s.split("[ \t\n]+")).filter(w -> !w.isEmpty()).toList();
  }

  /** {@code LAUNCHER COMMAND ARGS...}: a Wirescope command through jobs/bin/wirescope. */
  static List<String> launcher(Path launcher, String command, List<String> args) {
    List<String> cmd = new ArrayList<>(List.of(launcher.toString(), command));
    cmd.addAll(args);
    return cmd;
  }

  /**
   * Runs a picocli command as the shell script it replaces ended: its exit code, or the status of
   * the first child that failed. Flushes stdout and stderr before returning.
   */
  static int execute(Object command, String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          if (e instanceof Failed f) {
            return f.status;
          }
          throw e;
        });
    try {
      return cli.execute(args);
    } finally {
      System.out.flush();
      System.err.flush();
    }
  }
}
