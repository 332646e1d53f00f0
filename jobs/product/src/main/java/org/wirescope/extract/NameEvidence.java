package org.wirescope.extract;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirescope.tables.Articles;
import org.wirescope.text.TextAnalyzer;

/**
 * Corpus-wide evidence about names. One article may not say whether "Morgan Stanley" is a person
 * or a firm; the corpus does ("analysts at Morgan Stanley", "Morgan Stanley said in a report").
 * The tagger reads every article, every name it finds is counted by kind over the whole corpus,
 * and the names the corpus overwhelmingly uses for something other than a person are returned.
 */
public final class NameEvidence {
  private NameEvidence() {}

  public static final String NAME = "name";
  public static final String KIND = "kind";
  public static final String PERSON_USES = "person_uses";
  public static final String OTHER_USES = "other_uses";
  public static final String ARTICLES = "articles";
  public static final String ORG_CUES = "org_cues";
  public static final String PERSON_CUES = "person_cues";

  /** One name use: the name's key, its kind and the cues around it. */
  static final StructType USE = new StructType()
      .add(Articles.ARTICLE_ID, DataTypes.StringType, false)
      .add(NAME, DataTypes.StringType, false)
      .add(KIND, DataTypes.IntegerType, false)
      .add(ORG_CUES, DataTypes.IntegerType, false)
      .add(PERSON_CUES, DataTypes.IntegerType, false);

  /** A name is not a person when its other uses outnumber its person uses this many times... */
  static final int OTHER_TO_PERSON = 4;
  /** ...and it has at least this many other uses, in at least two articles. */
  static final int MIN_OTHER_USES = 3;

  /** Every name the tagger finds in every article: (article_id, name, kind, org_cues, person_cues). */
  static Dataset<Row> uses(Dataset<Row> articles) {
    return articles.select(Articles.ARTICLE_ID, Articles.TITLE, Articles.LEAD, Articles.BODY)
        .flatMap(new Uses(), Encoders.row(USE));
  }

  /** Per name: person uses, other uses, articles, firm cues and person cues. */
  static Dataset<Row> counts(Dataset<Row> uses) {
    return uses.groupBy(NAME).agg(
        sum(when(col(KIND).equalTo(1), 1).otherwise(0)).as(PERSON_USES),
        sum(when(col(KIND).notEqual(1), 1).otherwise(0)).as(OTHER_USES),
        countDistinct(Articles.ARTICLE_ID).as(ARTICLES),
        sum(col(ORG_CUES)).as(ORG_CUES),
        sum(col(PERSON_CUES)).as(PERSON_CUES));
  }

  /**
   * The names the corpus uses overwhelmingly for organisations, places or other things: by the
   * tagger's reading of each use, or by the words around the uses (firm cues at least
   * {@link #MIN_ORG_CUES} and {@link #ORG_TO_PERSON_CUES} times the person cues).
   */
  static Dataset<Row> notPersons(Dataset<Row> counts) {
    return counts.filter(col(ARTICLES).geq(2).and(
            col(OTHER_USES).geq(MIN_OTHER_USES).and(col(OTHER_USES).geq(col(PERSON_USES).multiply(OTHER_TO_PERSON)))
                .or(col(ORG_CUES).geq(MIN_ORG_CUES)
                    .and(col(ORG_CUES).geq(col(PERSON_CUES).multiply(ORG_TO_PERSON_CUES))))))
        .select(NAME);
  }

  /** Firm cues a name needs across the corpus to be a firm by its contexts... */
  static final int MIN_ORG_CUES = 2;
  /** ...and how many times its person cues they must be. */
  static final int ORG_TO_PERSON_CUES = 3;

  /** Runs the tagger over {@code articles} and collects the names that are not persons. */
  public static Set<String> notPersonNames(Dataset<Row> articles) {
    return new HashSet<>(notPersons(counts(uses(articles))).as(Encoders.STRING()).collectAsList());
  }

  private static final class Uses implements FlatMapFunction<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;
    private transient TextAnalyzer analyzer;

    @Override
    public Iterator<Row> call(Row article) {
      if (analyzer == null) {
        analyzer = new TextAnalyzer(Set.of(), true, Set.of());
      }
      String id = article.getString(0);
      List<Row> out = new ArrayList<>();
      for (TextAnalyzer.NameUse u : analyzer.names(article.getString(1), article.getString(2), article.getString(3))) {
        out.add(RowFactory.create(id, u.name(), u.kind(), u.orgCues(), u.personCues()));
      }
      return out.iterator();
    }
  }
}
