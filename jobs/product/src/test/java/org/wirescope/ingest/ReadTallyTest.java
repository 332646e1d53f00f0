package org.wirescope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The counts the executors send back for the log line and the manifest, merged as Spark merges
 * them.
 */
class ReadTallyTest {
  static IngestRecord record(String reader, String reason, boolean repaired) {
    IngestRecord r = new IngestRecord();
    r.reader = reader;
    r.rejectReason = reason;
    if (repaired) {
      r.repairs.add("encoding: 1 bytes read as windows-1252");
    }
    return r;
  }

  @Test
  void countsRecordsPerReaderAndReasonAndFilesPerReader() {
    // File 1: two articles and a reject, one repaired. File 2: a JSON Lines file whose reader
    // failed mid-stream, so its last record carries the format's label.
    ReadTally.Counts one = new ReadTally.Counts();
    one.record(record("text", null, true));
    one.record(record("text", null, false));
    one.record(record("text", "empty file", false));
    ReadTally.Counts two = new ReadTally.Counts();
    two.record(record("json", null, false));
    two.record(record("jsonl", "malformed record", false));
    ReadTally.Counts skipped = new ReadTally.Counts();
    skipped.skip("file:/in/words.txt", "beside 1 json file");

    ReadTally a = new ReadTally();
    a.add(one);
    ReadTally b = new ReadTally();
    b.add(two);
    b.add(skipped);
    ReadTally total = a.copy();
    total.merge(b);

    ReadTally.Counts c = total.value();
    assertEquals(
        Map.of(
            new ReadTally.Key("text", null),
            2L,
            new ReadTally.Key("text", "empty file"),
            1L,
            new ReadTally.Key("json", null),
            1L,
            new ReadTally.Key("jsonl", "malformed record"),
            1L),
        c.records());
    assertEquals(1, c.repaired());
    assertEquals(Map.of("text", 1L, "json", 1L, "jsonl", 1L), c.filesByReader());
    assertEquals(Map.of("file:/in/words.txt", "beside 1 json file"), c.skipped());
    // The copy made before the merge is unchanged, and a reset tally is zero.
    assertEquals(3L, a.value().records().values().stream().mapToLong(Long::longValue).sum());
    total.reset();
    assertTrue(total.isZero());
  }
}
