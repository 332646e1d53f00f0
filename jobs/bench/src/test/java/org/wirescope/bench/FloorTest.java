package org.wirescope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.Corpora;
import picocli.CommandLine;

/** {@link Floor} on real Reuters-21578 files; skipped when the corpora are absent. */
class FloorTest {
  @TempDir static Path tmp;

  @Test
  void repeatsFindTheSameCountsOnOneRealFile() throws IOException {
    Path file = Corpora.path("reuters21578/reut2-000.sgm");
    Floor.Result r = Floor.run(file.toString(), 2, null);
    assertEquals(2, r.passes().size());
    Floor.Pass a = r.passes().get(0);
    Floor.Pass b = r.passes().get(1);
    assertEquals(Files.size(file), a.inputBytes());
    assertEquals(1, a.files());
    assertEquals(1_000, a.articles() + a.rejects(), "reut2-000.sgm holds 1,000 records");
    assertTrue(a.articles() > 900, "most records are articles: " + a.articles());
    assertTrue(a.quotes() > 0, "quotes found");
    assertTrue(a.mentions() > 0, "mentions found");
    assertEquals(a.articles(), b.articles());
    assertEquals(a.quotes(), b.quotes());
    assertEquals(a.mentions(), b.mentions());
    assertTrue(a.seconds() > 0 && a.analyzeSeconds() <= a.seconds());
    assertTrue(r.passes().contains(r.median()));
  }

  @Test
  void aGlobCountsWhatItsFilesCountAlone() throws IOException {
    Path dir = Corpora.path("reuters21578");
    Floor.Pass both = Floor.pass(dir.resolve("reut2-00[01].sgm").toString());
    Floor.Pass first = Floor.pass(dir.resolve("reut2-000.sgm").toString());
    Floor.Pass second = Floor.pass(dir.resolve("reut2-001.sgm").toString());
    assertEquals(2, both.files());
    assertEquals(first.inputBytes() + second.inputBytes(), both.inputBytes());
    assertEquals(first.articles() + second.articles(), both.articles());
    assertEquals(first.quotes() + second.quotes(), both.quotes());
    assertEquals(first.mentions() + second.mentions(), both.mentions());
  }

  @Test
  void commandLinePrintsEachPassAndTheMedian() {
    Path file = Corpora.path("reuters21578/reut2-021.sgm");
    StringWriter out = new StringWriter();
    CommandLine cl = Floor.commandLine();
    cl.setOut(new PrintWriter(out, true));
    assertEquals(0, cl.execute(file.toString(), "--repeat", "1"));
    assertTrue(out.toString().contains("pass 1: 1 files, 621,648 input bytes"), out.toString());
    assertTrue(out.toString().contains("median 1 files"), out.toString());
  }

  @Test
  void badInputFailsWithAMessage() {
    StringWriter err = new StringWriter();
    CommandLine cl = Floor.commandLine();
    cl.setErr(new PrintWriter(err, true));
    assertEquals(1, cl.execute(tmp.resolve("missing").toString()));
    assertTrue(err.toString().contains("input not found"), err.toString());
    assertEquals(2, cl.execute(tmp.toString(), "--repeat", "0"));
    assertThrows(IOException.class, () -> Floor.pass(tmp.toString()), "a folder without .sgm files");
  }
}
