package org.wirescope.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which stage writes which tables from which others, declared once, and what follows from it:
 * whether the tables of an output folder still describe one another.
 *
 * <p>Every published table carries a marker (see {@link TableStore#MARKER}) with the run that wrote
 * it and the runs of the tables it was computed from. A table is stale when one of those inputs has
 * since been rewritten by another run, or is itself stale: rerunning {@code ingest} on another
 * corpus leaves the old corpus's mentions, pairs and quotes behind, and they must not be read as if
 * they described the new one.
 */
public final class Lineage {
  /**
   * A stage: the tables it writes, the tables it reads, those it reads only when present, and the
   * folders under OUT it writes besides its tables.
   */
  public enum Stage {
    INGEST(List.of(Articles.NAME, Rejects.NAME), List.of(), List.of(), List.of()),
    EXTRACT(
        List.of(
            Mentions.NAME,
            Quotes.NAME,
            Persons.NAME,
            Organizations.NAME,
            Places.NAME,
            EntityMentions.NAME),
        List.of(Articles.NAME),
        List.of(),
        List.of()),
    TOPICS(
        List.of(ArticleTopics.NAME, DiscoveredTopics.NAME, TopicTrends.NAME, TopicMovers.NAME),
        List.of(Articles.NAME),
        List.of(),
        List.of()),
    COOCCURRENCE(
        List.of(PersonPairs.NAME, PersonPairsByPeriod.NAME, PersonNetwork.NAME, PersonGroups.NAME),
        List.of(Articles.NAME, Mentions.NAME),
        List.of(),
        List.of(EXPORTS)),
    QUOTES(
        List.of(
            QuoteClusters.NAME,
            TopQuotes.NAME,
            QuoteCounts.NAME,
            SpeakerTopics.NAME,
            VoiceShare.NAME),
        List.of(Articles.NAME, Mentions.NAME, Quotes.NAME),
        List.of(ArticleTopics.NAME),
        List.of());

    private final List<String> writes;
    private final List<String> reads;
    private final List<String> readsIfPresent;
    private final List<String> folders;

    Stage(
        List<String> writes,
        List<String> reads,
        List<String> readsIfPresent,
        List<String> folders) {
      this.writes = writes;
      this.reads = reads;
      this.readsIfPresent = readsIfPresent;
      this.folders = folders;
    }

    /** Every path under OUT the stage writes: its tables and its folders. */
    public List<String> paths() {
      List<String> all = new ArrayList<>(writes);
      all.addAll(folders);
      return all;
    }

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public List<String> writes() {
      return writes;
    }

    /** The tables the stage cannot run without. */
    public List<String> reads() {
      return reads;
    }

    /** Every table the stage may read: the required ones, then the optional ones. */
    public List<String> inputs() {
      List<String> all = new ArrayList<>(reads);
      all.addAll(readsIfPresent);
      return all;
    }
  }

  /** Folders under OUT that commands other than the stages write; they carry the marker too. */
  public static final String EXPORTS = "exports";

  public static final String CSV = "csv";
  public static final String REPORT = "report";

  /** Every folder under OUT besides the tables; each carries the marker. */
  public static final List<String> FOLDERS = List.of(EXPORTS, CSV, REPORT);

  /** Files at the top of OUT that Wirescope rewrites. */
  public static final String TABLES_SQL = "tables.sql";

  private Lineage() {}

  /** The stage that writes {@code table}. */
  public static Optional<Stage> writer(String table) {
    for (Stage s : Stage.values()) {
      if (s.writes.contains(table)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The tables a stage writing {@code table} computes it from, with the run that wrote each, as
   * they are in the folder now: what the table's marker records.
   */
  public static Map<String, String> inputsOf(String table, Map<String, TableStore.Marker> markers) {
    Map<String, String> from = new LinkedHashMap<>();
    writer(table)
        .ifPresent(
            stage -> {
              for (String input : stage.inputs()) {
                TableStore.Marker m = markers.get(input);
                if (m != null) {
                  from.put(input, m.runId());
                }
              }
            });
    return from;
  }

  /**
   * The stale tables of a folder, each with why, from the markers of the tables present (null for a
   * table without a marker, which is reported as of unknown origin). Ordered like {@link Tables}.
   */
  public static Map<String, String> stale(Map<String, TableStore.Marker> markers) {
    Map<String, String> why = new LinkedHashMap<>();
    for (String table : Tables.all().keySet()) {
      if (markers.containsKey(table)) {
        reason(table, markers, why, new TreeMap<>()).ifPresent(r -> why.put(table, r));
      }
    }
    return why;
  }

  private static Optional<String> reason(
      String table,
      Map<String, TableStore.Marker> markers,
      Map<String, String> known,
      Map<String, Boolean> visiting) {
    if (known.containsKey(table)) {
      return Optional.of(known.get(table));
    }
    TableStore.Marker m = markers.get(table);
    if (m == null) {
      return markers.containsKey(table)
          ? Optional.of("no Wirescope marker: written by an older version or by something else")
          : Optional.empty();
    }
    if (visiting.put(table, true) != null) {
      return Optional.empty();
    }
    for (Map.Entry<String, String> in : m.derivedFrom().entrySet()) {
      String input = in.getKey();
      if (!markers.containsKey(input)) {
        return Optional.of(
            "computed from " + input + " of run " + in.getValue() + ", which is no longer there");
      }
      TableStore.Marker now = markers.get(input);
      if (now == null || !now.runId().equals(in.getValue())) {
        return Optional.of(
            "computed from "
                + input
                + " of run "
                + in.getValue()
                + "; run "
                + (now == null ? "unknown" : now.runId())
                + " has rewritten "
                + input
                + " since");
      }
      Optional<String> upstream = reason(input, markers, known, visiting);
      if (upstream.isPresent()) {
        return Optional.of("computed from " + input + ", which is stale");
      }
    }
    // A stage that has to read a table it did not record (one written before markers existed).
    Stage stage = writer(table).orElse(null);
    if (stage != null) {
      for (String input : stage.reads()) {
        if (!m.derivedFrom().containsKey(input) && markers.get(input) != null) {
          return Optional.of("its marker does not say which " + input + " it was computed from");
        }
      }
    }
    return Optional.empty();
  }
}
