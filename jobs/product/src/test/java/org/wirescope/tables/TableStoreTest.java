package org.wirescope.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.SparkTestSession;

/**
 * The output folder's safety rules on real folders and Parquet: markers, lineage, the lock, the
 * overlap checks and the repair of a publish cut short between its two renames.
 */
class TableStoreTest {
  @TempDir Path out;

  /** A one-column stand-in for any table: what matters here is which version is where. */
  static final StructType ONE = new StructType().add("v", "string");

  static SparkSession spark() {
    return SparkTestSession.get();
  }

  static Dataset<Row> version(String v) {
    return spark().createDataFrame(List.of(RowFactory.create(v)), ONE);
  }

  static String read(TableStore store, String table) {
    return store.read(table, ONE).first().getString(0);
  }

  private TableStore store() {
    return new TableStore(spark(), out.toString());
  }

  @Test
  void publishedTablesCarryTheMarkerAndTheirInputsRuns() throws IOException {
    TableStore a = store();
    try (OutputLock lock = a.open("test", List.of(Articles.NAME, Mentions.NAME), List.of())) {
      a.write(Articles.NAME, version("a1"));
      a.write(Mentions.NAME, version("m1"));
    }
    assertTrue(Files.exists(out.resolve(TableStore.MARKER)), "the output folder is marked");
    assertTrue(Files.exists(out.resolve(Articles.NAME).resolve(TableStore.MARKER)));
    TableStore.Marker m = store().markers().get(Mentions.NAME);
    assertEquals(a.runId(), m.runId());
    assertEquals(Map.of(Articles.NAME, a.runId()), m.derivedFrom());
    assertEquals("a1", read(store(), Articles.NAME), "the marker is not read as data");
    assertFalse(Files.exists(out.resolve(OutputLock.FILE)), "the lock is released");
  }

  /** Rewriting articles in a later run leaves mentions (and what follows from them) stale. */
  @Test
  void rewritingAnInputMakesLaterTablesStale() {
    TableStore a = store();
    try (OutputLock lock = a.open("test", List.of(), List.of())) {
      a.write(Articles.NAME, version("a1"));
      a.write(Mentions.NAME, version("m1"));
      a.write(Quotes.NAME, version("q1"));
      a.write(PersonPairs.NAME, version("p1"));
    }
    assertEquals(Map.of(), store().stale());
    TableStore b = store();
    try (OutputLock lock = b.open("test", List.of(), List.of())) {
      b.write(Articles.NAME, version("a2"));
      assertEquals(
          List.of(Mentions.NAME, Quotes.NAME, PersonPairs.NAME), List.copyOf(b.stale().keySet()));
    }
    Map<String, String> stale = store().stale();
    assertTrue(
        stale.get(Mentions.NAME).contains("run " + b.runId() + " has rewritten articles"),
        stale.toString());
    assertTrue(stale.get(PersonPairs.NAME).contains("articles"), stale.toString());
    TableStore c = store();
    try (OutputLock lock = c.open("test", List.of(), List.of())) {
      c.write(Mentions.NAME, version("m2"));
      c.write(Quotes.NAME, version("q2"));
    }
    assertEquals(
        List.of(PersonPairs.NAME),
        List.copyOf(store().stale().keySet()),
        "pairs still come from the old mentions");
  }

  /** `ingest --input ~/news/articles --output ~/news` must not replace the corpus it reads. */
  @Test
  void aForeignFolderAtATablePathStopsTheRunBeforeAnyWork() throws IOException {
    Path corpus = Files.createDirectories(out.resolve(Articles.NAME));
    Files.writeString(corpus.resolve("story.txt"), "My own article.\n");
    TableStore s = store();
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> s.open("ingest", Lineage.Stage.INGEST.writes(), List.of()));
    assertTrue(
        e.getMessage().contains(corpus.toString())
            && e.getMessage().contains("not written by Wirescope"),
        e.getMessage());
    assertEquals("My own article.\n", Files.readString(corpus.resolve("story.txt")));
    assertFalse(Files.exists(out.resolve(OutputLock.FILE)), "a refused run leaves no lock");
    assertFalse(Files.exists(out.resolve(TableStore.MARKER)), "nor claims the folder");
  }

  @Test
  void filesWirescopeKeepsAtTheTopAreOnlyReplacedInItsOwnFolder() throws IOException {
    Files.writeString(out.resolve(TableStore.MANIFEST), "{\"mine\": true}");
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> store().open("pipeline", List.of(Lineage.TABLES_SQL), List.of()));
    assertTrue(e.getMessage().contains(TableStore.MANIFEST), e.getMessage());
  }

  @Test
  void anOutputInsideTheInputIsRefused() throws IOException {
    Path corpus = Files.createDirectories(out.resolve("corpus"));
    TableStore inside = new TableStore(spark(), corpus.resolve("out").toString());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> inside.open("ingest", Lineage.Stage.INGEST.writes(), List.of(corpus.toString())));
    assertTrue(e.getMessage().contains("inside the input"), e.getMessage());
    TableStore same = new TableStore(spark(), corpus.toString());
    assertThrows(
        IllegalArgumentException.class,
        () -> same.open("ingest", Lineage.Stage.INGEST.writes(), List.of(corpus.toString())));
    TableStore beside = new TableStore(spark(), out.resolve("corpus-out").toString());
    beside.open("ingest", Lineage.Stage.INGEST.writes(), List.of(corpus.toString())).close();
  }

  @Test
  void anInputInsideTheOutputsTablesIsRefused() throws IOException {
    Path articles = Files.createDirectories(out.resolve(Articles.NAME));
    Files.writeString(articles.resolve("a.txt"), "x");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                store()
                    .open(
                        "ingest",
                        Lineage.Stage.INGEST.writes(),
                        List.of(out.resolve("articles/*.txt").toString())));
    assertTrue(e.getMessage().contains("inside the output's articles folder"), e.getMessage());
    Path other = Files.createDirectories(out.resolve("my-corpus"));
    store().open("ingest", List.of(), List.of(other.toString())).close();
  }

  /** Killed between the two renames, with the new version complete: the new one goes in. */
  @Test
  void aKilledPublishWithACompleteNewVersionIsFinished() throws IOException {
    TableStore a = store();
    try (OutputLock lock = a.open("test", List.of(), List.of())) {
      a.write(Articles.NAME, version("old"));
    }
    TableStore b = store();
    Path staged = out.resolve(TableStore.STAGING).resolve(b.runId() + "-" + Articles.NAME);
    try (OutputLock lock = b.open("test", List.of(), List.of())) {
      b.write(Articles.NAME, version("new"));
    }
    // Put the folder back as a kill after the first rename would have left it.
    Files.createDirectories(staged.getParent());
    Files.move(out.resolve(Articles.NAME), staged);
    copy(out, "old", staged.resolveSibling(b.runId() + "-" + Articles.NAME + "-previous"));
    assertFalse(Files.exists(out.resolve(Articles.NAME)));
    TableStore reader = store();
    reader.recoverIfIdle();
    assertEquals("new", read(store(), Articles.NAME));
    assertFalse(Files.exists(out.resolve(OutputLock.FILE)));
  }

  /**
   * Killed between the renames before the new version was complete: the previous one comes back.
   */
  @Test
  void aKilledPublishWithoutACompleteNewVersionPutsThePreviousBack() throws IOException {
    TableStore a = store();
    try (OutputLock lock = a.open("test", List.of(), List.of())) {
      a.write(Articles.NAME, version("old"));
    }
    Path staging = Files.createDirectories(out.resolve(TableStore.STAGING));
    Files.move(
        out.resolve(Articles.NAME), staging.resolve("dead0001-" + Articles.NAME + "-previous"));
    Files.createDirectories(
        staging.resolve("dead0001-" + Articles.NAME)); // half written, no marker
    TableStore next = store();
    next.open("test", List.of(), List.of()).close();
    assertEquals("old", read(store(), Articles.NAME));
    assertFalse(
        Files.exists(staging.resolve("dead0001-" + Articles.NAME)),
        "litter of the dead run is gone");
  }

  private static void copy(Path out, String v, Path to) {
    // A complete table folder with marker, as a publish leaves it: written through a second store.
    Path tmp = out.resolveSibling(out.getFileName() + "-copy-" + v);
    TableStore s = new TableStore(spark(), tmp.toString());
    try (OutputLock lock = s.open("test", List.of(), List.of())) {
      s.write(Articles.NAME, version(v));
    }
    try {
      Files.move(tmp.resolve(Articles.NAME), to);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aSecondWriterFailsAtOnceNamingTheFirst() {
    TableStore first = store();
    try (OutputLock lock = first.open("pipeline", List.of(), List.of())) {
      OutputLock.Busy e =
          assertThrows(OutputLock.Busy.class, () -> store().open("ingest", List.of(), List.of()));
      assertTrue(
          e.getMessage().contains("run " + first.runId())
              && e.getMessage().contains("pipeline")
              && e.getMessage().contains(lock.holder().startedAt()),
          e.getMessage());
    }
    store().open("ingest", List.of(), List.of()).close();
  }

  /** A lock whose process is gone (a killed run) is taken over; a live other host's is not. */
  @Test
  void aLockLeftByAKilledRunIsTakenOver() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    Files.writeString(
        out.resolve(OutputLock.FILE),
        "{\"run_id\":\"dead0001\",\"command\":\"pipeline\","
            + "\"started_at\":\"2026-01-01T00:00:00Z\",\"host\":\""
            + OutputLock.hostName()
            + "\",\"pid\":"
            + p.pid()
            + ",\"process_start\":\"2026-01-01T00:00:00Z\"}");
    TableStore s = store();
    try (OutputLock lock = s.open("ingest", List.of(), List.of())) {
      assertEquals("dead0001", lock.tookOverFrom().orElseThrow().runId());
      assertEquals(
          s.runId(),
          OutputLock.read(s.fs(), new org.apache.hadoop.fs.Path(s.root(), OutputLock.FILE))
              .orElseThrow()
              .runId());
    }
    // Another host's lock: alive while its heartbeat is fresh, stale once it is old.
    Path lockFile = out.resolve(OutputLock.FILE);
    Files.writeString(
        lockFile,
        "{\"run_id\":\"remote01\",\"command\":\"pipeline\",\"started_at\":\"x\","
            + "\"host\":\"some-other-host\",\"pid\":1,\"process_start\":\"\"}");
    assertThrows(OutputLock.Busy.class, () -> store().open("ingest", List.of(), List.of()));
    Files.setLastModifiedTime(
        lockFile, FileTime.from(Instant.now().minus(OutputLock.STALE_AFTER).minusSeconds(5)));
    try (OutputLock lock = store().open("ingest", List.of(), List.of())) {
      assertEquals("remote01", lock.tookOverFrom().orElseThrow().runId());
    }
  }

  /** The row count (and any other aggregate) comes from the write itself, empty tables included. */
  @Test
  void writesReturnTheirRowCountsAndObservedAggregates() {
    TableStore s = store();
    try (OutputLock lock = s.open("test", List.of(), List.of())) {
      assertEquals(
          3,
          s.write(
              Articles.NAME,
              spark()
                  .createDataFrame(
                      List.of(
                          RowFactory.create("a"), RowFactory.create("b"), RowFactory.create("a")),
                      ONE)));
      assertEquals(0, s.write(Rejects.NAME, spark().createDataFrame(List.of(), ONE)));
      Row r =
          s.writeObserved(
              Mentions.NAME,
              spark()
                  .createDataFrame(
                      List.of(
                          RowFactory.create("a"), RowFactory.create("b"), RowFactory.create("a")),
                      ONE),
              List.of(
                  org.apache
                      .spark
                      .sql
                      .functions
                      .count_if(org.apache.spark.sql.functions.col("v").equalTo("a"))
                      .as("d")));
      assertEquals(3, r.getLong(0));
      assertEquals(2, r.getLong(1));
    }
    assertEquals(3, store().read(Articles.NAME, ONE).count());
  }
}
