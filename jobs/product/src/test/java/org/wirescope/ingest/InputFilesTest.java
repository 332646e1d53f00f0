package org.wirescope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.Corpora;

/**
 * Which files a folder walk reads, skips, or sets aside as text beside structured files. Fixture:
 * one folder per layout; the invariant of each is in its comment.
 */
class InputFilesTest {
  static final Configuration CONF = new Configuration();

  @TempDir static Path in;

  @BeforeAll
  static void writeFixtures() throws IOException {
    // feed/: one structured format (JSON Lines) and a word list beside it.
    write("feed/wire.jsonl", "{\"title\": \"A\", \"body\": \"B\"}\n");
    write("feed/stopwords.txt", "the\nand\nof\n");
    // reuters/: 2 SGML files, a category list, a DTD and a README.
    write("reuters/reut2-000.sgm", "<REUTERS NEWID=\"1\"></REUTERS>\n");
    write("reuters/reut2-001.sgm.gz", "");
    write("reuters/all-topics-strings.lc.txt", "acq\nalum\n");
    write("reuters/lewis.dtd", "<!ELEMENT REUTERS (DATE)>\n");
    write("reuters/README.txt", "About this corpus.\n");
    // mixed/: several structured formats (the shared tass folder's layout), so its text is read.
    write("mixed/items.json", "[]\n");
    write("mixed/items.csv", "title,body\n");
    write("mixed/page.txt", "A title\n\nA body.\n");
    // plain/: text articles and nothing structured.
    write("plain/one.txt", "A title\n\nA body.\n");
    write("plain/two.text", "Another title\n\nAnother body.\n");
    // nested/: the structured files are one folder down, so the text above them is not beside them.
    write("nested/notes.txt", "A title\n\nA body.\n");
    write("nested/feeds/wire.jsonl", "{}\n");
    // .git/ is hidden and not walked.
    write("plain/.git/config.txt", "x\n");
  }

  static void write(String rel, String text) throws IOException {
    Path p = in.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  static String path(String rel) {
    return in.resolve(rel).toUri().toString().replaceFirst("^file:///", "file:/");
  }

  static InputFiles.Listing list(Format format, String... inputs) throws IOException {
    return InputFiles.expand(List.of(inputs), format, CONF);
  }

  static List<String> relativePaths(InputFiles.Listing l) {
    return l.files().stream().map(SourceFile::relativePath).toList();
  }

  @Test
  void textBesideOneStructuredFormatIsSetAsideWithTheReason() throws IOException {
    InputFiles.Listing l = list(Format.AUTO, in.resolve("feed").toString());
    assertEquals(List.of("stopwords.txt", "wire.jsonl"), relativePaths(l));
    assertEquals(
        Map.of(
            path("feed/stopwords.txt"),
            "beside 1 json file; name it in --input or pass --format text to read it"),
        l.textBeside());
  }

  @Test
  void reutersLayoutSetsAsideItsListsAndSkipsTheRest() throws IOException {
    InputFiles.Listing l = list(Format.AUTO, in.resolve("reuters").toString());
    assertEquals(
        List.of("all-topics-strings.lc.txt", "reut2-000.sgm", "reut2-001.sgm.gz"),
        relativePaths(l));
    assertEquals(
        Map.of(
            path("reuters/all-topics-strings.lc.txt"),
            "beside 2 reuters files; name it in --input or pass --format text to read it"),
        l.textBeside());
    Map<String, String> skipped =
        new TreeMap<>(
            Map.of(
                path("reuters/README.txt"),
                "documentation, not an article",
                path("reuters/lewis.dtd"),
                "unknown extension"));
    assertEquals(skipped, l.skipped());
  }

  @Test
  void severalStructuredFormatsOrNoneLeaveTheTextAlone() throws IOException {
    assertEquals(Map.of(), list(Format.AUTO, in.resolve("mixed").toString()).textBeside());
    assertEquals(Map.of(), list(Format.AUTO, in.resolve("plain").toString()).textBeside());
    assertEquals(
        List.of("one.txt", "two.text"),
        relativePaths(list(Format.AUTO, in.resolve("plain").toString())));
  }

  @Test
  void onlyTheSameFolderCounts() throws IOException {
    InputFiles.Listing l = list(Format.AUTO, in.resolve("nested").toString());
    assertEquals(List.of("feeds/wire.jsonl", "notes.txt"), relativePaths(l));
    assertEquals(Map.of(), l.textBeside());
    // Walking the whole tree at once finds the same: a parent folder keeps every corpus below it.
    InputFiles.Listing all = list(Format.AUTO, in.toString());
    assertEquals(
        List.of(path("feed/stopwords.txt"), path("reuters/all-topics-strings.lc.txt")),
        List.copyOf(all.textBeside().keySet()));
  }

  @Test
  void aFileNamedOnTheCommandLineIsAlwaysRead() throws IOException {
    InputFiles.Listing l =
        list(
            Format.AUTO,
            in.resolve("feed").toString(),
            in.resolve("feed/stopwords.txt").toString());
    assertEquals(Map.of(), l.textBeside());
    assertEquals(2, l.files().size());
    InputFiles.Listing readme =
        list(
            Format.AUTO,
            in.resolve("reuters").toString(),
            in.resolve("reuters/README.txt").toString());
    assertTrue(relativePaths(readme).contains("README.txt"));
    assertEquals(Map.of(path("reuters/lewis.dtd"), "unknown extension"), readme.skipped());
  }

  @Test
  void explicitTextFormatReadsEveryTextFile() throws IOException {
    InputFiles.Listing l = list(Format.TEXT, in.resolve("feed").toString());
    assertEquals(List.of("stopwords.txt"), relativePaths(l));
    assertEquals(Map.of(), l.textBeside());
    assertEquals(Map.of(path("feed/wire.jsonl"), "not a text file name"), l.skipped());
  }

  @Test
  void reutersAsDistributed() throws IOException {
    InputFiles.Listing l =
        InputFiles.expand(List.of(Corpora.path("reuters21578").toString()), Format.AUTO, CONF);
    assertEquals(29, l.files().size());
    assertEquals(7, l.textBeside().size());
    assertTrue(
        l.textBeside().values().stream()
            .allMatch(
                r ->
                    r.equals(
                        "beside 22 reuters files; name it in --input or pass --format text to read it")));
    assertEquals(3, l.skipped().size(), l.skipped().toString());
  }
}
