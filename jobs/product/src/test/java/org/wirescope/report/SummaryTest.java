package org.wirescope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.SparkTestSession;
import org.wirescope.tables.DiscoveredTopics;
import org.wirescope.tables.TableStore;
import org.wirescope.tables.TopicTrends;

/** What the summary picks from the topic tables, on a few inline rows per table. */
class SummaryTest {
  @TempDir Path out;

  static final String[] MONTHS = {"2025-01-01", "2025-02-01", "2025-03-01"};

  /** Articles per month: February has none at all. */
  static final long[] PERIOD = {100, 0, 100};

  /**
   * One topic's trend rows, {@code articles} per month; {@code burstIn} is the month index of its
   * burst, or -1.
   */
  static List<Row> trend(String kind, String topic, long[] articles, int burstIn) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < MONTHS.length; i++) {
      rows.add(
          RowFactory.create(
              topic,
              kind,
              "month",
              Date.valueOf(MONTHS[i]),
              articles[i],
              PERIOD[i],
              PERIOD[i] == 0 ? null : (double) articles[i] / PERIOD[i],
              null,
              null,
              i == burstIn ? 9.0 : null,
              i == burstIn,
              List.of()));
    }
    return rows;
  }

  void write(String table, StructType schema, List<Row> rows) {
    SparkTestSession.get()
        .createDataFrame(rows, schema)
        .write()
        .parquet(out.resolve(table).toString());
  }

  Summary summary(int top) {
    return Summary.read(new TableStore(SparkTestSession.get(), out.toString()), top);
  }

  static List<String> topics(Summary s) {
    return s.topicSeries().stream().map(t -> t.kind() + ":" + t.topic()).toList();
  }

  /**
   * Eight tags and discovered topics, more than the chart follows: the six most covered are chosen,
   * in that order. "tiny" has the strongest burst and the fewest articles; the section and the fine
   * topic are larger than most but are not what the chart is for.
   */
  @Test
  void theTrendChartFollowsTheMostCoveredTopicsNotTheBursts() {
    List<Row> rows = new ArrayList<>();
    rows.addAll(trend("tag", "big", new long[] {50, 0, 40}, -1));
    rows.addAll(trend("discovered", "oil / opec", new long[] {30, 0, 35}, -1));
    rows.addAll(trend("tag", "medium", new long[] {20, 0, 30}, 2));
    rows.addAll(trend("tag", "a", new long[] {10, 0, 10}, -1));
    rows.addAll(trend("tag", "b", new long[] {10, 0, 9}, -1));
    rows.addAll(trend("tag", "c", new long[] {9, 0, 9}, -1));
    rows.addAll(trend("tag", "d", new long[] {8, 0, 9}, -1));
    rows.addAll(trend("tag", "tiny", new long[] {1, 0, 5}, 2));
    rows.addAll(trend("section", "Economy", new long[] {90, 0, 90}, -1));
    rows.addAll(trend("discovered_fine", "opec / quota", new long[] {25, 0, 30}, -1));
    write(TopicTrends.NAME, TopicTrends.SCHEMA, rows);

    Summary s = summary(10);
    assertEquals(
        List.of("tag:big", "discovered:oil / opec", "tag:medium", "tag:a", "tag:b", "tag:c"),
        topics(s));
    assertEquals("month", s.trendGrain());
    Summary.Series medium = s.topicSeries().get(2);
    assertEquals(
        List.of(
            new Summary.Point("2025-01-01", 0.2, 20, 100, false),
            new Summary.Point("2025-02-01", null, 0, 0, false),
            new Summary.Point("2025-03-01", 0.3, 30, 100, true)),
        medium.points(),
        "the burst is marked on a chosen line; the month without articles has no share");
  }

  /** Sections and fine topics are followed when there is nothing else, largest first. */
  @Test
  void sectionsAndFineTopicsOnlyWhenThereIsNothingElse() {
    List<Row> rows = new ArrayList<>();
    rows.addAll(trend("section", "Economy", new long[] {90, 0, 90}, -1));
    rows.addAll(trend("section", "Sport", new long[] {5, 0, 5}, 0));
    rows.addAll(trend("discovered_fine", "opec / quota", new long[] {25, 0, 30}, -1));
    write(TopicTrends.NAME, TopicTrends.SCHEMA, rows);
    assertEquals(
        List.of("section:Economy", "discovered_fine:opec / quota", "section:Sport"),
        topics(summary(10)));
  }

  /** One tag is enough to leave the sections out, however large they are. */
  @Test
  void oneTagLeavesTheSectionsOut() {
    List<Row> rows = new ArrayList<>();
    rows.addAll(trend("section", "Economy", new long[] {90, 0, 90}, -1));
    rows.addAll(trend("tag", "small", new long[] {1, 0, 1}, -1));
    write(TopicTrends.NAME, TopicTrends.SCHEMA, rows);
    assertEquals(List.of("tag:small"), topics(summary(10)));
  }

  static Row topic(
      String label, int index, String level, String parent, long articles, List<String> titles) {
    return RowFactory.create(
        label,
        index,
        level,
        parent,
        List.of("t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9"),
        List.of(0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1),
        articles,
        titles.stream().map(t -> "id-" + t).toList(),
        titles);
  }

  /**
   * Three coarse topics (the largest is numbered last, to check the order is by size), fine ones
   * under two of them; with --report-top 2 the two largest coarse topics and two fine ones each.
   */
  @Test
  void discoveredTopicsComeLargestFirstWithTheirFineTopics() throws IOException {
    write(
        DiscoveredTopics.NAME,
        DiscoveredTopics.SCHEMA,
        List.of(
            topic(
                "oil / opec / crude",
                2,
                "coarse",
                null,
                500,
                List.of("OPEC cuts", "", "Saudi output")),
            topic("wheat / grain / corn", 0, "coarse", null, 300, List.of("Wheat crop")),
            topic("shr / net / revs", 1, "coarse", null, 100, List.of("Profit up")),
            topic("opec / quota", 0, "fine", "oil / opec / crude", 200, List.of("Quota")),
            topic("refinery / gasoline", 1, "fine", "oil / opec / crude", 250, List.of("Refinery")),
            topic("tanker / gulf", 2, "fine", "oil / opec / crude", 50, List.of("Tanker")),
            topic("corn / maize", 3, "fine", "wheat / grain / corn", 120, List.of("Maize")),
            topic("profit / quarter", 4, "fine", "shr / net / revs", 90, List.of("Quarter"))));
    Files.writeString(
        out.resolve(TableStore.MANIFEST),
        "{\"stages\": {\"topics\": {\"discover\": 3, \"discover_note\": \"3 topics instead of 10: a small corpus\"}}}");

    Summary.Discovery d = summary(2).discovery();
    assertEquals(3, d.coarseTopics());
    assertEquals("3 topics instead of 10: a small corpus", d.note());
    assertEquals(
        List.of(
            new Summary.CoarseTopic(
                "oil / opec / crude",
                500,
                List.of("t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8"),
                List.of("OPEC cuts", "Saudi output"),
                List.of(
                    new Summary.FineTopic("refinery / gasoline", 250),
                    new Summary.FineTopic("opec / quota", 200))),
            new Summary.CoarseTopic(
                "wheat / grain / corn",
                300,
                List.of("t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8"),
                List.of("Wheat crop"),
                List.of(new Summary.FineTopic("corn / maize", 120)))),
        d.topics());
  }

  /** Discovery off: no topics, and the note says it did not run. */
  @Test
  void discoveryOffIsSaid() throws IOException {
    write(DiscoveredTopics.NAME, DiscoveredTopics.SCHEMA, List.of());
    Files.writeString(
        out.resolve(TableStore.MANIFEST),
        "{\"stages\": {\"topics\": {\"discover\": \"off\", \"discover_note\": \"11,229 of 21,276 articles "
            + "carry topic tags; --discover on finds topics in the text too\"}}}");
    Summary.Discovery d = summary(10).discovery();
    assertEquals(List.of(), d.topics());
    assertEquals(
        "Topic discovery did not run: 11,229 of 21,276 articles carry topic tags; --discover on finds topics "
            + "in the text too.",
        d.note());
    Files.delete(out.resolve(TableStore.MANIFEST));
    assertNull(summary(10).discovery().note(), "no manifest, nothing to say");
  }
}
