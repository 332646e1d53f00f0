package org.wirescope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.Corpora;
import org.wirescope.extract.PersonNames;
import org.wirescope.ingest.Format;
import org.wirescope.ingest.IngestRecord;
import org.wirescope.ingest.InputFiles;
import org.wirescope.ingest.ReadOptions;
import org.wirescope.ingest.Readers;
import org.wirescope.ingest.SourceFile;
import org.wirescope.text.TextAnalyzer;
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
    // reut2-000.sgm holds NEWIDs 1 to 1,000; the corpus's only two records that are not articles
    // (NEWID 12793 without text, 17192 with hour 605) are in other files. Floor keeps duplicates.
    assertEquals(1_000, a.articles(), "reut2-000.sgm holds 1,000 articles");
    assertEquals(0, a.rejects());
    // Reuters has no gold quotes or mentions: recount them article by article, each record read
    // alone and analysed with its own tags, which is what Floor must add up.
    long[] recount = recount(file);
    assertEquals(recount[0], a.quotes(), "quotes");
    assertEquals(recount[1], a.mentions(), "mentions");
    assertEquals(a.articles(), b.articles());
    assertEquals(a.quotes(), b.quotes());
    assertEquals(a.mentions(), b.mentions());
    assertTrue(a.seconds() > 0 && a.analyzeSeconds() <= a.seconds());
    assertTrue(r.passes().contains(r.median()));
  }

  /** Quotes and mentions of every article of one SGML file, as {quotes, mentions}. */
  static long[] recount(Path file) throws IOException {
    Configuration conf = new Configuration();
    TextAnalyzer analyzer = new TextAnalyzer(Set.of());
    long[] out = new long[2];
    for (SourceFile f : InputFiles.expand(List.of(file.toString()), Format.REUTERS, conf).files()) {
      Iterator<IngestRecord> it = Readers.read(f, Format.REUTERS, ReadOptions.defaults(), conf);
      while (it.hasNext()) {
        IngestRecord r = it.next();
        List<String> tags = r.persons.stream().map(PersonNames::display).toList();
        TextAnalyzer.Analysis x = analyzer.analyze(r.title, r.lead, r.body, tags);
        out[0] += x.quotes().size();
        out[1] += x.mentions().size();
      }
    }
    return out;
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
    assertThrows(
        IOException.class, () -> Floor.pass(tmp.toString()), "a folder without .sgm files");
  }
}
