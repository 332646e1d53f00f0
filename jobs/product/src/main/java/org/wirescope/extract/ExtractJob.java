package org.wirescope.extract;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirescope.tables.Articles;
import org.wirescope.tables.EntityMentions;
import org.wirescope.tables.Manifest;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.Organizations;
import org.wirescope.tables.Persons;
import org.wirescope.tables.Places;
import org.wirescope.tables.Quotes;
import org.wirescope.tables.TableStore;

/**
 * Extract: person mentions and direct quotations with their speakers.
 *
 * <p>Input: {@code articles} (duplicates skipped). Output grain: {@code mentions} one row per
 * person mention, {@code quotes} one row per quotation segment, {@code persons} one row per
 * canonical person.
 *
 * <pre>
 * wirescope extract --output out/ [--persons tags|text|both]
 * </pre>
 *
 * <p>The text analysis runs once per article into a staging table; the three tables come from it.
 */
public final class ExtractJob {
  private static final Logger LOG = LoggerFactory.getLogger("wirescope");

  /** What a run found. */
  public record Result(
      long articles, long mentions, long quotes, long attributed, long persons, double seconds) {}

  private ExtractJob() {}

  public static Result run(
      SparkSession spark, TableStore store, ArticleExtractor.PersonSource persons) {
    return run(spark, store, persons, ArticleExtractor.Recognition.TAGGER, true);
  }

  /**
   * @param names how names in text become persons
   * @param corpusEvidence with the tagger, whether names the corpus uses for other things are
   *     vetoed
   */
  public static Result run(
      SparkSession spark,
      TableStore store,
      ArticleExtractor.PersonSource persons,
      ArticleExtractor.Recognition names,
      boolean corpusEvidence) {
    boolean tagger = names == ArticleExtractor.Recognition.TAGGER;
    long start = System.nanoTime();
    Dataset<Row> articles =
        store.read(Articles.NAME, Articles.SCHEMA).filter(col(Articles.DUPLICATE_OF).isNull());

    // The corpus's tagged persons, in display form: a small gazetteer shipped to every task.
    spark.sparkContext().setJobDescription("extract: gather person tags");
    Set<String> known = new HashSet<>();
    if (persons != ArticleExtractor.PersonSource.TEXT) {
      for (String tag :
          articles
              .select(explode(col(Articles.PERSONS)))
              .distinct()
              .as(Encoders.STRING())
              .collectAsList()) {
        known.add(PersonNames.display(tag));
      }
    }
    Broadcast<Set<String>> gazetteer =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(known);

    // Analyse every article once, into staging: mentions, quotes, and the names the tagger read.
    spark.sparkContext().setJobDescription("extract: analyse articles");
    Path staging = store.staging("extracted");
    // The log line's counts come from this one pass: articles, mentions, quotes, with a speaker.
    Row c =
        TableStore.writeObserved(
            articles.mapPartitions(
                new ArticleExtractor(gazetteer, persons, tagger), Encoders.row(ExtractRows.SCHEMA)),
            staging,
            java.util.List.of(
                sum(size(col(ExtractRows.MENTIONS))).as("mentions"),
                sum(size(col(ExtractRows.QUOTES))).as("quotes"),
                sum(size(
                        filter(
                            col(ExtractRows.QUOTES), q -> q.getField(Quotes.SPEAKER).isNotNull())))
                    .as("attributed")));
    LOG.info(
        String.format(
            "extract: %,d articles analysed (%.1f s)",
            c.getLong(0), (System.nanoTime() - start) / 1e9));
    Dataset<Row> extracted = spark.read().schema(ExtractRows.SCHEMA).parquet(staging.toString());
    Dataset<Row> rawMentions = ExtractTransforms.explodeMentions(extracted);
    Dataset<Row> rawQuotes = ExtractTransforms.explodeQuotes(extracted);

    // What the whole corpus says about each name: those it uses overwhelmingly for firms, places
    // or other things are not persons in any one article unless that article insists.
    // With the rules no names are read, and the evidence is empty.
    long evidenceStart = System.nanoTime();
    Dataset<Row> uses = NameEvidence.uses(extracted);
    Dataset<Row> counts = NameEvidence.counts(uses);
    long vetoed = 0;
    // none unless the corpus's evidence vetoes names: then its firms are organisations too
    Dataset<Row> notPersons = spark.createDataFrame(java.util.List.of(), NameEvidence.NOT_PERSONS);
    if (tagger) {
      spark.sparkContext().setJobDescription("extract: corpus evidence about names");
      // summed once into staging: the vetoes, the persons' evidence and the organisations read it
      Path countsPath = store.staging("name_counts");
      TableStore.writeObserved(counts, countsPath, java.util.List.of());
      counts = spark.read().parquet(countsPath.toString());
      if (corpusEvidence && persons != ArticleExtractor.PersonSource.TAGS) {
        notPersons = NameEvidence.notPersons(uses, counts).cache();
        vetoed = notPersons.count();
        rawMentions = NameEvidence.withoutVetoed(rawMentions, notPersons);
        rawQuotes = NameEvidence.withVetoedSpeakers(rawQuotes, notPersons);
      }
      LOG.info(
          String.format(
              "extract: corpus evidence: %,d names used mostly for other things than persons (%.1f s)",
              vetoed, (System.nanoTime() - evidenceStart) / 1e9));
    }
    double evidenceSeconds = (System.nanoTime() - evidenceStart) / 1e9;

    rawMentions = rawMentions.cache();
    Dataset<Row> aliases = ExtractTransforms.corpusAliases(rawMentions).cache();
    Dataset<Row> mentions = ExtractTransforms.withCorpusAliases(rawMentions, aliases);
    // written, then read again for the organisations it quotes
    Dataset<Row> quotes =
        ExtractTransforms.withCanonicalNames(rawQuotes, Quotes.SPEAKER, aliases).cache();

    long writeStart = System.nanoTime();
    spark.sparkContext().setJobDescription("extract: write mentions");
    store.write(Mentions.NAME, ExtractTransforms.published(mentions, Mentions.SCHEMA));
    spark.sparkContext().setJobDescription("extract: write quotes");
    store.write(Quotes.NAME, ExtractTransforms.published(quotes, Quotes.SCHEMA));
    LOG.info(
        String.format(
            "extract: mentions and quotes written (%.1f s)",
            (System.nanoTime() - writeStart) / 1e9));
    writeStart = System.nanoTime();
    spark.sparkContext().setJobDescription("extract: write entity mentions");
    // the uses as organisations and places, staged once: the corpus-wide steps read them often
    Path entityUsesPath = store.staging("entity_uses");
    TableStore.writeObserved(
        EntityTransforms.entityUses(uses, notPersons), entityUsesPath, java.util.List.of());
    Dataset<Row> keyed =
        EntityTransforms.keyed(
                spark.read().parquet(entityUsesPath.toString()),
                EntityTransforms.personWords(store.read(Mentions.NAME, Mentions.SCHEMA)))
            .cache();
    // the corpus-wide tables read two small summaries of the mentions, each one pass over them
    Dataset<Row> spellings = EntityTransforms.spellings(keyed).cache();
    Dataset<Row> entityArticles = EntityTransforms.articles(keyed, quotes).cache();
    Dataset<Row> entityNames = EntityTransforms.names(spellings).cache();
    long entityMentions =
        store.write(EntityMentions.NAME, EntityTransforms.entityMentions(keyed, entityNames));
    spark.sparkContext().setJobDescription("extract: write organizations and places");
    long organizations =
        store.write(
            Organizations.NAME,
            EntityTransforms.organizations(spellings, entityNames, entityArticles, quotes)
                .coalesce(1));
    long places =
        store.write(
            Places.NAME,
            EntityTransforms.places(spellings, entityNames, entityArticles).coalesce(1));
    keyed.unpersist();
    spellings.unpersist();
    entityArticles.unpersist();
    entityNames.unpersist();
    LOG.info(
        String.format(
            "extract: %,d mentions of %,d organisations and %,d places written (%.1f s)",
            entityMentions, organizations, places, (System.nanoTime() - writeStart) / 1e9));
    quotes.unpersist();
    rawMentions.unpersist();
    aliases.unpersist();
    spark.sparkContext().setJobDescription("extract: write persons");
    Dataset<Row> personRows =
        ExtractTransforms.persons(
            store.read(Mentions.NAME, Mentions.SCHEMA), store.read(Quotes.NAME, Quotes.SCHEMA));
    long personCount =
        store.write(Persons.NAME, NameEvidence.withEvidence(personRows, counts).coalesce(1));
    long attributed = c.isNullAt(3) ? 0 : c.getLong(3);
    store.cleanStaging();
    spark.sparkContext().setJobDescription(null);

    long n = c.getLong(0);
    double seconds = (System.nanoTime() - start) / 1e9;
    Result r =
        new Result(
            n,
            c.isNullAt(1) ? 0 : c.getLong(1),
            c.isNullAt(2) ? 0 : c.getLong(2),
            attributed,
            personCount,
            seconds);
    ObjectNode entry = Manifest.newStage();
    entry.put("persons_from", persons.name().toLowerCase(java.util.Locale.ROOT));
    entry.put("articles", r.articles());
    entry.put("mentions", r.mentions());
    entry.put("quotes", r.quotes());
    entry.put("quotes_attributed", r.attributed());
    entry.put("quotes_unattributed", r.quotes() - r.attributed());
    entry.put("persons", r.persons());
    entry.put("entity_mentions", entityMentions);
    entry.put("organizations", organizations);
    entry.put("places", places);
    entry.put("known_person_tags", known.size());
    entry.put("names", names.name().toLowerCase(java.util.Locale.ROOT));
    entry.put("names_not_persons", vetoed);
    entry.put("name_evidence_seconds", Math.round(evidenceSeconds * 1000) / 1000.0);
    entry.put("seconds", Math.round(seconds * 1000) / 1000.0);
    Manifest.putStage(store, "extract", entry);
    LOG.info(
        String.format(
            "extract: %,d articles, %,d mentions of %,d persons, %,d quotes "
                + "(%,d with a speaker, %,d without) in %.1f s, %,.0f articles/s",
            n,
            r.mentions(),
            r.persons(),
            r.quotes(),
            attributed,
            r.quotes() - attributed,
            seconds,
            n / Math.max(seconds, 1e-9)));
    return r;
  }
}
