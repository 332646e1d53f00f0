package org.wirescope.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What auto peeks at before a file is read, and that a small file is opened only once. */
class ReadersTest {
  static final Configuration CONF = new Configuration();

  @TempDir Path tmp;

  SourceFile write(String name, byte[] bytes) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, bytes);
    return new SourceFile(p.toUri().toString(), name, bytes.length);
  }

  SourceFile write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aSmallFileIsReadOnceByThePeekAndItsReader() throws IOException {
    SourceFile f = write("story.txt", "Bridge reopens\n\nThe bridge reopened on Friday.\n");
    Readers.Head head = Readers.head(f, CONF);
    assertNotNull(head.file().content());
    // Gone from disk, the file is still read whole from what the peek kept.
    Files.delete(tmp.resolve("story.txt"));
    List<IngestRecord> out = new ArrayList<>();
    Readers.read(head, ReadOptions.defaults(), CONF).forEachRemaining(out::add);
    assertEquals(1, out.size());
    assertEquals("Bridge reopens", out.get(0).title);
    assertEquals("The bridge reopened on Friday.", out.get(0).body);
  }

  @Test
  void wireCopySavedAsTextLosesItsSignOffLineButNotAPersonsName() throws IOException {
    List<IngestRecord> out = new ArrayList<>();
    for (String[] file :
        new String[][] {
          {"signed.txt", "Bridge reopens\n\nThe bridge reopened on Friday.\n REUTER\n"},
          {"named.txt", "Board meets\n\nThe board met chairman Edzard Reuter\n"}
        }) {
      Readers.read(Readers.head(write(file[0], file[1]), CONF), ReadOptions.defaults(), CONF)
          .forEachRemaining(out::add);
    }
    assertEquals("The bridge reopened on Friday.", out.get(0).body);
    assertEquals("The board met chairman Edzard Reuter", out.get(1).body);
  }

  @Test
  void aCompressedFileIsJudgedByItsHeadAndOpenedAgain() throws IOException {
    Path p = tmp.resolve("story.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write(
          "Bridge reopens\n\nThe bridge reopened on Friday.\n".getBytes(StandardCharsets.UTF_8));
    }
    SourceFile f = new SourceFile(p.toUri().toString(), "story.txt.gz", Files.size(p));
    Readers.Head head = Readers.head(f, CONF);
    assertNull(head.file().content());
    assertEquals(Format.TEXT, head.format());
  }

  @Test
  void contentServesReadsLikeTheFileWithinTheLimit() throws IOException {
    byte[] bytes = "0123456789".getBytes(StandardCharsets.US_ASCII);
    SourceFile f = write("digits.txt", bytes).withContent(bytes);
    assertArrayEquals(bytes, f.readUpTo(CONF, 100));
    // Over a limit, one byte more than the limit, as when streaming: callers tell "too large" by
    // it.
    assertArrayEquals("0123".getBytes(StandardCharsets.US_ASCII), f.readUpTo(CONF, 3));
  }

  @Test
  void plainTextIsWhatIsNeitherStructuredNorTassNorBroken() throws IOException {
    assertTrue(Readers.head(write("words.txt", "acq\nalum\nbarley\n"), CONF).isPlainText());
    assertFalse(
        Readers.head(
                write("page.txt", "Title\n\nWorld\nMay 4, 12:00 UTC+3 MOSCOW\n\nLead.\n"), CONF)
            .isPlainText());
    assertFalse(Readers.head(write("records.txt", "{\"title\": \"A\"}\n"), CONF).isPlainText());
    assertFalse(Readers.head(write("empty.txt", new byte[0]), CONF).isPlainText());
    assertFalse(Readers.head(write("binary.txt", new byte[] {1, 0, 2, 0, 3}), CONF).isPlainText());
  }

  @Test
  void anUnreadableFileHasNoHead() {
    SourceFile f = new SourceFile(tmp.resolve("missing.txt").toUri().toString(), "missing.txt", 10);
    assertNull(Readers.head(f, CONF));
  }
}
