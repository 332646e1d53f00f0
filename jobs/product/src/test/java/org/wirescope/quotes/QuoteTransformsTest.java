package org.wirescope.quotes;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirescope.quotes.QuoteFixtures.article;
import static org.wirescope.quotes.QuoteFixtures.articles;
import static org.wirescope.quotes.QuoteFixtures.clustered;
import static org.wirescope.quotes.QuoteFixtures.mention;
import static org.wirescope.quotes.QuoteFixtures.mentions;
import static org.wirescope.quotes.QuoteFixtures.quote;
import static org.wirescope.quotes.QuoteFixtures.quotes;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.wirescope.tables.ArticleTopics;
import org.wirescope.tables.Grain;
import org.wirescope.tables.QuoteCounts;
import org.wirescope.tables.Quotes;
import org.wirescope.tables.SpeakerTopics;
import org.wirescope.tables.TopQuotes;
import org.wirescope.tables.VoiceShare;

/** The stage's aggregate tables on small in-memory fixtures. */
class QuoteTransformsTest {

  /**
   * A seed-like article: six Peskov segments, the last continuing the fifth, so six quotes and five
   * statements.
   */
  static Dataset<Row> seedQuotes() {
    String t = "2025-01-12T10:00:00Z";
    return quotes(
        quote(
            "s",
            "Dmitry Peskov",
            "President Trump wondered whether the meeting would take place at all",
            false,
            10,
            t),
        quote(
            "s",
            "Dmitry Peskov",
            "Putin and Trump exchanged a few words on Syria during the summit",
            false,
            200,
            t),
        quote(
            "s",
            "Dmitry Peskov",
            "The conversation was short because both had full schedules",
            false,
            400,
            t),
        quote(
            "s",
            "Dmitry Peskov",
            "A full meeting was not possible for protocol reasons",
            false,
            600,
            t),
        quote(
            "s",
            "Dmitry Peskov",
            "They agreed that contacts at the working level will continue",
            false,
            800,
            t),
        quote(
            "s",
            "Dmitry Peskov",
            "and that a joint statement on Syria would be adopted",
            true,
            900,
            t));
  }

  /** {@code r} with its speaker confidence set. */
  private static Row confident(Row r, Double confidence) {
    Object[] v = new Object[r.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = r.get(i);
    }
    v[Quotes.SCHEMA.fieldIndex(Quotes.SPEAKER_CONFIDENCE)] = confidence;
    return RowFactory.create(v);
  }

  @Test
  void aSpeakerBelowTheConfidenceCountsAsNoneAndOneWithoutAConfidenceStays() {
    String t = "2025-01-12T10:00:00Z";
    Dataset<Row> q =
        quotes(
            confident(
                quote("a", "Dmitry Peskov", "The talks were useful and will go on next week", t),
                0.91),
            confident(
                quote("a", "Sergei Lavrov", "We expect nothing from this meeting at all", t), 0.2),
            confident(quote("a", null, "Nobody could say who said this one", t), 0.1),
            quote(
                "a", "Maria Zakharova", "The statement speaks for itself and needs no comment", t));
    assertEquals(1L, q.filter(QuoteTransforms.belowConfidence(0.35)).count());
    Map<String, String> bySpeaker = new TreeMap<>();
    for (Row r : QuoteTransforms.atConfidence(q, 0.35).collectAsList()) {
      bySpeaker.put(r.getAs(Quotes.QUOTE_TEXT), String.valueOf((Object) r.getAs(Quotes.SPEAKER)));
    }
    assertEquals("Dmitry Peskov", bySpeaker.get("The talks were useful and will go on next week"));
    assertEquals("null", bySpeaker.get("We expect nothing from this meeting at all"));
    assertEquals(
        "Maria Zakharova", bySpeaker.get("The statement speaks for itself and needs no comment"));
    assertEquals(q.columns().length, QuoteTransforms.atConfidence(q, 0.35).columns().length);
    assertEquals(
        3L, QuoteTransforms.atConfidence(q, 0.0).filter(col(Quotes.SPEAKER).isNotNull()).count());
  }

  @Test
  void seedLikeArticleCountsSixQuotesAndFiveStatements() {
    Dataset<Row> cl =
        clustered(seedQuotes(), articles(article("s", "TASS", "2025-01-12T10:00:00Z")));
    List<Row> rows =
        QuoteTransforms.quoteCounts(
                cl, articles(article("s", "TASS", "2025-01-12T10:00:00Z")), Grain.MONTH, "UTC")
            .collectAsList();
    assertEquals(1, rows.size(), rows.toString());
    Row r = rows.get(0);
    assertEquals("Dmitry Peskov", r.getAs(QuoteCounts.SPEAKER));
    assertEquals("month", r.getAs(QuoteCounts.GRAIN));
    assertEquals(Date.valueOf("2025-01-01"), r.getAs(QuoteCounts.PERIOD_START));
    assertEquals(6L, (long) r.<Long>getAs(QuoteCounts.QUOTES));
    assertEquals(5L, (long) r.<Long>getAs(QuoteCounts.STATEMENTS));
    assertEquals(6L, (long) r.<Long>getAs(QuoteCounts.DISTINCT_CLUSTERS));
    assertEquals(1L, (long) r.<Long>getAs(QuoteCounts.ARTICLES));
  }

  /**
   * Three months of articles (January, February, March); quotes only in January and March, one of
   * them without a speaker. Invariant: every speaker, the null one too, has all three months.
   */
  @Test
  void gapsAreZeroRowsAndUnattributedQuotesAreANullSpeakerRow() {
    Dataset<Row> arts =
        articles(
            article("j1", "TASS", "2025-01-10T10:00:00Z"),
            article("j2", "TASS", "2025-01-20T10:00:00Z"),
            article("f1", "TASS", "2025-02-10T10:00:00Z"),
            article("m1", "TASS", "2025-03-31T22:30:00Z"),
            article("u1", "TASS", null));
    Dataset<Row> cl =
        clustered(
            quotes(
                quote(
                    "j1",
                    "Sergey Lavrov",
                    "The talks will continue next week in the same format",
                    "2025-01-10T10:00:00Z"),
                quote(
                    "j2",
                    "Sergey Lavrov",
                    "We have not received any new proposals from Washington yet",
                    "2025-01-20T10:00:00Z"),
                quote(
                    "j2",
                    null,
                    "The situation on the ground has changed dramatically since then",
                    "2025-01-20T10:00:00Z"),
                quote(
                    "m1",
                    "Sergey Lavrov",
                    "Our position has been stated many times and remains the same",
                    "2025-03-31T22:30:00Z"),
                quote(
                    "u1",
                    "Sergey Lavrov",
                    "Undated quotes have no period and are not counted here at all",
                    null)),
            arts);
    Map<String, Row> byKey = new TreeMap<>();
    for (Row r : QuoteTransforms.quoteCounts(cl, arts, Grain.MONTH, "UTC").collectAsList()) {
      byKey.put(r.getAs(QuoteCounts.SPEAKER) + "|" + r.getAs(QuoteCounts.PERIOD_START), r);
    }
    assertEquals(
        List.of(
            "Sergey Lavrov|2025-01-01",
            "Sergey Lavrov|2025-02-01",
            "Sergey Lavrov|2025-03-01",
            "null|2025-01-01",
            "null|2025-02-01",
            "null|2025-03-01"),
        new ArrayList<>(byKey.keySet()));
    assertEquals(2L, (long) byKey.get("Sergey Lavrov|2025-01-01").<Long>getAs(QuoteCounts.QUOTES));
    assertEquals(
        2L, (long) byKey.get("Sergey Lavrov|2025-01-01").<Long>getAs(QuoteCounts.ARTICLES));
    Row gap = byKey.get("Sergey Lavrov|2025-02-01");
    for (String c :
        List.of(
            QuoteCounts.QUOTES,
            QuoteCounts.STATEMENTS,
            QuoteCounts.DISTINCT_CLUSTERS,
            QuoteCounts.ARTICLES)) {
      assertEquals(0L, (long) gap.<Long>getAs(c), c);
    }
    assertEquals(
        1L, (long) byKey.get("null|2025-01-01").<Long>getAs(QuoteCounts.QUOTES), "never dropped");
    assertEquals(0L, (long) byKey.get("null|2025-03-01").<Long>getAs(QuoteCounts.QUOTES));

    // In Moscow time the March 31 22:30 UTC quote falls in April, so the frame runs to April.
    Map<String, Long> moscow = new TreeMap<>();
    for (Row r :
        QuoteTransforms.quoteCounts(cl, arts, Grain.MONTH, "Europe/Moscow").collectAsList()) {
      moscow.put(
          r.getAs(QuoteCounts.SPEAKER) + "|" + r.getAs(QuoteCounts.PERIOD_START),
          r.getAs(QuoteCounts.QUOTES));
    }
    assertEquals(1L, moscow.get("Sergey Lavrov|2025-04-01"));
    assertEquals(0L, moscow.get("Sergey Lavrov|2025-03-01"));
    assertEquals(8, moscow.size());

    // Weeks start on Monday and every week of the frame is there.
    List<Row> weeks =
        QuoteTransforms.quoteCounts(cl, arts, Grain.WEEK, "UTC")
            .filter(col(QuoteCounts.SPEAKER).isNull())
            .orderBy(QuoteCounts.PERIOD_START)
            .collectAsList();
    assertEquals(Date.valueOf("2025-01-06"), weeks.get(0).getAs(QuoteCounts.PERIOD_START));
    assertEquals(
        Date.valueOf("2025-03-31"), weeks.get(weeks.size() - 1).getAs(QuoteCounts.PERIOD_START));
    assertEquals(13, weeks.size());
  }

  /** A quote dated after every article (a re-dated copy, a clock gone wrong) still counts. */
  @Test
  void aQuoteOutsideTheArticlesPeriodsExtendsTheFrame() {
    Dataset<Row> arts = articles(article("j1", "TASS", "2025-01-10T10:00:00Z"));
    Dataset<Row> cl =
        clustered(
            quotes(
                quote(
                    "j1",
                    "Sergey Lavrov",
                    "The talks will continue next week in the same format",
                    "2025-01-10T10:00:00Z"),
                quote(
                    "j1",
                    "Sergey Lavrov",
                    "We have not received any new proposals from Washington yet",
                    "2025-03-02T10:00:00Z")),
            arts);
    Map<String, Long> byKey = new TreeMap<>();
    for (Row r : QuoteTransforms.quoteCounts(cl, arts, Grain.MONTH, "UTC").collectAsList()) {
      byKey.put(
          r.getAs(QuoteCounts.SPEAKER) + "|" + r.getAs(QuoteCounts.PERIOD_START),
          r.getAs(QuoteCounts.QUOTES));
    }
    assertEquals(
        Map.of(
            "Sergey Lavrov|2025-01-01",
            1L,
            "Sergey Lavrov|2025-02-01",
            0L,
            "Sergey Lavrov|2025-03-01",
            1L),
        byKey);
  }

  @Test
  void topQuotesRankByDistinctArticlesOverallAndPerPeriod() {
    String big = "We are ready to resume the talks at any moment if the other side is ready too";
    String mid =
        "Sanctions have never worked against Russia and they will not work this time either";
    String small =
        "The grain corridor will remain open for as long as the guarantees are respected";
    Dataset<Row> arts =
        articles(
            article("a1", "TASS", "2025-01-10T10:00:00Z"),
            article("a2", "Wire", "2025-01-11T10:00:00Z"),
            article("a3", "TASS", "2025-02-12T10:00:00Z"),
            article("a4", "TASS", "2025-02-13T10:00:00Z"));
    Dataset<Row> cl =
        clustered(
            quotes(
                quote("a1", "Sergey Lavrov", big, "2025-01-10T10:00:00Z"),
                quote("a2", "Sergey Lavrov", big, "2025-01-11T10:00:00Z"),
                quote("a3", "Sergey Lavrov", big, "2025-02-12T10:00:00Z"),
                quote("a3", "Dmitry Peskov", mid, "2025-02-12T10:00:00Z"),
                quote("a4", "Dmitry Peskov", mid, "2025-02-13T10:00:00Z"),
                quote("a1", null, small, "2025-01-10T10:00:00Z")),
            arts);
    Dataset<Row> top =
        QuoteTransforms.topQuotes(cl, QuoteTransforms.quoteClusters(cl), Grain.MONTH, "UTC", 2);
    List<Row> all =
        top.filter(col(TopQuotes.GRAIN).equalTo(TopQuotes.ALL))
            .orderBy(TopQuotes.RANK)
            .collectAsList();
    assertEquals(2, all.size(), "--top 2 per scope");
    assertEquals(big, all.get(0).getAs(TopQuotes.CANONICAL_TEXT));
    assertEquals(3L, (long) all.get(0).<Long>getAs(TopQuotes.ARTICLES));
    assertEquals(2L, (long) all.get(0).<Long>getAs(TopQuotes.SOURCES));
    assertEquals("Sergey Lavrov", all.get(0).getAs(TopQuotes.SPEAKER));
    assertEquals(QuoteFixtures.at("2025-02-12T10:00:00Z"), all.get(0).getAs(TopQuotes.LAST_SEEN));
    assertNull(all.get(0).getAs(TopQuotes.PERIOD_START));
    assertEquals(mid, all.get(1).getAs(TopQuotes.CANONICAL_TEXT));

    List<Row> feb =
        top.filter(col(TopQuotes.PERIOD_START).equalTo(Date.valueOf("2025-02-01")))
            .orderBy(TopQuotes.RANK)
            .collectAsList();
    assertEquals(mid, feb.get(0).getAs(TopQuotes.CANONICAL_TEXT), "2 February articles beat 1");
    assertEquals(
        List.of("a3", "a4"),
        feb.get(0).getList(feb.get(0).fieldIndex(TopQuotes.EXAMPLE_ARTICLE_IDS)));
    List<Row> jan =
        top.filter(col(TopQuotes.PERIOD_START).equalTo(Date.valueOf("2025-01-01")))
            .orderBy(TopQuotes.RANK)
            .collectAsList();
    assertEquals(big, jan.get(0).getAs(TopQuotes.CANONICAL_TEXT));
    assertEquals(
        small, jan.get(1).getAs(TopQuotes.CANONICAL_TEXT), "the unattributed quote is ranked too");
    assertNull(jan.get(1).getAs(TopQuotes.SPEAKER));
  }

  static Dataset<Row> topicArticles() {
    return articles(
        article("a1", "TASS", "2025-01-10T10:00:00Z", "Sanctions", "Energy prices"),
        article("a2", "TASS", "2025-01-11T10:00:00Z", "Sanctions"),
        article("a3", "TASS", "2025-01-12T10:00:00Z"));
  }

  /** Peskov: 4 statements (one continuation not counted) in a1, a2 and the untagged a3. */
  static Dataset<Row> topicQuotes() {
    String t = "2025-01-10T10:00:00Z";
    return quotes(
        quote(
            "a1",
            "Dmitry Peskov",
            "The new restrictions will hurt European consumers first of all",
            false,
            0,
            t),
        quote("a1", "Dmitry Peskov", "and they will not change our course in any way", true, 80, t),
        quote(
            "a2",
            "Dmitry Peskov",
            "We have long since adapted to living under these restrictions",
            false,
            0,
            t),
        quote(
            "a3",
            "Dmitry Peskov",
            "The president has no plans to travel abroad this month",
            false,
            0,
            t),
        quote(
            "a3",
            "Dmitry Peskov",
            "His schedule for the coming weeks is already very full",
            false,
            100,
            t),
        quote(
            "a2", null, "Nobody knows what the next package will contain this time", false, 90, t));
  }

  @Test
  void speakerTopicsFallBackToTheArticlesTags() {
    Dataset<Row> cl = clustered(topicQuotes(), topicArticles());
    Map<String, Row> rows = new TreeMap<>();
    for (Row r :
        QuoteTransforms.speakerTopics(cl, QuoteTransforms.tagTopics(topicArticles()))
            .collectAsList()) {
      rows.put(
          r.getAs(SpeakerTopics.SPEAKER)
              + "|"
              + r.getAs(SpeakerTopics.TOPIC)
              + "|"
              + r.getAs(SpeakerTopics.TOPIC_KIND),
          r);
    }
    assertEquals(
        List.of(
            "Dmitry Peskov|Energy prices|tag", "Dmitry Peskov|Sanctions|tag", "null|Sanctions|tag"),
        new ArrayList<>(rows.keySet()));
    Row sanctions = rows.get("Dmitry Peskov|Sanctions|tag");
    assertEquals(
        2L,
        (long) sanctions.<Long>getAs(SpeakerTopics.STATEMENTS),
        "the continuation is not a statement");
    assertEquals(
        0.5,
        sanctions.<Double>getAs(SpeakerTopics.SHARE),
        1e-9,
        "2 of 4 statements; untagged a3 counts below the line");
    assertEquals(2L, (long) sanctions.<Long>getAs(SpeakerTopics.ARTICLES));
    assertEquals(
        0.25, rows.get("Dmitry Peskov|Energy prices|tag").<Double>getAs(SpeakerTopics.SHARE), 1e-9);
    assertEquals(1.0, rows.get("null|Sanctions|tag").<Double>getAs(SpeakerTopics.SHARE), 1e-9);
  }

  @Test
  void speakerTopicsReadArticleTopicsWithKindAndWeight() {
    Dataset<Row> cl = clustered(topicQuotes(), topicArticles());
    Dataset<Row> articleTopics =
        QuoteFixtures.spark()
            .createDataFrame(
                List.of(
                    RowFactory.create("a1", "sanctions-energy", "discovered", 0.75, true),
                    RowFactory.create("a3", "sanctions-energy", "discovered", 0.5, true),
                    RowFactory.create("a3", "Kremlin", "section", 1.0, true)),
                ArticleTopics.SCHEMA);
    Map<String, Row> rows = new TreeMap<>();
    for (Row r : QuoteTransforms.speakerTopics(cl, articleTopics).collectAsList()) {
      rows.put(
          r.getAs(SpeakerTopics.SPEAKER)
              + "|"
              + r.getAs(SpeakerTopics.TOPIC)
              + "|"
              + r.getAs(SpeakerTopics.TOPIC_KIND),
          r);
    }
    assertEquals(
        List.of("Dmitry Peskov|Kremlin|section", "Dmitry Peskov|sanctions-energy|discovered"),
        new ArrayList<>(rows.keySet()));
    Row d = rows.get("Dmitry Peskov|sanctions-energy|discovered");
    assertEquals(3L, (long) d.<Long>getAs(SpeakerTopics.STATEMENTS));
    assertEquals(0.75, d.<Double>getAs(SpeakerTopics.SHARE), 1e-9);
    assertEquals(0.75 + 0.5 + 0.5, d.<Double>getAs(SpeakerTopics.WEIGHTED_STATEMENTS), 1e-9);
  }

  @Test
  void voiceShareSetsArticlesNamingAgainstArticlesQuoting() {
    String jan = "2025-01-10T10:00:00Z";
    String feb = "2025-02-10T10:00:00Z";
    Dataset<Row> arts =
        articles(
            article("a1", "TASS", jan),
            article("a2", "TASS", jan),
            article("a3", "TASS", feb),
            article("a4", "TASS", feb));
    // Putin: named in 4 articles (twice in a1), quoted in 1. Peskov: named and quoted in a2.
    // Lavrov: quoted in a4 without being named there (the extractor resolved "the minister").
    Dataset<Row> m =
        mentions(
            mention("a1", "Vladimir Putin", jan),
            mention("a1", "Vladimir Putin", jan),
            mention("a2", "Vladimir Putin", jan),
            mention("a3", "Vladimir Putin", feb),
            mention("a4", "Vladimir Putin", feb),
            mention("a2", "Dmitry Peskov", jan));
    Dataset<Row> cl =
        clustered(
            quotes(
                quote("a1", "Vladimir Putin", "We will never give up our national interests", jan),
                quote("a1", "Vladimir Putin", "and we will defend them by every lawful means", jan),
                quote(
                    "a2",
                    "Dmitry Peskov",
                    "The president's schedule does not allow such a meeting",
                    jan),
                quote("a2", null, "Nobody expected the meeting to happen this year at all", jan),
                quote(
                    "a4",
                    "Sergey Lavrov",
                    "We will answer this provocation at a time of our choosing",
                    feb)),
            arts);
    Map<String, Row> rows = new TreeMap<>();
    for (Row r : QuoteTransforms.voiceShare(m, cl, Grain.MONTH, "UTC").collectAsList()) {
      rows.put(
          r.getAs(VoiceShare.PERSON)
              + "|"
              + r.getAs(VoiceShare.GRAIN)
              + "|"
              + r.getAs(VoiceShare.PERIOD_START),
          r);
    }
    Row putin = rows.get("Vladimir Putin|all|null");
    assertEquals(4L, (long) putin.<Long>getAs(VoiceShare.MENTIONS_ARTICLES));
    assertEquals(1L, (long) putin.<Long>getAs(VoiceShare.QUOTED_ARTICLES));
    assertEquals(0.25, putin.<Double>getAs(VoiceShare.RATIO), 1e-9);
    Row putinFeb = rows.get("Vladimir Putin|month|2025-02-01");
    assertEquals(2L, (long) putinFeb.<Long>getAs(VoiceShare.MENTIONS_ARTICLES));
    assertEquals(0L, (long) putinFeb.<Long>getAs(VoiceShare.QUOTED_ARTICLES));
    assertEquals(1.0, rows.get("Dmitry Peskov|all|null").<Double>getAs(VoiceShare.RATIO), 1e-9);
    Row lavrov = rows.get("Sergey Lavrov|all|null");
    assertEquals(0L, (long) lavrov.<Long>getAs(VoiceShare.MENTIONS_ARTICLES));
    assertNull(
        lavrov.getAs(VoiceShare.RATIO), "quoted but never named: no ratio, not a division by zero");
    assertTrue(
        rows.keySet().stream().noneMatch(k -> k.startsWith("null|")),
        "no person is made up for unattributed quotes");
    assertEquals(
        7,
        rows.size(),
        "3 persons overall, Putin in 2 months, Peskov and Lavrov in 1: " + rows.keySet());
  }
}
