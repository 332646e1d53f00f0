package org.wirescope.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Rejects;

/** Pure transforms from the staging records to the {@code articles} and {@code rejects} tables. */
public final class IngestTransforms {
  private static final String CONTENT_KEEPER = "_content_keeper";
  private static final String URL_KEEPER = "_url_keeper";
  private static final String KEEPER_ID = "_keeper_id";
  private static final String CONTENT_KEY = "_content_key";
  private static final String DUPLICATE_ID = "_duplicate_id";

  private IngestTransforms() {}

  /**
   * The records that became articles, in {@link Articles#CONTENT_SCHEMA} columns plus year and
   * month.
   */
  public static Dataset<Row> filterArticles(Dataset<Row> records) {
    Column[] cols =
        Arrays.stream(Articles.CONTENT_SCHEMA.fieldNames()).map(c -> col(c)).toArray(Column[]::new);
    return records
        .filter(col(IngestRows.REJECT_REASON).isNull())
        .select(concat(cols, col(Articles.YEAR), col(Articles.MONTH)));
  }

  /** The records that did not, in {@link Rejects#SCHEMA} columns. */
  public static Dataset<Row> filterRejects(Dataset<Row> records) {
    return records
        .filter(col(IngestRows.REJECT_REASON).isNotNull())
        .select(
            col(Articles.SOURCE_FILE).as(Rejects.SOURCE_FILE),
            col(Articles.SOURCE_RECORD).as(Rejects.SOURCE_RECORD),
            col(IngestRows.READER).as(Rejects.READER),
            col(IngestRows.REJECT_REASON).as(Rejects.REASON),
            col(IngestRows.REJECT_DETAIL).as(Rejects.DETAIL),
            col(IngestRows.EXCERPT).as(Rejects.EXCERPT));
  }

  /**
   * Adds {@code duplicate_of}: null for a kept article, else the id of the article it duplicates.
   * Exact duplicates share a content hash (normalised title and body) or a url; items with a title
   * and no body must also share their publication time. In each group the earliest published
   * article is kept (undated last, ties by id), so reruns keep the same one. Content groups are
   * resolved first; their keepers are then grouped by url, and a duplicate points at the final
   * keeper, never at another duplicate.
   *
   * <p>The groups are resolved on four narrow columns (id, key, url, time) by {@link #duplicates};
   * only the duplicates found there are joined back to the full rows ({@link
   * #withDuplicateOf(Dataset, Dataset)}, where the ingest job broadcasts them when they are few).
   */
  public static Dataset<Row> withDuplicateOf(Dataset<Row> articles) {
    return withDuplicateOf(articles, duplicates(articles));
  }

  /**
   * The duplicates among {@code articles}, as {@link #withDuplicateOf(Dataset)} finds them: one row
   * per duplicate, its id ({@code _duplicate_id}) and the id of the article it duplicates ({@link
   * Articles#DUPLICATE_OF}). Reads four narrow columns of the articles, never their text.
   */
  public static Dataset<Row> duplicates(Dataset<Row> articles) {
    Column[] order = {col(Articles.PUBLISHED_AT).asc_nulls_last(), col(Articles.ARTICLE_ID).asc()};
    // Headline-only items ("FED SETS TWO BILLION DLR CUSTOMER REPURCHASE") recur on different
    // days as different news: without a body, the same title is a duplicate only at the same time.
    Column contentKey =
        when(
                col(Articles.BODY).isNull(),
                concat_ws(
                    "|", col(Articles.CONTENT_HASH), col(Articles.PUBLISHED_AT).cast("string")))
            .otherwise(col(Articles.CONTENT_HASH));
    Dataset<Row> keys =
        articles.select(
            col(Articles.ARTICLE_ID),
            contentKey.as(CONTENT_KEY),
            col(Articles.URL),
            col(Articles.PUBLISHED_AT));
    WindowSpec byContent = Window.partitionBy(col(CONTENT_KEY)).orderBy(order);
    Dataset<Row> withContent =
        keys.withColumn(CONTENT_KEEPER, first(col(Articles.ARTICLE_ID)).over(byContent));

    WindowSpec byUrl = Window.partitionBy(col(Articles.URL)).orderBy(order);
    Dataset<Row> urlKeepers =
        withContent
            .filter(
                col(CONTENT_KEEPER)
                    .equalTo(col(Articles.ARTICLE_ID))
                    .and(col(Articles.URL).isNotNull()))
            .withColumn(URL_KEEPER, first(col(Articles.ARTICLE_ID)).over(byUrl))
            .select(col(Articles.ARTICLE_ID).as(KEEPER_ID), col(URL_KEEPER));

    Column keeper = coalesce(col(URL_KEEPER), col(CONTENT_KEEPER));
    return withContent
        .join(
            urlKeepers, withContent.col(CONTENT_KEEPER).equalTo(urlKeepers.col(KEEPER_ID)), "left")
        .filter(keeper.notEqual(col(Articles.ARTICLE_ID)))
        .select(col(Articles.ARTICLE_ID).as(DUPLICATE_ID), keeper.as(Articles.DUPLICATE_OF));
  }

  /**
   * {@code articles} with {@link Articles#DUPLICATE_OF} from {@code duplicates} ({@link
   * #duplicates}), in {@link Articles#SCHEMA} columns. Pass the duplicates broadcast when they are
   * few: the articles then keep their partitions and their text is not shuffled to meet them (at 1M
   * articles that shuffle wrote 763 MB).
   */
  public static Dataset<Row> withDuplicateOf(Dataset<Row> articles, Dataset<Row> duplicates) {
    return articles
        .join(
            duplicates,
            articles.col(Articles.ARTICLE_ID).equalTo(duplicates.col(DUPLICATE_ID)),
            "left")
        .select(
            Arrays.stream(Articles.SCHEMA.fieldNames()).map(c -> col(c)).toArray(Column[]::new));
  }

  private static Column[] concat(Column[] cols, Column... more) {
    Column[] all = Arrays.copyOf(cols, cols.length + more.length);
    System.arraycopy(more, 0, all, cols.length, more.length);
    return all;
  }
}
