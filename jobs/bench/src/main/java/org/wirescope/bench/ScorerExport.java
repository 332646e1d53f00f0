package org.wirescope.bench;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.wirescope.cli.Sessions;
import org.wirescope.quotes.QuoteTransforms;
import org.wirescope.tables.ArticleTopics;
import org.wirescope.tables.Articles;
import org.wirescope.tables.EntityMentions;
import org.wirescope.tables.FileExport;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.Quotes;
import org.wirescope.tables.TableStore;
import org.wirescope.text.lexicon.Countries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A Wirescope output folder as the shared scorers read it. By default the quotes, for {@code
 * ../shared/eval/score_quotes.py}: every column of {@code quotes}, plus {@code doc} (the source
 * file name without extension, plus {@code #record} for multi-record files) and {@code quote} (the
 * quote's text), ordered by doc and position; a speaker below {@code --min-speaker-confidence} is
 * left out, as the quotes stage leaves it out of its counts. {@code --attributed-to} writes the
 * quotes that keep a speaker to a second file: pair precision is measured on those, the quotes a
 * user would see attributed. With {@code --persons}, the distinct persons of each article from
 * {@code mentions}, for {@code ../shared/eval/score_persons.py}: {@code {"doc", "persons": [...]}}.
 * With {@code --topics}, each non-duplicate article's strongest topic of {@code --topic-kind} from
 * {@code article_topics}, for {@code ../shared/eval/score_topics.py}: {@code {"doc", "topic"}},
 * topic null when it has none. Only the evaluation needs these shapes, so they live here and not in
 * {@code wirescope export}.
 *
 * <pre>ScorerExport --topics --output OUT --to pred.jsonl [--topic-kind discovered_fine]</pre>
 */
@Command(
    name = "ScorerExport",
    mixinStandardHelpOptions = true,
    description =
        "Write OUT's quotes (or persons, or the topic, per article) as the shared scorers' JSON Lines.")
public final class ScorerExport implements Callable<Integer> {
  @Option(
      names = "--output",
      required = true,
      paramLabel = "OUT",
      description = "A Wirescope output folder.")
  String output;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FILE",
      description = "The JSON Lines file to write.")
  String to;

  @Option(
      names = "--entities",
      description =
          "Write each article's distinct persons, organisations and places instead of the quotes.")
  boolean entities;

  @Option(
      names = "--topics",
      description =
          "Write each article's strongest topic (see --topic-kind) instead of the quotes.")
  boolean topics;

  @Option(
      names = "--topic-kind",
      paramLabel = "KIND",
      defaultValue = ArticleTopics.KIND_DISCOVERED,
      description =
          "With --topics, the topic_kind scored: discovered, discovered_fine, tag or section "
              + "(default: ${DEFAULT-VALUE}).")
  String topicKind = ArticleTopics.KIND_DISCOVERED;

  @Option(
      names = "--min-speaker-confidence",
      paramLabel = "P",
      description =
          "Leave out speakers the ranker gives less than P (default: the quotes stage's, ${DEFAULT-VALUE}).",
      defaultValue = "" + Quotes.DEFAULT_MIN_SPEAKER_CONFIDENCE)
  double minSpeakerConfidence;

  @Option(
      names = "--attributed-to",
      paramLabel = "FILE",
      description = "Also write the quotes that keep a speaker, alone, to FILE.")
  String attributedTo;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ScorerExport()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (entities && topics) {
      System.err.println("ScorerExport: --entities and --topics write different files; give one");
      return 2;
    }
    SparkSession spark = Sessions.get("scorer-export");
    TableStore store = new TableStore(spark, output);
    if (topics) {
      return writeTopics(spark, store);
    }
    if (entities) {
      Dataset<Row> perDoc =
          entitiesPerDoc(
              store.read(Mentions.NAME, Mentions.SCHEMA),
              store.read(EntityMentions.NAME, EntityMentions.SCHEMA),
              store.read(Articles.NAME, Articles.SCHEMA));
      FileExport.write(store, perDoc, "jsonl", new Path(to));
      System.out.printf(
          "persons, organisations and places per article for the scorers written to %s%n", to);
      return 0;
    }
    Dataset<Row> quotes =
        withScorerFields(
            QuoteTransforms.atConfidence(
                store.read(Quotes.NAME, Quotes.SCHEMA), minSpeakerConfidence),
            store.read(Articles.NAME, Articles.SCHEMA));
    FileExport.write(store, quotes, "jsonl", new Path(to));
    System.out.printf(
        "quotes for the scorer written to %s (speakers from confidence %.2f)%n",
        to, minSpeakerConfidence);
    if (attributedTo != null) {
      FileExport.write(
          store, quotes.filter(col(Quotes.SPEAKER).isNotNull()), "jsonl", new Path(attributedTo));
      System.out.printf("quotes with a speaker written to %s%n", attributedTo);
    }
    return 0;
  }

  /**
   * Writes {@link #topicPerDoc}. A kind no row has would score every article as uncovered, which
   * looks like a result; it is refused instead, naming the kinds present.
   */
  private int writeTopics(SparkSession spark, TableStore store) throws Exception {
    Dataset<Row> articleTopics = store.read(ArticleTopics.NAME, ArticleTopics.SCHEMA);
    List<String> kinds =
        articleTopics
            .select(ArticleTopics.TOPIC_KIND)
            .distinct()
            .orderBy(ArticleTopics.TOPIC_KIND)
            .as(Encoders.STRING())
            .collectAsList();
    if (!kinds.contains(topicKind)) {
      System.err.printf(
          "ScorerExport: no article_topics row of kind '%s' in %s; the kinds present: %s%n",
          topicKind, store.shown(), kinds.isEmpty() ? "none" : String.join(", ", kinds));
      return 2;
    }
    Dataset<Row> perDoc =
        topicPerDoc(articleTopics, store.read(Articles.NAME, Articles.SCHEMA), topicKind);
    // The scorer reads a missing topic as null too, but an explicit null shows the article was
    // seen and had none; Spark's JSON writer drops null fields unless told otherwise.
    String key = "spark.sql.jsonGenerator.ignoreNullFields";
    String before = spark.conf().get(key, null);
    spark.conf().set(key, "false");
    try {
      FileExport.write(store, perDoc, "jsonl", new Path(to));
    } finally {
      if (before == null) {
        spark.conf().unset(key);
      } else {
        spark.conf().set(key, before);
      }
    }
    System.out.printf(
        "the strongest %s topic per article for the scorer written to %s%n", topicKind, to);
    return 0;
  }

  /**
   * One row per article, ordered by doc: doc and its strongest primary topic of {@code kind}, null
   * when it has none. An exact duplicate (ingest's {@code duplicate_of}: the same normalised title
   * and body) is not analysed by the stages; it has the topic of the article it duplicates, which
   * is the same text. The topics stage marks one primary per article and kind, but older outputs
   * mark several; the highest weight wins then, ties going to the first topic name, so the choice
   * never depends on row order.
   */
  static Dataset<Row> topicPerDoc(Dataset<Row> articleTopics, Dataset<Row> articles, String kind) {
    Dataset<Row> strongest =
        articleTopics
            .filter(col(ArticleTopics.TOPIC_KIND).equalTo(kind).and(col(ArticleTopics.IS_PRIMARY)))
            .withColumn(
                "_rank",
                row_number()
                    .over(
                        Window.partitionBy(ArticleTopics.ARTICLE_ID)
                            .orderBy(
                                col(ArticleTopics.WEIGHT).desc(), col(ArticleTopics.TOPIC).asc())))
            .filter(col("_rank").equalTo(1))
            .select(col(ArticleTopics.ARTICLE_ID).as("_aid"), col(ArticleTopics.TOPIC).as("topic"));
    Dataset<Row> docs =
        articles.select(
            org.apache
                .spark
                .sql
                .functions
                .coalesce(col(Articles.DUPLICATE_OF), col(Articles.ARTICLE_ID))
                .as("_original"),
            doc().as("doc"));
    return docs.join(strongest, docs.col("_original").equalTo(strongest.col("_aid")), "left")
        .select("doc", "topic")
        .orderBy("doc");
  }

  /**
   * One row per article: doc, and its distinct persons, organisations and places, each sorted. The
   * scorers grade what each article says, as it writes it:
   *
   * <ul>
   *   <li>a person mention counts as the article writes it, without a role that opens it: "Wasim"
   *       after "Wasim Akram", or "A. Stewart" that the corpus resolved to "Alec Stewart", is a
   *       name of its own, as in the gold sets (and in CoreNLP's mentions, which the issue's
   *       figures score), not the canonical person of {@code mentions};
   *   <li>organisations and places count by their surface ("SEC" and "Securities and Exchange
   *       Commission" both);
   *   <li>a country's adjective ("Canadian") is left out of the places: CoNLL-2003, which the
   *       scorers read, marks it a miscellaneous name, not a location.
   * </ul>
   */
  static Dataset<Row> entitiesPerDoc(
      Dataset<Row> mentions, Dataset<Row> entityMentions, Dataset<Row> articles) {
    Dataset<Row> docs = articles.select(col(Articles.ARTICLE_ID).as("_aid"), doc().as("doc"));
    Column role = col(Mentions.ROLE);
    Column asWritten =
        when(
                role.isNotNull().and(col(Mentions.SURFACE).startsWith(concat(role, lit(" ")))),
                trim(
                    col(Mentions.SURFACE)
                        .substr(length(role).plus(1), length(col(Mentions.SURFACE)))))
            .otherwise(col(Mentions.SURFACE));
    Dataset<Row> names =
        mentions
            .select(
                col(Mentions.ARTICLE_ID).as("_id"),
                lit("persons").as("_key"),
                asWritten.as("_name"))
            .unionByName(
                entityMentions
                    .filter(
                        col(EntityMentions.KIND)
                            .equalTo(EntityMentions.KIND_ORGANIZATION)
                            .or(
                                udf(
                                        (String s) -> Countries.ofAdjective(s) == null,
                                        DataTypes.BooleanType)
                                    .apply(col(EntityMentions.SURFACE))))
                    .select(
                        col(EntityMentions.ARTICLE_ID).as("_id"),
                        when(
                                col(EntityMentions.KIND).equalTo(EntityMentions.KIND_ORGANIZATION),
                                lit("organizations"))
                            .otherwise(lit("places"))
                            .as("_key"),
                        col(EntityMentions.SURFACE).as("_name")));
    return docs.join(names, docs.col("_aid").equalTo(names.col("_id")), "left")
        .groupBy("doc")
        .agg(
            array_sort(collect_set(when(col("_key").equalTo("persons"), col("_name"))))
                .as("persons"),
            array_sort(collect_set(when(col("_key").equalTo("organizations"), col("_name"))))
                .as("organizations"),
            array_sort(collect_set(when(col("_key").equalTo("places"), col("_name")))).as("places"))
        .orderBy("doc");
  }

  /**
   * The article's source file name without extension, plus {@code #record} for multi-record files.
   */
  private static Column doc() {
    Column name = regexp_extract(col(Articles.SOURCE_FILE), "([^/]+?)(\\.[A-Za-z0-9]+)*$", 1);
    return when(col(Articles.SOURCE_RECORD).isNull(), name)
        .otherwise(concat(name, lit("#"), col(Articles.SOURCE_RECORD)));
  }

  /** Adds doc and quote, as the shared quote scorer reads them, to {@code quotes}. */
  static Dataset<Row> withScorerFields(Dataset<Row> quotes, Dataset<Row> articles) {
    Dataset<Row> docs = articles.select(col(Articles.ARTICLE_ID).as("_aid"), doc().as("doc"));
    return quotes
        .join(docs, quotes.col(Quotes.ARTICLE_ID).equalTo(docs.col("_aid")), "left")
        .drop("_aid")
        .withColumn("quote", col(Quotes.QUOTE_TEXT))
        .orderBy(col("doc"), col(Quotes.CHAR_START));
  }
}
