package org.wirescope.topics;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.wirescope.SparkTestSession;
import org.wirescope.tables.ArticleTopics;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Grain;
import org.wirescope.tables.TopicMovers;
import org.wirescope.tables.TopicTrends;

/** The pure transforms of the topics stage, on small in-memory fixtures. */
class TopicTransformsTest {
  /** The articles columns the stage reads. */
  static final StructType ARTICLES =
      new StructType()
          .add(Articles.ARTICLE_ID, DataTypes.StringType, false)
          .add(Articles.SECTION, DataTypes.StringType)
          .add(Articles.PUBLISHED_AT, DataTypes.TimestampType)
          .add(Articles.TOPICS, DataTypes.createArrayType(DataTypes.StringType, true))
          .add(Articles.DUPLICATE_OF, DataTypes.StringType);

  /** The columns {@link TopicTransforms#withBursts} needs. */
  static final StructType SERIES =
      new StructType()
          .add(TopicTrends.TOPIC, DataTypes.StringType, false)
          .add(TopicTrends.TOPIC_KIND, DataTypes.StringType, false)
          .add(TopicTrends.PERIOD_START, DataTypes.DateType, false)
          .add(TopicTrends.ARTICLES, DataTypes.LongType, false)
          .add(TopicTrends.PERIOD_ARTICLES, DataTypes.LongType, false)
          .add(TopicTrends.SHARE, DataTypes.DoubleType);

  static SparkSession spark() {
    return SparkTestSession.get();
  }

  static Row article(
      String id, String section, String publishedAt, String dupOf, String... topics) {
    return RowFactory.create(
        id,
        section,
        publishedAt == null ? null : Timestamp.from(Instant.parse(publishedAt)),
        topics.length == 1 && topics[0] == null ? null : Arrays.asList(topics),
        dupOf);
  }

  static Dataset<Row> articles(Row... rows) {
    return spark().createDataFrame(List.of(rows), ARTICLES);
  }

  static Date date(String iso) {
    return Date.valueOf(LocalDate.parse(iso));
  }

  /**
   * Fixture: four originals and one duplicate. a1 repeats "oil" and has a blank tag and a padded
   * section; a2 has no tags (null); a3 a blank section; d1 duplicates a1 and must not count.
   */
  static Dataset<Row> tagged() {
    return articles(
        article("a1", " Economy ", "2025-01-05T10:00:00Z", null, "oil", " oil", "", "opec"),
        article("a2", "World", "2025-01-06T10:00:00Z", null, (String) null),
        article("a3", "  ", "2025-02-01T10:00:00Z", null, "grain"),
        article("a4", null, null, null, "oil"),
        article("d1", "Economy", "2025-01-05T12:00:00Z", "a1", "oil", "opec"));
  }

  static Set<String> rowsOf(Dataset<Row> topics) {
    Set<String> out = new TreeSet<>();
    for (Row r : topics.collectAsList()) {
      out.add(
          r.getAs(ArticleTopics.ARTICLE_ID)
              + "|"
              + r.getAs(ArticleTopics.TOPIC)
              + "|"
              + r.getAs(ArticleTopics.TOPIC_KIND)
              + "|"
              + r.getAs(ArticleTopics.WEIGHT));
    }
    return out;
  }

  @Test
  void tagTopicsAreDistinctTrimmedAndSkipDuplicates() {
    Dataset<Row> originals = TopicTransforms.filterOriginals(tagged());
    assertEquals(
        Set.of("a1|oil|tag|1.0", "a1|opec|tag|1.0", "a3|grain|tag|1.0", "a4|oil|tag|1.0"),
        rowsOf(TopicTransforms.explodeTagTopics(originals)));
  }

  @Test
  void sectionTopicsAreTrimmedAndSkipBlanks() {
    Dataset<Row> originals = TopicTransforms.filterOriginals(tagged());
    assertEquals(
        Set.of("a1|Economy|section|1.0", "a2|World|section|1.0"),
        rowsOf(TopicTransforms.explodeSectionTopics(originals)));
  }

  @Test
  void undatedArticlesHaveNoPeriod() {
    Dataset<Row> periods =
        TopicTransforms.explodeArticlePeriods(
            TopicTransforms.filterOriginals(tagged()), Grain.MONTH, "UTC");
    Map<String, Date> byId = new TreeMap<>();
    periods.collectAsList().forEach(r -> byId.put(r.getString(0), r.getDate(1)));
    assertEquals(
        Map.of("a1", date("2025-01-01"), "a2", date("2025-01-01"), "a3", date("2025-02-01")), byId);
  }

  /**
   * Fixture: instants near period edges. m1 is 23:30 UTC on the last day of March (already April
   * 1st in Moscow, UTC+3); s1 is Sunday 2025-03-30 22:00 UTC (Monday 01:00 in Moscow: a new ISO
   * week there); n1 is 03:30 UTC on 2025-03-09, still March 8th in New York (EST, UTC-5), and n2 is
   * 03:30 UTC on 2025-03-10, the 9th there, after the DST switch (EDT, UTC-4).
   */
  static Dataset<Row> edges() {
    return articles(
        article("m1", null, "2025-03-31T23:30:00Z", null, "x"),
        article("s1", null, "2025-03-30T22:00:00Z", null, "x"),
        article("n1", null, "2025-03-09T03:30:00Z", null, "x"),
        article("n2", null, "2025-03-10T03:30:00Z", null, "x"));
  }

  static Map<String, String> periodsOf(Grain grain, String zone) {
    Map<String, String> out = new TreeMap<>();
    TopicTransforms.explodeArticlePeriods(edges(), grain, zone)
        .collectAsList()
        .forEach(r -> out.put(r.getString(0), r.getDate(1).toString()));
    return out;
  }

  @Test
  void monthEndAt2330UtcIsNextMonthInMoscow() {
    assertEquals("2025-03-01", periodsOf(Grain.MONTH, "UTC").get("m1"));
    assertEquals("2025-04-01", periodsOf(Grain.MONTH, "Europe/Moscow").get("m1"));
    assertEquals("2025-04-01", periodsOf(Grain.MONTH, "+03:00").get("m1"));
  }

  @Test
  void weeksStartOnMondayInTheChosenZone() {
    assertEquals("2025-03-24", periodsOf(Grain.WEEK, "UTC").get("s1"));
    assertEquals("2025-03-31", periodsOf(Grain.WEEK, "Europe/Moscow").get("s1"));
    assertEquals("2025-03-31", periodsOf(Grain.WEEK, "UTC").get("m1"));
  }

  @Test
  void daysFollowDaylightSavingTime() {
    Map<String, String> ny = periodsOf(Grain.DAY, "America/New_York");
    assertEquals("2025-03-08", ny.get("n1"));
    assertEquals("2025-03-09", ny.get("n2"));
    assertEquals("2025-03-10", periodsOf(Grain.DAY, "UTC").get("n2"));
  }

  @Test
  void theSessionTimeZoneDoesNotMoveThePeriods() {
    String before = spark().conf().get("spark.sql.session.timeZone");
    try {
      spark().conf().set("spark.sql.session.timeZone", "Asia/Tokyo");
      assertEquals("2025-03-01", periodsOf(Grain.MONTH, "UTC").get("m1"));
      assertEquals("2025-04-01", periodsOf(Grain.MONTH, "Europe/Moscow").get("m1"));
    } finally {
      spark().conf().set("spark.sql.session.timeZone", before);
    }
  }

  /**
   * Fixture: oil in January (2 of 3 articles) and March (1 of 1), none in February (1 article,
   * grain); April has no article at all and May one (opec), so April is a hole in the corpus.
   */
  static Dataset<Row> withGaps() {
    return articles(
        article("j1", null, "2025-01-03T00:00:00Z", null, "oil"),
        article("j2", null, "2025-01-04T00:00:00Z", null, "oil", "opec"),
        article("j3", null, "2025-01-05T00:00:00Z", null, "grain"),
        article("f1", null, "2025-02-10T00:00:00Z", null, "grain"),
        article("m1", null, "2025-03-10T00:00:00Z", null, "oil"),
        article("y1", null, "2025-05-10T00:00:00Z", null, "opec"));
  }

  static Dataset<Row> trendsOf(Dataset<Row> articles, Grain grain, int baseline) {
    return TopicTransforms.topicTrends(
        TopicTransforms.explodeTagTopics(articles),
        TopicTransforms.explodeArticlePeriods(articles, grain, "UTC"),
        grain,
        new TopicTransforms.BurstRule(baseline, 2.0, 3));
  }

  @Test
  void periodTotalsCoverEveryPeriodFromFirstToLast() {
    Map<String, Long> totals = new TreeMap<>();
    TopicTransforms.withPeriodTotals(
            TopicTransforms.explodeArticlePeriods(withGaps(), Grain.MONTH, "UTC"), Grain.MONTH)
        .collectAsList()
        .forEach(r -> totals.put(r.getDate(0).toString(), r.getLong(1)));
    assertEquals(
        Map.of(
            "2025-01-01",
            3L,
            "2025-02-01",
            1L,
            "2025-03-01",
            1L,
            "2025-04-01",
            0L,
            "2025-05-01",
            1L),
        totals);
  }

  @Test
  void aTopicWithoutArticlesInAMiddlePeriodHasAZeroRow() {
    Map<String, Row> oil = new TreeMap<>();
    trendsOf(withGaps(), Grain.MONTH, 3)
        .filter(col(TopicTrends.TOPIC).equalTo("oil"))
        .collectAsList()
        .forEach(r -> oil.put(r.<Date>getAs(TopicTrends.PERIOD_START).toString(), r));
    assertEquals(
        Set.of("2025-01-01", "2025-02-01", "2025-03-01", "2025-04-01", "2025-05-01"), oil.keySet());
    Row feb = oil.get("2025-02-01");
    assertEquals(0L, feb.<Long>getAs(TopicTrends.ARTICLES));
    assertEquals(1L, feb.<Long>getAs(TopicTrends.PERIOD_ARTICLES));
    assertEquals(0.0, feb.<Double>getAs(TopicTrends.SHARE));
    assertEquals(List.of(), feb.getList(feb.fieldIndex(TopicTrends.EXAMPLE_ARTICLE_IDS)));
    Row jan = oil.get("2025-01-01");
    assertEquals(2L, jan.<Long>getAs(TopicTrends.ARTICLES));
    assertEquals(2.0 / 3, jan.<Double>getAs(TopicTrends.SHARE), 1e-12);
    assertEquals(List.of("j1", "j2"), jan.getList(jan.fieldIndex(TopicTrends.EXAMPLE_ARTICLE_IDS)));
    assertEquals("month", jan.getAs(TopicTrends.GRAIN));
    // April has no article at all: 0 of 0, share undefined, never a burst.
    Row apr = oil.get("2025-04-01");
    assertEquals(0L, apr.<Long>getAs(TopicTrends.PERIOD_ARTICLES));
    assertNull(apr.getAs(TopicTrends.SHARE));
    assertNull(apr.getAs(TopicTrends.ZSCORE));
    assertFalse(apr.<Boolean>getAs(TopicTrends.IS_BURST));
    // Every topic has every period.
    assertEquals(3 * 5, trendsOf(withGaps(), Grain.MONTH, 3).count());
  }

  @Test
  void weekTrendsFillWeeksBetweenMondays() {
    Dataset<Row> t = trendsOf(withGaps(), Grain.WEEK, 4);
    List<Date> weeks = new ArrayList<>();
    t.filter(col(TopicTrends.TOPIC).equalTo("oil"))
        .orderBy(TopicTrends.PERIOD_START)
        .collectAsList()
        .forEach(r -> weeks.add(r.getAs(TopicTrends.PERIOD_START)));
    assertEquals(date("2024-12-30"), weeks.get(0)); // the Monday of Friday 2025-01-03
    assertEquals(date("2025-05-05"), weeks.get(weeks.size() - 1));
    for (int i = 1; i < weeks.size(); i++) {
      assertEquals(weeks.get(i - 1).toLocalDate().plusWeeks(1), weeks.get(i).toLocalDate());
    }
    assertEquals(19, weeks.size());
  }

  static Row point(String topic, String period, long articles, long periodArticles) {
    return RowFactory.create(
        topic,
        "tag",
        date(period),
        articles,
        periodArticles,
        periodArticles == 0 ? null : (double) articles / periodArticles);
  }

  /**
   * Fixture: every month has 100 articles. T's share goes 0.1, 0.2, 0.3, then jumps to 0.6 and
   * falls back to 0.2. With a 3-month baseline, by hand: April: mean 0.2, population std sqrt(0.02
   * / 3) = 0.081650 (above the sampling noise sqrt(0.2 * 0.8 / 100) = 0.04), z = 0.4 / 0.081650 =
   * 4.898979; May: mean 0.366667, std sqrt(0.086667 / 3) = 0.169967, z = -0.166667 / 0.169967 =
   * -0.980581.
   */
  @Test
  void rollingMeanAndZscoreOnAHandComputedSeries() {
    Dataset<Row> series =
        spark()
            .createDataFrame(
                List.of(
                    point("T", "2025-01-01", 10, 100),
                    point("T", "2025-02-01", 20, 100),
                    point("T", "2025-03-01", 30, 100),
                    point("T", "2025-04-01", 60, 100),
                    point("T", "2025-05-01", 20, 100)),
                SERIES);
    Map<String, Row> t = new TreeMap<>();
    TopicTransforms.withBursts(series, new TopicTransforms.BurstRule(3, 2.0, 3))
        .collectAsList()
        .forEach(r -> t.put(r.<Date>getAs(TopicTrends.PERIOD_START).toString(), r));
    assertNull(t.get("2025-01-01").getAs(TopicTrends.ROLLING_MEAN));
    assertEquals(0.1, t.get("2025-02-01").<Double>getAs(TopicTrends.ROLLING_MEAN), 1e-9);
    assertEquals(0.15, t.get("2025-03-01").<Double>getAs(TopicTrends.ROLLING_MEAN), 1e-9);
    for (String early : List.of("2025-01-01", "2025-02-01", "2025-03-01")) {
      assertNull(t.get(early).getAs(TopicTrends.ZSCORE), "no full baseline before " + early);
      assertFalse(t.get(early).<Boolean>getAs(TopicTrends.IS_BURST));
    }
    Row apr = t.get("2025-04-01");
    assertEquals(0.2, apr.<Double>getAs(TopicTrends.ROLLING_MEAN), 1e-9);
    assertEquals(Math.sqrt(0.02 / 3), apr.<Double>getAs(TopicTrends.ROLLING_STD), 1e-9);
    assertEquals(4.898979, apr.<Double>getAs(TopicTrends.ZSCORE), 1e-6);
    assertTrue(apr.<Boolean>getAs(TopicTrends.IS_BURST));
    Row may = t.get("2025-05-01");
    assertEquals(0.366667, may.<Double>getAs(TopicTrends.ROLLING_MEAN), 1e-6);
    assertEquals(0.169967, may.<Double>getAs(TopicTrends.ROLLING_STD), 1e-6);
    assertEquals(-0.980581, may.<Double>getAs(TopicTrends.ZSCORE), 1e-6);
    assertFalse(may.<Boolean>getAs(TopicTrends.IS_BURST));
  }

  /**
   * Fixture: F is flat at 5 of 100 for three months, then 15 of 100: the baseline std is 0, so the
   * sampling noise sqrt(0.05 * 0.95 / 100) = 0.021794 is the scale, z = 0.1 / 0.021794 = 4.588315,
   * a burst. Q has 0 of 10 three times, then 2 of 10: p is floored at 1/10, z = 0.2 / sqrt(0.1 *
   * 0.9 / 10) = 2.108185, over 2.0, but 2 articles are under the 3-article guard.
   */
  @Test
  void aFlatBaselineIsScaledBySamplingNoiseAndSmallCountsAreGuarded() {
    Dataset<Row> series =
        spark()
            .createDataFrame(
                List.of(
                    point("F", "2025-01-01", 5, 100),
                    point("F", "2025-02-01", 5, 100),
                    point("F", "2025-03-01", 5, 100),
                    point("F", "2025-04-01", 15, 100),
                    point("Q", "2025-01-01", 0, 10),
                    point("Q", "2025-02-01", 0, 10),
                    point("Q", "2025-03-01", 0, 10),
                    point("Q", "2025-04-01", 2, 10)),
                SERIES);
    Map<String, Row> april = new HashMap<>();
    TopicTransforms.withBursts(series, new TopicTransforms.BurstRule(3, 2.0, 3))
        .filter(col(TopicTrends.PERIOD_START).equalTo(date("2025-04-01")))
        .collectAsList()
        .forEach(r -> april.put(r.getAs(TopicTrends.TOPIC), r));
    assertEquals(0.0, april.get("F").<Double>getAs(TopicTrends.ROLLING_STD), 1e-12);
    assertEquals(4.588315, april.get("F").<Double>getAs(TopicTrends.ZSCORE), 1e-6);
    assertTrue(april.get("F").<Boolean>getAs(TopicTrends.IS_BURST));
    assertEquals(2.108185, april.get("Q").<Double>getAs(TopicTrends.ZSCORE), 1e-6);
    assertFalse(april.get("Q").<Boolean>getAs(TopicTrends.IS_BURST));
  }

  static Row trend(String topic, String period, long articles, long periodArticles) {
    return RowFactory.create(
        topic,
        "tag",
        "month",
        date(period),
        articles,
        periodArticles,
        periodArticles == 0 ? null : (double) articles / periodArticles,
        null,
        null,
        null,
        false,
        List.of(topic + "-" + period));
  }

  /**
   * Fixture: 100 articles in January and in February. From January to February A rises 10 points, B
   * rises 10 points too (tie, broken by name), C rises 2, D falls 20, E falls 5, F is unchanged
   * (not a mover). G also falls in a second kind, ranked apart from the tags.
   */
  @Test
  void moversAreRankedPerPeriodKindAndDirection() {
    List<Row> rows =
        new ArrayList<>(
            List.of(
                trend("A", "2025-01-01", 10, 100), trend("A", "2025-02-01", 20, 100),
                trend("B", "2025-01-01", 0, 100), trend("B", "2025-02-01", 10, 100),
                trend("C", "2025-01-01", 5, 100), trend("C", "2025-02-01", 7, 100),
                trend("D", "2025-01-01", 30, 100), trend("D", "2025-02-01", 10, 100),
                trend("E", "2025-01-01", 5, 100), trend("E", "2025-02-01", 0, 100),
                trend("F", "2025-01-01", 5, 100), trend("F", "2025-02-01", 5, 100)));
    rows.add(
        RowFactory.create(
            "G",
            "section",
            "month",
            date("2025-01-01"),
            50L,
            100L,
            0.5,
            null,
            null,
            null,
            false,
            List.of()));
    rows.add(
        RowFactory.create(
            "G",
            "section",
            "month",
            date("2025-02-01"),
            40L,
            100L,
            0.4,
            null,
            null,
            null,
            false,
            List.of()));
    Dataset<Row> trends = spark().createDataFrame(rows, TopicTrends.SCHEMA);

    List<String> movers = new ArrayList<>();
    TopicTransforms.topicMovers(trends, 2)
        .orderBy(TopicMovers.TOPIC_KIND, TopicMovers.DIRECTION, TopicMovers.RANK)
        .collectAsList()
        .forEach(
            r ->
                movers.add(
                    r.getAs(TopicMovers.TOPIC_KIND)
                        + " "
                        + r.getAs(TopicMovers.DIRECTION)
                        + " "
                        + r.getAs(TopicMovers.RANK)
                        + " "
                        + r.getAs(TopicMovers.TOPIC)
                        + " "
                        + Math.round(r.<Double>getAs(TopicMovers.CHANGE_POINTS))));
    assertEquals(
        List.of(
            "section fall 1 G -10",
            "tag fall 1 D -20",
            "tag fall 2 E -5",
            "tag rise 1 A 10",
            "tag rise 2 B 10"),
        movers);

    Row a =
        TopicTransforms.topicMovers(trends, 5).filter(col(TopicMovers.TOPIC).equalTo("A")).first();
    assertEquals(date("2025-02-01"), a.getAs(TopicMovers.PERIOD_START));
    assertEquals(0.2, a.<Double>getAs(TopicMovers.SHARE), 1e-12);
    assertEquals(0.1, a.<Double>getAs(TopicMovers.PREVIOUS_SHARE), 1e-12);
    assertEquals(20L, a.<Long>getAs(TopicMovers.ARTICLES));
    assertEquals(10L, a.<Long>getAs(TopicMovers.PREVIOUS_ARTICLES));
    assertEquals(List.of("A-2025-02-01"), a.getList(a.fieldIndex(TopicMovers.EXAMPLE_ARTICLE_IDS)));
    assertEquals(6, TopicTransforms.topicMovers(trends, 5).count(), "C joins; F never moves");
  }

  @Test
  void badRulesAreRejectedWithTheOptionName() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new TopicTransforms.BurstRule(0, 2, 3))
            .getMessage()
            .contains("--baseline-periods"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    TopicTransforms.topicMovers(
                        spark().createDataFrame(List.of(), TopicTrends.SCHEMA), 0))
            .getMessage()
            .contains("--movers"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Grain.parse("year"))
            .getMessage()
            .contains("day, week or month"));
  }

  /** A burst's support grows with the square root of a typical period, never below 3. */
  @Test
  void minBurstArticlesFollowTheMedianPeriod() {
    assertEquals(3, TopicTransforms.minBurstArticles(0));
    assertEquals(3, TopicTransforms.minBurstArticles(36));
    assertEquals(4, TopicTransforms.minBurstArticles(37));
    assertEquals(5, TopicTransforms.minBurstArticles(100));
    assertEquals(25, TopicTransforms.minBurstArticles(2500));
  }
}
