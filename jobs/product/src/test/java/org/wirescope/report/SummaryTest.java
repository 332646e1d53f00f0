package org.wirescope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.wirescope.tables.TableStore;
import org.wirescope.tables.TopicTrends;

/** What the summary picks from the topic tables, on a few inline rows per table. */
class SummaryTest {
  @TempDir Path out;

  static final String[] MONTHS = {"2025-01-01", "2025-02-01", "2025-03-01"};
  /** Articles per month: February has none at all. */
  static final long[] PERIOD = {100, 0, 100};

  /** One topic's trend rows, {@code articles} per month; {@code burstIn} is the month index of its burst, or -1. */
  static List<Row> trend(String kind, String topic, long[] articles, int burstIn) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < MONTHS.length; i++) {
      rows.add(RowFactory.create(topic, kind, "month", Date.valueOf(MONTHS[i]), articles[i], PERIOD[i],
          PERIOD[i] == 0 ? null : (double) articles[i] / PERIOD[i], null, null, i == burstIn ? 9.0 : null,
          i == burstIn, List.of()));
    }
    return rows;
  }

  void write(String table, StructType schema, List<Row> rows) {
    SparkTestSession.get().createDataFrame(rows, schema).write().parquet(out.resolve(table).toString());
  }

  Summary summary(int top) {
    return Summary.read(new TableStore(SparkTestSession.get(), out.toString()), top);
  }

  static List<String> topics(Summary s) {
    return s.topicSeries().stream().map(t -> t.kind() + ":" + t.topic()).toList();
  }

  /**
   * Eight tags and discovered topics, more than the chart follows: the six most covered are
   * chosen, in that order. "tiny" has the strongest burst and the fewest articles; the section
   * and the fine topic are larger than most but are not what the chart is for.
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
    assertEquals(List.of("tag:big", "discovered:oil / opec", "tag:medium", "tag:a", "tag:b", "tag:c"), topics(s));
    assertEquals("month", s.trendGrain());
    Summary.Series medium = s.topicSeries().get(2);
    assertEquals(List.of(new Summary.Point("2025-01-01", 0.2, 20, 100, false), new Summary.Point("2025-02-01", null, 0, 0,
        false), new Summary.Point("2025-03-01", 0.3, 30, 100, true)), medium.points(),
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
    assertEquals(List.of("section:Economy", "discovered_fine:opec / quota", "section:Sport"), topics(summary(10)));
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
}
