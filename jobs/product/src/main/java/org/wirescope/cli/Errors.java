package org.wirescope.cli;

/** One-line reasons for failures, for users rather than developers. */
final class Errors {
  private Errors() {}

  /** The innermost useful message, on one line. */
  static String oneLine(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null
        && t.getCause() != t
        && (t.getMessage() == null
            || t instanceof java.util.concurrent.ExecutionException
            || t.getClass().getName().startsWith("org.apache.spark.SparkException"))) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    if (m.contains("A master URL must be set")) {
      m =
          "no Spark master is set: run through jobs/bin/wirescope (local) or spark-submit (cluster)";
    }
    m = m.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
