package org.wirescope.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wirescope.quotes.QuoteTransforms;
import org.wirescope.tables.ArticleTopics;
import org.wirescope.tables.Articles;
import org.wirescope.tables.DiscoveredTopics;
import org.wirescope.tables.Manifest;
import org.wirescope.tables.Organizations;
import org.wirescope.tables.PersonNetwork;
import org.wirescope.tables.PersonPairs;
import org.wirescope.tables.Persons;
import org.wirescope.tables.Places;
import org.wirescope.tables.QuoteCounts;
import org.wirescope.tables.Quotes;
import org.wirescope.tables.Rejects;
import org.wirescope.tables.TableStore;
import org.wirescope.tables.TopQuotes;
import org.wirescope.tables.TopicMovers;
import org.wirescope.tables.TopicTrends;
import org.wirescope.tables.VoiceShare;

/**
 * What an output folder says, in a few small lists: the corpus, the strongest pairs and the network
 * around them, the rising topics and their trends, the most quoted speakers and the most carried
 * quotes, voice share and the rejects. The pipeline prints it and {@code report} draws it.
 *
 * <p>Read from the published tables only, so it describes any output folder, including one a
 * partial run ({@code --stages}) left: a table that is not there leaves its part empty and is named
 * in {@link #missing()}. Every list is small (bounded by {@code top} or by the number of periods);
 * nothing here grows with the corpus.
 */
public record Summary(
    String output,
    Corpus corpus,
    List<Count> sources,
    List<Count> articlesPerMonth,
    List<Count> rejectReasons,
    People people,
    List<Pair> topPairs,
    List<Node> network,
    List<Pair> networkEdges,
    List<Mover> risingTopics,
    String trendGrain,
    List<Series> topicSeries,
    Discovery discovery,
    List<Count> quotedSpeakers,
    long unattributedQuotes,
    List<CarriedQuote> topQuotes,
    List<Voice> voice,
    List<String> missing,
    java.util.Map<String, String> stale,
    Entities entities) {

  /** Articles kept (duplicates excluded from everything else), duplicates, undated, rejects. */
  public record Corpus(
      long articles,
      long duplicates,
      long undated,
      long rejects,
      String firstPublished,
      String lastPublished) {}

  /**
   * Persons and quotes. {@code attributedQuotes} have a speaker at {@code minSpeakerConfidence} or
   * above, the quotes stage's setting; {@code belowConfidence} have one below it and count as
   * unattributed.
   */
  public record People(
      long persons,
      long quotes,
      long attributedQuotes,
      long belowConfidence,
      double minSpeakerConfidence) {}

  public record Count(String label, long value) {}

  /**
   * Organisations and places: how many, the most named of each (by articles), and the organisations
   * quoted most as speakers (by quotes).
   */
  public record Entities(
      long organizations,
      long places,
      List<Count> namedOrganizations,
      List<Count> quotedOrganizations,
      List<Count> namedPlaces) {
    public static final Entities NONE = new Entities(0, 0, List.of(), List.of(), List.of());
  }

  public record Pair(String personA, String personB, long articles, double npmi) {}

  public record Node(String person, long articles, double pagerank, String community) {}

  public record Mover(
      String topic, String kind, String period, double share, double previousShare) {}

  /**
   * A topic in one period: {@code articles} of the period's {@code periodArticles}; {@code share}
   * is null when the period has no article at all (there is no share to draw, not a zero).
   */
  public record Point(
      String period, Double share, long articles, long periodArticles, boolean burst) {}

  public record Series(String topic, String kind, List<Point> points) {}

  /**
   * The topics discovery found in the text: the largest coarse topics, each with its fine topics.
   * {@code note} says why there are none (discovery off, or the corpus too small) or fewer than
   * asked; null when there is nothing to say. {@code coarseTopics} counts them all, shown or not.
   */
  public record Discovery(List<CoarseTopic> topics, long coarseTopics, String note) {
    public static final Discovery NONE = new Discovery(List.of(), 0, null);
  }

  /**
   * A coarse discovered topic: its label, its articles, its first terms and its most typical
   * headlines.
   */
  public record CoarseTopic(
      String label,
      long articles,
      List<String> terms,
      List<String> headlines,
      List<FineTopic> fine) {}

  public record FineTopic(String label, long articles) {}

  public record CarriedQuote(
      String text,
      String speaker,
      long articles,
      long sources,
      String firstSeen,
      String lastSeen) {}

  public record Voice(String person, long mentionsArticles, long quotedArticles) {}

  /** How many persons the network picture shows at most. */
  static final int NETWORK_NODES = 20;

  /** How many topics the trends chart follows. */
  static final int TREND_TOPICS = 6;

  /** At most this many coarse discovered topics are shown, whatever {@code top} says. */
  static final int DISCOVERED_TOPICS = 30;

  /** At most this many fine topics per coarse one. */
  static final int FINE_TOPICS = 8;

  /** Terms shown per discovered topic. */
  static final int TOPIC_TERMS = 8;

  /** Headlines shown per discovered topic. */
  static final int TOPIC_HEADLINES = 3;

  /** Reads the summary of the output folder behind {@code store}, {@code top} rows per list. */
  public static Summary read(TableStore store, int top) {
    List<String> missing = new ArrayList<>();
    Reader r = new Reader(store, missing);

    Corpus corpus = new Corpus(0, 0, 0, 0, null, null);
    List<Count> sources = List.of();
    List<Count> perMonth = List.of();
    if (r.has(Articles.NAME)) {
      Dataset<Row> articles = r.table(Articles.NAME);
      Row totals =
          articles
              .agg(
                  count(lit(1)),
                  sum(col(Articles.DUPLICATE_OF).isNotNull().cast("long")),
                  sum(
                      col(Articles.DUPLICATE_OF)
                          .isNull()
                          .and(col(Articles.PUBLISHED_AT).isNull())
                          .cast("long")),
                  min(col(Articles.PUBLISHED_AT)),
                  max(col(Articles.PUBLISHED_AT)))
              .first();
      long all = totals.getLong(0);
      long dups = totals.isNullAt(1) ? 0 : totals.getLong(1);
      Dataset<Row> originals = articles.filter(col(Articles.DUPLICATE_OF).isNull());
      corpus =
          new Corpus(
              all - dups,
              dups,
              totals.isNullAt(2) ? 0 : totals.getLong(2),
              0,
              day(totals.get(3)),
              day(totals.get(4)));
      sources =
          counts(
              originals
                  .groupBy(col(Articles.SOURCE))
                  .count()
                  .orderBy(desc("count"), col(Articles.SOURCE))
                  .limit(top));
      List<Count> months = new ArrayList<>();
      for (Row m :
          originals
              .filter(col(Articles.YEAR).isNotNull())
              .groupBy(Articles.YEAR, Articles.MONTH)
              .count()
              .orderBy(Articles.YEAR, Articles.MONTH)
              .collectAsList()) {
        months.add(new Count(String.format("%04d-%02d", m.getInt(0), m.getInt(1)), m.getLong(2)));
      }
      perMonth = everyMonth(months);
    }
    List<Count> rejectReasons = List.of();
    if (r.has(Rejects.NAME)) {
      rejectReasons =
          counts(
              r.table(Rejects.NAME)
                  .groupBy(col(Rejects.REASON))
                  .count()
                  .orderBy(desc("count"), col(Rejects.REASON)));
      long rejects = rejectReasons.stream().mapToLong(Count::value).sum();
      corpus =
          new Corpus(
              corpus.articles(),
              corpus.duplicates(),
              corpus.undated(),
              rejects,
              corpus.firstPublished(),
              corpus.lastPublished());
    }

    double minConfidence = minSpeakerConfidence(store);
    People people = new People(0, 0, 0, 0, minConfidence);
    if (r.has(Persons.NAME) && r.has(Quotes.NAME)) {
      Row q =
          r.table(Quotes.NAME)
              .agg(
                  count(lit(1)),
                  count(col(Quotes.SPEAKER)),
                  sum(QuoteTransforms.belowConfidence(minConfidence).cast("long")))
              .first();
      long below = q.isNullAt(2) ? 0 : q.getLong(2);
      people =
          new People(
              r.table(Persons.NAME).count(),
              q.getLong(0),
              q.getLong(1) - below,
              below,
              minConfidence);
    }

    List<Pair> topPairs = List.of();
    List<Node> network = List.of();
    List<Pair> edges = List.of();
    if (r.has(PersonPairs.NAME)) {
      Dataset<Row> pairs = r.table(PersonPairs.NAME);
      topPairs =
          pairs(
              pairs
                  .orderBy(
                      desc(PersonPairs.ARTICLES),
                      desc(PersonPairs.NPMI),
                      col(PersonPairs.PERSON_A),
                      col(PersonPairs.PERSON_B))
                  .limit(top));
      if (r.has(PersonNetwork.NAME)) {
        network = new ArrayList<>();
        for (Row n :
            r.table(PersonNetwork.NAME)
                .orderBy(
                    desc(PersonNetwork.PAGERANK),
                    desc(PersonNetwork.ARTICLES),
                    col(PersonNetwork.PERSON))
                .limit(NETWORK_NODES)
                .collectAsList()) {
          network.add(
              new Node(
                  n.getAs(PersonNetwork.PERSON),
                  whole(n, PersonNetwork.ARTICLES),
                  num(n, PersonNetwork.PAGERANK),
                  n.getAs(PersonNetwork.COMMUNITY)));
        }
        List<String> names = network.stream().map(Node::person).toList();
        edges =
            names.isEmpty()
                ? List.of()
                : pairs(
                    pairs
                        .filter(
                            col(PersonPairs.PERSON_A)
                                .isin(names.toArray())
                                .and(col(PersonPairs.PERSON_B).isin(names.toArray())))
                        .orderBy(
                            desc(PersonPairs.ARTICLES),
                            col(PersonPairs.PERSON_A),
                            col(PersonPairs.PERSON_B))
                        .limit(200));
      }
    }

    List<Mover> rising = List.of();
    String grain = null;
    List<Series> series = List.of();
    if (r.has(TopicMovers.NAME)) {
      Dataset<Row> rises =
          r.table(TopicMovers.NAME).filter(col(TopicMovers.DIRECTION).equalTo(TopicMovers.RISE));
      Row latest = rises.agg(max(col(TopicMovers.PERIOD_START))).first();
      if (!latest.isNullAt(0)) {
        rising = new ArrayList<>();
        for (Row m :
            rises
                .filter(col(TopicMovers.PERIOD_START).equalTo(lit(latest.get(0))))
                .orderBy(desc(TopicMovers.CHANGE_POINTS), col(TopicMovers.TOPIC))
                .limit(top)
                .collectAsList()) {
          rising.add(
              new Mover(
                  m.getAs(TopicMovers.TOPIC),
                  m.getAs(TopicMovers.TOPIC_KIND),
                  day(m.getAs(TopicMovers.PERIOD_START)),
                  num(m, TopicMovers.SHARE),
                  num(m, TopicMovers.PREVIOUS_SHARE)));
        }
      }
    }
    if (r.has(TopicTrends.NAME)) {
      Dataset<Row> trends = r.table(TopicTrends.NAME);
      Row g =
          trends.select(TopicTrends.GRAIN).limit(1).collectAsList().stream()
              .findFirst()
              .orElse(null);
      grain = g == null ? null : g.getString(0);
      // The most covered topics, whether tagged or discovered. Sections (too coarse) and fine
      // discovered topics (parts of a coarse one) only when there is nothing else. A burst does
      // not choose a topic: on Reuters-21578 that drew zinc and naphtha instead of earn and acq,
      // and a small topic's burst is a large jump in a line no one asked about. Bursts are still
      // marked on the lines drawn.
      Column secondary =
          not(
              col(TopicTrends.TOPIC_KIND)
                  .isin(ArticleTopics.KIND_TAG, ArticleTopics.KIND_DISCOVERED));
      List<Row> chosen =
          new ArrayList<>(
              trends
                  .groupBy(TopicTrends.TOPIC_KIND, TopicTrends.TOPIC)
                  .agg(sum(TopicTrends.ARTICLES).as("n"))
                  .orderBy(
                      secondary, desc("n"), col(TopicTrends.TOPIC_KIND), col(TopicTrends.TOPIC))
                  .limit(TREND_TOPICS)
                  .collectAsList());
      if (!chosen.isEmpty() && !isSecondary(chosen.get(0).getString(0))) {
        chosen.removeIf(c -> isSecondary(c.getString(0)));
      }
      Map<String, Series> byTopic = new LinkedHashMap<>();
      for (Row c : chosen) {
        byTopic.put(
            c.getString(0) + "\u0000" + c.getString(1),
            new Series(c.getString(1), c.getString(0), new ArrayList<>()));
      }
      if (!byTopic.isEmpty()) {
        Dataset<Row> picked = trends.filter(isChosen(chosen));
        for (Row p : picked.orderBy(TopicTrends.PERIOD_START).collectAsList()) {
          Series s =
              byTopic.get(
                  p.<String>getAs(TopicTrends.TOPIC_KIND)
                      + "\u0000"
                      + p.<String>getAs(TopicTrends.TOPIC));
          if (s != null) {
            long periodArticles = whole(p, TopicTrends.PERIOD_ARTICLES);
            s.points()
                .add(
                    new Point(
                        day(p.getAs(TopicTrends.PERIOD_START)),
                        periodArticles == 0 ? null : p.<Double>getAs(TopicTrends.SHARE),
                        whole(p, TopicTrends.ARTICLES),
                        periodArticles,
                        Boolean.TRUE.equals(p.getAs(TopicTrends.IS_BURST))));
          }
        }
      }
      series = new ArrayList<>(byTopic.values());
    }
    Discovery discovery = Discovery.NONE;
    if (r.has(DiscoveredTopics.NAME)) {
      discovery =
          discovery(
              r.table(DiscoveredTopics.NAME),
              Math.min(top, DISCOVERED_TOPICS),
              Math.min(top, FINE_TOPICS),
              discoveryNote(store));
    }

    List<Count> speakers = List.of();
    long unattributed = 0;
    if (r.has(Quotes.NAME)) {
      // From the quotes themselves, not quote_counts: undated quotes belong to no period there,
      // and a corpus without dates would show no speakers at all.
      Dataset<Row> bySpeaker =
          QuoteTransforms.atConfidence(r.table(Quotes.NAME), minConfidence)
              .groupBy(Quotes.SPEAKER)
              .agg(count(lit(1)).as("q"))
              .withColumnRenamed(Quotes.SPEAKER, QuoteCounts.SPEAKER);
      speakers =
          counts(
              bySpeaker
                  .filter(col(QuoteCounts.SPEAKER).isNotNull())
                  .orderBy(desc("q"), col(QuoteCounts.SPEAKER))
                  .limit(top));
      Row none = bySpeaker.filter(col(QuoteCounts.SPEAKER).isNull()).agg(sum("q")).first();
      unattributed = none.isNullAt(0) ? 0 : none.getLong(0);
    }
    List<CarriedQuote> carried = new ArrayList<>();
    if (r.has(TopQuotes.NAME)) {
      for (Row q :
          r.table(TopQuotes.NAME)
              .filter(col(TopQuotes.GRAIN).equalTo(TopQuotes.ALL))
              .orderBy(TopQuotes.RANK)
              .limit(top)
              .collectAsList()) {
        carried.add(
            new CarriedQuote(
                q.getAs(TopQuotes.CANONICAL_TEXT),
                q.getAs(TopQuotes.SPEAKER),
                whole(q, TopQuotes.ARTICLES),
                whole(q, TopQuotes.SOURCES),
                day(q.getAs(TopQuotes.FIRST_SEEN)),
                day(q.getAs(TopQuotes.LAST_SEEN))));
      }
    }
    List<Voice> voice = new ArrayList<>();
    if (r.has(VoiceShare.NAME)) {
      for (Row v :
          r.table(VoiceShare.NAME)
              .filter(col(VoiceShare.GRAIN).equalTo(VoiceShare.ALL))
              .orderBy(
                  desc(VoiceShare.MENTIONS_ARTICLES),
                  desc(VoiceShare.QUOTED_ARTICLES),
                  col(VoiceShare.PERSON))
              .limit(Math.max(top, 10))
              .collectAsList()) {
        voice.add(
            new Voice(
                v.getAs(VoiceShare.PERSON),
                whole(v, VoiceShare.MENTIONS_ARTICLES),
                whole(v, VoiceShare.QUOTED_ARTICLES)));
      }
    }
    return new Summary(
        store.shown(),
        corpus,
        sources,
        perMonth,
        rejectReasons,
        people,
        topPairs,
        network,
        edges,
        rising,
        grain,
        series,
        discovery,
        speakers,
        unattributed,
        carried,
        voice,
        List.copyOf(missing),
        store.stale(),
        entities(r, top));
  }

  /** The organisations and places tables' counts and top lists; none when they are missing. */
  private static Entities entities(Reader r, int top) {
    if (!r.has(Organizations.NAME) || !r.has(Places.NAME)) {
      return Entities.NONE;
    }
    Dataset<Row> orgs = r.table(Organizations.NAME);
    Dataset<Row> places = r.table(Places.NAME);
    return new Entities(
        orgs.count(),
        places.count(),
        counts(
            orgs.filter(col(Organizations.MENTIONS).gt(0))
                .select(Organizations.ORGANIZATION, Organizations.ARTICLES)
                .orderBy(desc(Organizations.ARTICLES), col(Organizations.ORGANIZATION))
                .limit(top)),
        counts(
            orgs.filter(col(Organizations.QUOTES).gt(0))
                .select(Organizations.ORGANIZATION, Organizations.QUOTES)
                .orderBy(desc(Organizations.QUOTES), col(Organizations.ORGANIZATION))
                .limit(top)),
        counts(
            places
                .select(Places.PLACE, Places.ARTICLES)
                .orderBy(desc(Places.ARTICLES), col(Places.PLACE))
                .limit(top)));
  }

  /**
   * The speaker confidence the quotes stage counted from, as its manifest entry says; else the
   * default.
   */
  private static double minSpeakerConfidence(TableStore store) {
    com.fasterxml.jackson.databind.JsonNode v =
        Manifest.read(store).path("stages").path("quotes").path("min_speaker_confidence");
    return v.isNumber() ? v.asDouble() : Quotes.DEFAULT_MIN_SPEAKER_CONFIDENCE;
  }

  private static boolean isSecondary(String kind) {
    return !ArticleTopics.KIND_TAG.equals(kind) && !ArticleTopics.KIND_DISCOVERED.equals(kind);
  }

  /**
   * Every month from the first to the last of {@code months} ("yyyy-MM", in order), those not in it
   * at zero: a month without articles is a finding, and the chart's x axis is time.
   */
  static List<Count> everyMonth(List<Count> months) {
    if (months.isEmpty()) {
      return List.of();
    }
    TreeMap<String, Long> byMonth = new TreeMap<>();
    months.forEach(c -> byMonth.merge(c.label(), c.value(), Long::sum));
    List<Count> out = new ArrayList<>();
    YearMonth last = YearMonth.parse(byMonth.lastKey());
    for (YearMonth m = YearMonth.parse(byMonth.firstKey()); !m.isAfter(last); m = m.plusMonths(1)) {
      out.add(new Count(m.toString(), byMonth.getOrDefault(m.toString(), 0L)));
    }
    return out;
  }

  /**
   * The {@code coarse} largest coarse topics of {@code discoveredTopics}, each with its {@code
   * fine} largest fine topics; two small queries, however many topics there are.
   */
  private static Discovery discovery(
      Dataset<Row> discoveredTopics, int coarse, int fine, String note) {
    Dataset<Row> coarseRows =
        discoveredTopics.filter(col(DiscoveredTopics.LEVEL).equalTo(DiscoveredTopics.COARSE));
    long all = coarseRows.count();
    Map<String, List<FineTopic>> fineByParent = new LinkedHashMap<>();
    List<Row> shown =
        coarseRows
            .orderBy(desc(DiscoveredTopics.ARTICLES), col(DiscoveredTopics.TOPIC_INDEX))
            .limit(coarse)
            .collectAsList();
    shown.forEach(c -> fineByParent.put(c.getAs(DiscoveredTopics.TOPIC), new ArrayList<>()));
    if (!shown.isEmpty()) {
      for (Row f :
          discoveredTopics
              .filter(
                  col(DiscoveredTopics.LEVEL)
                      .equalTo(DiscoveredTopics.FINE)
                      .and(
                          col(DiscoveredTopics.PARENT_TOPIC).isin(fineByParent.keySet().toArray())))
              .withColumn(
                  "rank",
                  org.apache
                      .spark
                      .sql
                      .functions
                      .row_number()
                      .over(
                          org.apache.spark.sql.expressions.Window.partitionBy(
                                  DiscoveredTopics.PARENT_TOPIC)
                              .orderBy(
                                  desc(DiscoveredTopics.ARTICLES),
                                  col(DiscoveredTopics.TOPIC_INDEX))))
              .filter(col("rank").leq(fine))
              .orderBy(DiscoveredTopics.PARENT_TOPIC, "rank")
              .collectAsList()) {
        fineByParent
            .get(f.<String>getAs(DiscoveredTopics.PARENT_TOPIC))
            .add(
                new FineTopic(
                    f.getAs(DiscoveredTopics.TOPIC), whole(f, DiscoveredTopics.ARTICLES)));
      }
    }
    List<CoarseTopic> topics = new ArrayList<>();
    for (Row c : shown) {
      List<String> terms = c.getList(c.fieldIndex(DiscoveredTopics.TOP_TERMS));
      // An untitled example article has an empty title: nothing to show for it.
      List<String> headlines =
          c.<String>getList(c.fieldIndex(DiscoveredTopics.EXAMPLE_TITLES)).stream()
              .filter(t -> t != null && !t.isBlank())
              .limit(TOPIC_HEADLINES)
              .toList();
      String label = c.getAs(DiscoveredTopics.TOPIC);
      topics.add(
          new CoarseTopic(
              label,
              whole(c, DiscoveredTopics.ARTICLES),
              List.copyOf(terms.subList(0, Math.min(TOPIC_TERMS, terms.size()))),
              headlines,
              fineByParent.get(label)));
    }
    return new Discovery(topics, all, note);
  }

  /**
   * Why the topics stage found no topics, or fewer than asked, as its manifest entry says; null
   * when the entry has nothing to say (or there is no entry, e.g. tables from an older run).
   */
  private static String discoveryNote(TableStore store) {
    com.fasterxml.jackson.databind.JsonNode topics =
        Manifest.read(store).path("stages").path("topics");
    if (topics.isMissingNode()) {
      return null;
    }
    String note =
        topics.path("discover_note").isTextual() ? topics.path("discover_note").asText() : null;
    if ("off".equals(topics.path("discover").asText())) {
      return "Topic discovery did not run: " + (note == null ? "--discover 0" : note) + ".";
    }
    if (topics.path("discovered").asInt(0) > 0 && note != null) {
      return "Topics found in the text: " + note + ".";
    }
    return note;
  }

  /** The trend rows of the chosen (kind, topic) pairs. */
  private static Column isChosen(List<Row> chosen) {
    Column any = lit(false);
    for (Row c : chosen) {
      any =
          any.or(
              col(TopicTrends.TOPIC_KIND)
                  .equalTo(c.getString(0))
                  .and(col(TopicTrends.TOPIC).equalTo(c.getString(1))));
    }
    return any;
  }

  private static List<Count> counts(Dataset<Row> labelAndCount) {
    List<Count> out = new ArrayList<>();
    for (Row c : labelAndCount.collectAsList()) {
      out.add(
          new Count(
              c.isNullAt(0) ? null : String.valueOf(c.get(0)), ((Number) c.get(1)).longValue()));
    }
    return out;
  }

  private static List<Pair> pairs(Dataset<Row> pairs) {
    List<Pair> out = new ArrayList<>();
    for (Row p : pairs.collectAsList()) {
      Double npmi = p.getAs(PersonPairs.NPMI);
      out.add(
          new Pair(
              p.getAs(PersonPairs.PERSON_A),
              p.getAs(PersonPairs.PERSON_B),
              whole(p, PersonPairs.ARTICLES),
              npmi == null ? Double.NaN : npmi));
    }
    return out;
  }

  /** A double column, NaN when null (a topic new this period has no previous share). */
  private static double num(Row r, String column) {
    Object v = r.getAs(column);
    return v == null ? Double.NaN : ((Number) v).doubleValue();
  }

  /** A count column, 0 when null. */
  private static long whole(Row r, String column) {
    Object v = r.getAs(column);
    return v == null ? 0 : ((Number) v).longValue();
  }

  /** A share as a percentage, or "-" when there is none. */
  static String percent(double share) {
    return Double.isNaN(share) ? "-" : String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** A timestamp or date as its UTC day, ISO; null stays null. */
  static String day(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().toString().substring(0, 10);
    }
    if (value instanceof java.time.Instant i) {
      return i.toString().substring(0, 10);
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    return value.toString();
  }

  /** The short text the pipeline ends with, every list in full. */
  public String text() {
    return text(Integer.MAX_VALUE);
  }

  /** The short text the pipeline ends with, at most {@code rows} rows per list. */
  public String text(int rows) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            "  articles: %,d (%,d duplicates, %,d undated), %s to %s; %,d rejects%n",
            corpus.articles(),
            corpus.duplicates(),
            corpus.undated(),
            orDash(corpus.firstPublished()),
            orDash(corpus.lastPublished()),
            corpus.rejects()));
    b.append(
        String.format(
            "  persons:  %,d; quotes: %,d (%,d with a speaker; %,d more below speaker confidence %.2f)%n",
            people.persons(),
            people.quotes(),
            people.attributedQuotes(),
            people.belowConfidence(),
            people.minSpeakerConfidence()));
    b.append("  top pairs (articles together):\n");
    if (topPairs.isEmpty()) {
      b.append("    (none)\n");
    }
    for (Pair p : topPairs.subList(0, Math.min(rows, topPairs.size()))) {
      b.append(
          String.format(
              "    %-48s %,6d  npmi %s%n",
              p.personA() + " & " + p.personB(), p.articles(), Svg.number(p.npmi(), "%.2f")));
    }
    b.append(
        risingTopics.isEmpty()
            ? "  rising topics:\n"
            : "  rising topics ("
                + trendGrain
                + " of "
                + risingTopics.get(0).period()
                + ", share now vs before):\n");
    if (risingTopics.isEmpty()) {
      b.append("    (none)\n");
    }
    for (Mover m : risingTopics.subList(0, Math.min(rows, risingTopics.size()))) {
      b.append(
          String.format(
              "    %-48s %6s <- %6s  (%s)%n",
              m.topic(), percent(m.share()), percent(m.previousShare()), m.kind()));
    }
    b.append("  quoted speakers (quotes):\n");
    if (quotedSpeakers.isEmpty()) {
      b.append("    (none)\n");
    }
    for (Count c : quotedSpeakers.subList(0, Math.min(rows, quotedSpeakers.size()))) {
      b.append(String.format("    %-48s %,6d%n", c.label(), c.value()));
    }
    // Always shown, zero included: how many quotes have no speaker is part of the answer.
    b.append(String.format("    %-48s %,6d%n", "(no defensible speaker)", unattributedQuotes));
    if (!missing.isEmpty()) {
      b.append("  not in this output (stage not run): ")
          .append(String.join(", ", new TreeSet<>(missing)))
          .append('\n');
    }
    if (!stale.isEmpty()) {
      b.append("  WARNING: stale tables, computed from an earlier version of their inputs: ")
          .append(String.join(", ", stale.keySet()))
          .append('\n');
    }
    return b.toString();
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }

  /** Reads tables that exist, and notes the ones that do not. */
  private record Reader(TableStore store, List<String> missing) {
    boolean has(String table) {
      if (store.exists(table)) {
        return true;
      }
      if (!missing.contains(table)) {
        missing.add(table);
      }
      return false;
    }

    Dataset<Row> table(String name) {
      return store.read(name, org.wirescope.tables.Tables.schema(name));
    }
  }
}
