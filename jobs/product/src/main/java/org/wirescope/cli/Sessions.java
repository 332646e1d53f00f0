package org.wirescope.cli;

import org.apache.spark.sql.SparkSession;

/**
 * The job's SparkSession. It never sets a master: the launcher does (jobs/bin/wirescope gives
 * local[*], spark-submit the cluster's), and tests create their own session first, which this then
 * reuses.
 */
public final class Sessions {
  private Sessions() {}

  public static SparkSession get(String command) {
    SparkSession spark = SparkSession.builder().appName("wirescope " + command).getOrCreate();
    // Times are UTC everywhere; Parquet timestamps in a form pandas, pyarrow and DuckDB read.
    spark.conf().set("spark.sql.session.timeZone", "UTC");
    spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    return spark;
  }
}
