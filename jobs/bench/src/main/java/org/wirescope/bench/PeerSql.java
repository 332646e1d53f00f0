package org.wirescope.bench;

import java.util.Locale;
import org.wirescope.tables.ArticleTopics;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.QuoteClusters;
import org.wirescope.tables.Quotes;

/**
 * The DuckDB side of {@link Peer}: one plain SQL query per aggregate over the very Parquet folders
 * the jobs read, written from the tables' documented meaning rather than translated from the Spark
 * transforms, so that agreement is evidence and not an echo. Column names come from the table
 * classes; everything else is SQL.
 */
final class PeerSql {
  private final String root;
  private final String grain;
  private final String zone;
  private final int maxPersons;

  /** A quote's speaker counts from this confidence; below it the quote is unattributed. */
  private final double minSpeakerConfidence;

  /**
   * @param root local folder holding the tables
   * @param grain day, week or month (checked by the caller)
   * @param zone the zone periods are cut in (checked by the caller)
   * @param maxPersons articles (and sentences) naming more persons give no pairs
   * @param minSpeakerConfidence the quotes stage's {@code --min-speaker-confidence}
   */
  PeerSql(String root, String grain, String zone, int maxPersons, double minSpeakerConfidence) {
    this.root = root;
    this.grain = grain;
    this.zone = zone;
    this.maxPersons = maxPersons;
    this.minSpeakerConfidence = minSpeakerConfidence;
  }

  /** {@code read_parquet} over every Parquet file of a table folder, partitions included. */
  String table(String name) {
    String glob = root.replaceAll("/+$", "") + "/" + name + "/**/*.parquet";
    return "read_parquet(" + literal(glob) + ", hive_partitioning = true)";
  }

  /** The first day of the period of a UTC instant, as a DATE on the wall clock of the zone. */
  private String periodStart(String timestamp) {
    return "CAST(date_trunc("
        + literal(grain)
        + ", timezone("
        + literal(zone)
        + ", "
        + timestamp
        + ")) AS DATE)";
  }

  /**
   * Every period from the first to the last of a DATE column {@code period_start} of {@code from}.
   */
  private String periodRange(String from) {
    return "SELECT CAST(unnest(generate_series(first_period, last_period, INTERVAL 1 "
        + grain.toUpperCase(Locale.ROOT)
        + ")) AS DATE) AS period_start FROM (SELECT CAST(min(period_start) AS TIMESTAMP) AS first_period, "
        + "CAST(max(period_start) AS TIMESTAMP) AS last_period FROM "
        + from
        + ")";
  }

  /**
   * Pair totals over all pairs, before any min-articles floor: {@code person_a < person_b},
   * distinct articles naming both, sentences naming both, first and last seen. Articles naming more
   * than maxPersons distinct persons give no pairs at all; so does a sentence that does.
   */
  String pairCounts() {
    return String.join(
        "\n",
        "WITH originals AS (",
        "  SELECT "
            + Articles.ARTICLE_ID
            + " FROM "
            + table(Articles.NAME)
            + " WHERE "
            + Articles.DUPLICATE_OF
            + " IS NULL),",
        "mentions AS (",
        "  SELECT "
            + Mentions.ARTICLE_ID
            + " AS article_id, "
            + Mentions.PERSON
            + " AS person, "
            + Mentions.SENTENCE_INDEX
            + " AS sentence_index, "
            + Mentions.PUBLISHED_AT
            + " AS published_at",
        "  FROM " + table(Mentions.NAME),
        "  WHERE "
            + Mentions.PERSON
            + " IS NOT NULL AND "
            + Mentions.ARTICLE_ID
            + " IN (SELECT article_id FROM originals)),",
        "article_persons AS (SELECT DISTINCT article_id, person FROM mentions),",
        "small_articles AS (",
        "  SELECT article_id FROM article_persons GROUP BY article_id HAVING count(*) <= "
            + maxPersons
            + "),",
        // Every mention of an article carries the article's published_at.
        "article_times AS (SELECT article_id, min(published_at) AS published_at FROM mentions GROUP BY article_id),",
        "by_article AS (",
        "  SELECT a.person AS person_a, b.person AS person_b, count(*) AS articles,",
        "         min(t.published_at) AS first_seen, max(t.published_at) AS last_seen",
        "  FROM article_persons a",
        "  JOIN article_persons b ON a.article_id = b.article_id AND a.person < b.person",
        "  JOIN small_articles k ON k.article_id = a.article_id",
        "  JOIN article_times t ON t.article_id = a.article_id",
        "  GROUP BY a.person, b.person),",
        "sentence_persons AS (",
        "  SELECT DISTINCT m.article_id, m.sentence_index, m.person FROM mentions m",
        "  JOIN small_articles k ON k.article_id = m.article_id WHERE m.sentence_index IS NOT NULL),",
        "small_sentences AS (",
        "  SELECT article_id, sentence_index FROM sentence_persons GROUP BY article_id, sentence_index",
        "  HAVING count(*) <= " + maxPersons + "),",
        "by_sentence AS (",
        "  SELECT a.person AS person_a, b.person AS person_b, count(*) AS sentences",
        "  FROM sentence_persons a",
        "  JOIN sentence_persons b ON a.article_id = b.article_id AND a.sentence_index = b.sentence_index",
        "    AND a.person < b.person",
        "  JOIN small_sentences k ON k.article_id = a.article_id AND k.sentence_index = a.sentence_index",
        "  GROUP BY a.person, b.person)",
        "SELECT p.person_a, p.person_b, p.articles, CAST(coalesce(s.sentences, 0) AS BIGINT) AS sentences,",
        "       p.first_seen, p.last_seen",
        "FROM by_article p LEFT JOIN by_sentence s ON s.person_a = p.person_a AND s.person_b = p.person_b");
  }

  /**
   * Topic counts and shares per topic, kind and period: originals with a date, joined with their
   * article_topics rows; every topic gets every period from the corpus's first to its last, zeros
   * included; share = articles / period_articles as a double, null for a period without any
   * article.
   */
  String topicShares() {
    return String.join(
        "\n",
        "WITH dated AS (",
        "  SELECT "
            + Articles.ARTICLE_ID
            + " AS article_id, "
            + periodStart(Articles.PUBLISHED_AT)
            + " AS period_start",
        "  FROM " + table(Articles.NAME),
        "  WHERE "
            + Articles.DUPLICATE_OF
            + " IS NULL AND "
            + Articles.PUBLISHED_AT
            + " IS NOT NULL),",
        "totals AS (SELECT period_start, count(*) AS period_articles FROM dated GROUP BY period_start),",
        "periods AS (" + periodRange("dated") + "),",
        "counts AS (",
        "  SELECT t."
            + ArticleTopics.TOPIC_KIND
            + " AS topic_kind, t."
            + ArticleTopics.TOPIC
            + " AS topic,"
            + " d.period_start, count(*) AS articles",
        "  FROM "
            + table(ArticleTopics.NAME)
            + " t JOIN dated d ON d.article_id = t."
            + ArticleTopics.ARTICLE_ID,
        "  GROUP BY ALL),",
        "topics AS (SELECT DISTINCT topic_kind, topic FROM counts),",
        "grid AS (",
        "  SELECT k.topic_kind, k.topic, p.period_start, coalesce(t.period_articles, 0) AS period_articles",
        "  FROM topics k CROSS JOIN periods p LEFT JOIN totals t ON t.period_start = p.period_start)",
        "SELECT g.topic, g.topic_kind, " + literal(grain) + " AS grain, g.period_start,",
        "       coalesce(c.articles, 0) AS articles, g.period_articles,",
        "       CASE WHEN g.period_articles > 0",
        "         THEN CAST(coalesce(c.articles, 0) AS DOUBLE) / g.period_articles END AS share",
        "FROM grid g LEFT JOIN counts c",
        "  ON c.topic_kind = g.topic_kind AND c.topic = g.topic AND c.period_start = g.period_start");
  }

  /**
   * Quote counts per speaker (null: unattributed, a row of its own, which takes in the speakers
   * below the speaker confidence the quotes stage counted from) and period over the dated quotes of
   * originals: segments, statements (segments not continuing another), distinct quote clusters (a
   * quote_id's cluster from quote_clusters, else itself) and distinct articles. Every speaker gets
   * every period from the first dated original's or quote's to the last one's.
   */
  String quoteCounts() {
    return String.join(
        "\n",
        "WITH originals AS (",
        "  SELECT "
            + Articles.ARTICLE_ID
            + " AS article_id, "
            + Articles.PUBLISHED_AT
            + " AS published_at",
        "  FROM " + table(Articles.NAME) + " WHERE " + Articles.DUPLICATE_OF + " IS NULL),",
        "dated AS (",
        "  SELECT CASE WHEN q."
            + Quotes.SPEAKER_CONFIDENCE
            + " < "
            + minSpeakerConfidence
            + " THEN NULL",
        "              ELSE q."
            + Quotes.SPEAKER
            + " END AS speaker, "
            + periodStart("q." + Quotes.PUBLISHED_AT)
            + " AS period_start,",
        "         q."
            + Quotes.ARTICLE_ID
            + " AS article_id, q."
            + Quotes.IS_CONTINUATION
            + " AS is_continuation,",
        "         coalesce(c."
            + QuoteClusters.CLUSTER_ID
            + ", q."
            + Quotes.QUOTE_ID
            + ") AS cluster_id",
        "  FROM " + table(Quotes.NAME) + " q",
        "  LEFT JOIN "
            + table(QuoteClusters.NAME)
            + " c ON c."
            + QuoteClusters.QUOTE_ID
            + " = q."
            + Quotes.QUOTE_ID,
        "  WHERE q." + Quotes.PUBLISHED_AT + " IS NOT NULL",
        "    AND q." + Quotes.ARTICLE_ID + " IN (SELECT article_id FROM originals)),",
        "counts AS (",
        "  SELECT speaker, period_start, count(*) AS quotes,",
        "         CAST(sum(CASE WHEN is_continuation THEN 0 ELSE 1 END) AS BIGINT) AS statements,",
        "         count(DISTINCT cluster_id) AS distinct_clusters, count(DISTINCT article_id) AS articles",
        "  FROM dated GROUP BY speaker, period_start),",
        "periods AS ("
            + periodRange(
                "(SELECT "
                    + periodStart("published_at")
                    + " AS period_start FROM originals WHERE published_at IS NOT NULL"
                    + " UNION ALL SELECT period_start FROM dated)")
            + "),",
        "speakers AS (SELECT DISTINCT speaker FROM dated)",
        "SELECT s.speaker, " + literal(grain) + " AS grain, p.period_start,",
        "       coalesce(c.quotes, 0) AS quotes, coalesce(c.statements, 0) AS statements,",
        "       coalesce(c.distinct_clusters, 0) AS distinct_clusters, coalesce(c.articles, 0) AS articles",
        "FROM speakers s CROSS JOIN periods p",
        "LEFT JOIN counts c ON c.speaker IS NOT DISTINCT FROM s.speaker AND c.period_start = p.period_start");
  }

  /** A SQL string literal. */
  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
