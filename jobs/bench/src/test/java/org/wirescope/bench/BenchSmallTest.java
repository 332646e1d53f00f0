package org.wirescope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench-small's figures, printed as the shell script printed them (expected values from bash and
 * awk).
 */
class BenchSmallTest {
  @TempDir Path dir;

  @Test
  void timesShowAsBashPrintfShowsThem() {
    // printf '%6.1f' reads the text as a long double: 12.35 lands above the tie, 12.45 below it.
    assertEquals("  12.2", BenchSmall.asPrintf("12.25", 1, 6));
    assertEquals("  12.4", BenchSmall.asPrintf("12.35", 1, 6));
    assertEquals("  12.4", BenchSmall.asPrintf("12.45", 1, 6));
    assertEquals("   0.1", BenchSmall.asPrintf("0.05", 1, 6));
    assertEquals("   0.2", BenchSmall.asPrintf("0.15", 1, 6));
    assertEquals("   1.2", BenchSmall.asPrintf("1.25", 1, 6));
    assertEquals("   3.8", BenchSmall.asPrintf("3.75", 1, 6));
    assertEquals(" 100.1", BenchSmall.asPrintf("100.05", 1, 6));
    assertEquals("   0.0", BenchSmall.asPrintf("0", 1, 6));
  }

  @Test
  void theMedianIsAwksMiddleOrMeanOfTheMiddleTwo() {
    assertEquals(
        "2.50", BenchSmall.median(List.of("3.10", "1.00", "2.50")), "the middle one as written");
    assertEquals(
        "12.345", BenchSmall.median(List.of("12.35", "12.34")), "the mean to 6 significant digits");
    assertEquals("2", BenchSmall.median(List.of("1.50", "2.50")));
  }

  @Test
  void jobsAreCountedOverEveryEventLogFile() throws Exception {
    Path app = Files.createDirectories(dir.resolve("eventlog_v2_local-1"));
    Files.writeString(
        app.resolve("events_1_local-1"),
        "{\"Event\":\"SparkListenerJobStart\",\"Job ID\":0}\n"
            + "{\"Event\":\"SparkListenerJobEnd\",\"Job ID\":0}\n{\"Event\":\"SparkListenerJobStart\",\"Job ID\":1}\n");
    Files.writeString(
        app.resolve("events_2_local-1"), "{\"Event\":\"SparkListenerJobStart\",\"Job ID\":2}\n");
    Files.writeString(app.resolve("appstatus_local-1"), "{\"Event\":\"SparkListenerJobStart\"}\n");
    assertEquals(3, BenchSmall.jobs(dir));
  }
}
