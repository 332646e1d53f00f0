package org.wirescope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.SparkTestSession;
import org.wirescope.cli.CliRunner;

/** The scorer's JSON Lines: doc is the file name without its extension, quote the quote's text. */
class ScorerExportTest {
  @TempDir Path tmp;

  /** Ingests the text files of {@code in} and extracts them; returns the output folder. */
  private Path extracted(Path in) {
    Path out = tmp.resolve("out");
    CliRunner.Run ingest = CliRunner.run("ingest", "--input", in.toString(), "--format", "text", "--output", out.toString());
    assertEquals(0, ingest.exitCode(), ingest.err());
    CliRunner.Run extract = CliRunner.run("extract", "--output", out.toString());
    assertEquals(0, extract.exitCode(), extract.err());
    return out;
  }

  /** Runs ScorerExport on {@code out} (quotes, or persons per article) into {@code name}. */
  private Path exported(Path out, String name, boolean persons) throws Exception {
    Path jsonl = tmp.resolve(name);
    ScorerExport export = new ScorerExport();
    export.output = out.toString();
    export.to = jsonl.toString();
    export.persons = persons;
    assertEquals(0, export.call());
    return jsonl;
  }

  @Test
  void docIsTheFileNameAndQuoteTheText() throws Exception {
    SparkTestSession.get();
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("harbour-strike.txt"), String.join("\n",
        "Dockers walk out at the harbour",
        "",
        "Union leader Maria Santos said on Monday: \"We will not load another ship until the contract is signed.\"",
        "",
        "\"The port is losing money every hour,\" harbour director Tomas Berg said."), StandardCharsets.UTF_8);
    Path out = extracted(in);
    Path jsonl = exported(out, "quotes.jsonl", false);

    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      rows.add(new ObjectMapper().readTree(line));
    }
    assertEquals(2, rows.size(), rows.toString());
    for (JsonNode r : rows) {
      assertEquals("harbour-strike", r.path("doc").asText(), r.toString());
      assertEquals(r.path("quote_text").asText(), r.path("quote").asText(), r.toString());
    }
    assertTrue(rows.get(0).path("quote").asText().startsWith("We will not load"), rows.toString());
    assertEquals("Maria Santos", rows.get(0).path("speaker").asText(), rows.toString());
    assertEquals("Tomas Berg", rows.get(1).path("speaker").asText(), rows.toString());
  }

  @Test
  void eachArticlesPersonsAreAsItWritesThem() throws Exception {
    SparkTestSession.get();
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("captain.txt"), String.join("\n", "Captain keeps his place", "",
        "Selectors kept Aldous Penrith as captain on Monday. \"He has earned it,\" chairman Owen Pike said."),
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("scores.txt"), String.join("\n", "Penrith hits a century", "",
        "A. Penrith scored 112 before lunch as the visitors reached 301 for four."), StandardCharsets.UTF_8);
    Path out = extracted(in);
    Path jsonl = exported(out, "persons.jsonl", true);
    java.util.Map<String, String> byDoc = new java.util.TreeMap<>();
    for (String line : Files.readAllLines(jsonl)) {
      JsonNode r = new ObjectMapper().readTree(line);
      byDoc.put(r.path("doc").asText(), r.path("persons").toString());
    }
    // the mentions table resolves "A. Penrith" across the corpus; the article wrote "A. Penrith"
    assertEquals(1L, SparkTestSession.get().read().parquet(out.resolve("mentions").toString())
        .filter("surface = 'A. Penrith' AND person = 'Aldous Penrith' AND method = 'corpus_alias'").count());
    assertEquals("[\"A. Penrith\"]", byDoc.get("scores"), byDoc.toString());
    assertEquals("[\"Aldous Penrith\",\"Owen Pike\"]", byDoc.get("captain"), byDoc.toString());
  }
}
