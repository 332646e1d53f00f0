package org.wirescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.tables.Quotes;
import org.wirescope.tables.Tables;

/**
 * docs/tables.md is what {@link TableDocs} writes from the schemas now, so the table reference
 * cannot drift from the code; and the generator refuses prose about tables, columns and options the
 * code does not have. With {@code WIRESCOPE_GENERATE_GOLDEN_FILES=1} the first test rewrites the
 * page instead of comparing (see {@link TableDocs#REGENERATE}).
 */
class TableDocsTest {
  /**
   * The repository root: surefire's {@code wirescope.repo}, else two folders up from this module.
   */
  static Path page() {
    return Path.of(System.getProperty("wirescope.repo", "../.."))
        .toAbsolutePath()
        .normalize()
        .resolve("docs/tables.md");
  }

  /** One table of two columns, with prose for it and an option that defaults to 2. */
  static final Map<String, StructType> ONE =
      Map.of("pairs", new StructType().add("a", "string", false).add("n", "long"));

  static final Function<String, String> DEFAULTS =
      o -> {
        if (!o.equals("--min")) {
          throw new IllegalArgumentException("no option " + o);
        }
        return "2";
      };

  static TableDocs.About about(Map<String, String> columns, List<String> key) {
    return new TableDocs.About("pair seen in {--min} articles", key, "", columns);
  }

  @Test
  void committedPageIsWhatTheGeneratorWrites() throws IOException {
    String fresh = TableDocs.markdown();
    Path page = page();
    if ("1".equals(System.getenv("WIRESCOPE_GENERATE_GOLDEN_FILES"))) {
      Files.createDirectories(page.getParent());
      Files.writeString(page, fresh, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(page)) {
      fail(page + " is missing; write it with: " + TableDocs.REGENERATE);
    }
    List<String> want = fresh.lines().toList();
    List<String> have = Files.readString(page, StandardCharsets.UTF_8).lines().toList();
    for (int i = 0; i < Math.max(want.size(), have.size()); i++) {
      String w = i < want.size() ? want.get(i) : "(end of page)";
      String h = i < have.size() ? have.get(i) : "(end of page)";
      if (!w.equals(h)) {
        fail(
            "docs/tables.md is not what TableDocs writes from the table schemas now; at line "
                + (i + 1)
                + "\n  the file has: "
                + h
                + "\n  TableDocs writes: "
                + w
                + "\nRegenerate it with: "
                + TableDocs.REGENERATE);
      }
    }
    assertEquals(
        fresh,
        Files.readString(page, StandardCharsets.UTF_8),
        "line endings differ; regenerate with: " + TableDocs.REGENERATE);
  }

  @Test
  void everyColumnOfEveryTableIsListedWithItsSparkType() {
    String md = TableDocs.markdown();
    for (Map.Entry<String, StructType> t : Tables.all().entrySet()) {
      String section = md.substring(md.indexOf("\n## `" + t.getKey() + "`\n"));
      for (StructField f : t.getValue().fields()) {
        String row =
            "| `"
                + f.name()
                + "` | `"
                + f.dataType().simpleString()
                + "` | "
                + (f.nullable() ? "yes" : "no")
                + " |";
        assertTrue(section.contains(row), t.getKey() + " lacks " + row);
      }
    }
    // A few that a reader relies on, spelled out.
    assertTrue(
        md.contains("| `article_id` | `string` | no | 16 hex digits"), "articles.article_id");
    assertTrue(
        md.contains("| `topics` | `array<string>` | yes |"), "arrays show their element type");
    assertTrue(md.contains("| `period_start` | `date` | no |"), "periods are dates");
  }

  @Test
  void optionsAreShownWithTheDefaultTheCommandDeclares() {
    String md = TableDocs.markdown();
    assertTrue(
        md.contains("`--min-articles` (default 2)"),
        "person_pairs names --min-articles with its default");
    assertTrue(
        md.contains("`--discover-restarts` (default 30)"),
        "defaults come from the option, not from prose");
    assertTrue(
        md.contains(
            "`--min-speaker-confidence` (default " + Quotes.DEFAULT_MIN_SPEAKER_CONFIDENCE + ")"));
    assertEquals(
        "`--baseline-periods` by grain",
        TableDocs.expand("{--baseline-periods} by grain", o -> null),
        "an option without a default is named alone");
  }

  @Test
  void stagesAndCsvCopiesComeFromLineageAndReadingCopies() {
    String md = TableDocs.markdown();
    assertTrue(
        md.contains("Written by `ingest`; read by `extract`, `topics`, `cooccurrence`, `quotes`."),
        "articles");
    assertTrue(
        md.contains("read by `quotes` (when present)"),
        "article_topics is an optional input of quotes");
    assertTrue(
        md.contains(
            "No CSV copy (too large for a spreadsheet): `export --table mentions` writes one."));
    assertTrue(md.contains("`OUT/csv/person_pairs.csv`"));
  }

  @Test
  void smallSchemaGivesHeadingKeyAndRows() {
    String md =
        TableDocs.markdown(
            ONE, Map.of("pairs", about(Map.of("n", "how | many"), List.of("a"))), DEFAULTS);
    assertTrue(
        md.contains(
            "| [`pairs`](#pairs) | pair seen in `--min` (default 2) articles | none of the stages |"),
        md);
    assertTrue(
        md.contains(
            "## `pairs`\n\nOne row per pair seen in `--min` (default 2) articles. Key: `a`"),
        md);
    assertTrue(
        md.contains("| `a` | `string` | no |  |\n| `n` | `bigint` | yes | how \\| many |\n"), md);
  }

  @Test
  void proseAboutAMissingColumnIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TableDocs.markdown(
                    ONE, Map.of("pairs", about(Map.of("gone", "was here"), List.of())), DEFAULTS));
    assertEquals(
        "TableDocs describes column 'gone', which table pairs does not have; its columns: a, n",
        e.getMessage());
  }

  @Test
  void aKeyColumnThatIsNotThereIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TableDocs.markdown(ONE, Map.of("pairs", about(Map.of(), List.of("id"))), DEFAULTS));
    assertTrue(
        e.getMessage()
            .startsWith("TableDocs names key column 'id', which table pairs does not have"),
        e.getMessage());
  }

  @Test
  void aTableWithoutProseIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> TableDocs.markdown(ONE, Map.of(), DEFAULTS));
    assertEquals(
        "table 'pairs' has no prose in TableDocs: say what one row of it is", e.getMessage());
  }

  @Test
  void proseAboutATableThatIsGoneIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TableDocs.markdown(
                    ONE,
                    Map.of("pairs", about(Map.of(), List.of()), "old", about(Map.of(), List.of())),
                    DEFAULTS));
    assertEquals(
        "TableDocs describes table 'old', which Tables.all() does not have", e.getMessage());
  }

  @Test
  void anOptionThePipelineDoesNotHaveIsRefused() {
    assertEquals("0.5", TableDocs.pipelineDefault("--discover-min-weight"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> TableDocs.pipelineDefault("--max-pairs"));
    assertEquals(
        "the table prose names option --max-pairs, which 'wirescope pipeline' does not have",
        e.getMessage());
    TableDocs.About a = new TableDocs.About("pair", List.of(), "Set {--max}.", Map.of());
    assertThrows(
        IllegalArgumentException.class,
        () -> TableDocs.markdown(ONE, Map.of("pairs", a), DEFAULTS),
        "notes are checked like the rest");
  }

  @Test
  void mainWritesThePageToTheNamedFile(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("tables.md");
    TableDocs.main(new String[] {out.toString()});
    assertEquals(TableDocs.markdown(), Files.readString(out, StandardCharsets.UTF_8));
  }
}
