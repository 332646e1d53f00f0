package org.wirescope.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.wirescope.SparkTestSession;
import picocli.CommandLine;

/** Runs the real command line in the test JVM (on the shared session) and keeps what it printed. */
public final class CliRunner {
  /** Exit code, standard error and standard output of one run. */
  public record Run(int exitCode, String err, String out) {
    public Run(int exitCode, String err) {
      this(exitCode, err, "");
    }
  }

  private CliRunner() {}

  public static Run run(String... args) {
    SparkTestSession.get();
    CommandLine cl = Wirescope.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    java.io.PrintStream stdout = System.out;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    int code;
    System.setOut(new java.io.PrintStream(new TeeStream(stdout, captured), true));
    try {
      code = cl.execute(args);
    } finally {
      System.out.flush();
      System.setOut(stdout);
    }
    return new Run(
        code, err.toString(), captured.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Keeps standard output visible in the test log while capturing it. */
  private static final class TeeStream extends java.io.OutputStream {
    private final java.io.OutputStream a;
    private final java.io.OutputStream b;

    TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws java.io.IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws java.io.IOException {
      a.write(buf, off, len);
      b.write(buf, off, len);
    }
  }
}
