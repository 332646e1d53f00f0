package org.wirescope.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.wirescope.SparkTestSession;
import org.wirescope.tables.PersonPairs;

class CooccurrenceTransformsTest {
  static final double EPS = 1e-9;

  /** Dunning's G² written out cell by cell, independently of the Spark expression. */
  static double llr(double k11, double k12, double k21, double k22) {
    double n = k11 + k12 + k21 + k22;
    double[][] k = {{k11, k12}, {k21, k22}};
    double[] row = {k11 + k12, k21 + k22};
    double[] col = {k11 + k21, k12 + k22};
    double g = 0;
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        if (k[i][j] > 0) {
          g += k[i][j] * Math.log(k[i][j] * n / (row[i] * col[j]));
        }
      }
    }
    return 2 * g;
  }

  /**
   * Fixture, over N = 10 articles: A and B are always together (4 articles each, 4 shared);
   * C (5) and D (4) share 2 articles, exactly what independence predicts (5 * 4 / 10); E (4) and
   * F (5) share 3.
   */
  @Test
  void measuresMatchHandComputedValues() {
    var spark = SparkTestSession.get();
    StructType countsSchema = new StructType().add("person_a", "string").add("person_b", "string")
        .add("articles", "long");
    Dataset<Row> counts = spark.createDataFrame(List.of(
        RowFactory.create("A", "B", 4L), RowFactory.create("C", "D", 2L), RowFactory.create("E", "F", 3L)),
        countsSchema);
    Dataset<Row> persons = spark.createDataFrame(List.of(
        RowFactory.create("A", 4L), RowFactory.create("B", 4L), RowFactory.create("C", 5L),
        RowFactory.create("D", 4L), RowFactory.create("E", 4L), RowFactory.create("F", 5L)),
        new StructType().add("person", "string").add("articles", "long"));
    Map<String, Row> out = new HashMap<>();
    for (Row r : CooccurrenceTransforms.withMeasures(counts, persons, 10).collectAsList()) {
      out.put(r.getAs(PersonPairs.PERSON_A), r);
    }
    Row ab = out.get("A");
    assertEquals(Math.log(10 * 4 / 16.0), ab.<Double>getAs(PersonPairs.PMI), EPS);
    assertEquals(1.0, ab.<Double>getAs(PersonPairs.NPMI), EPS, "always together");
    assertEquals(1.0, ab.<Double>getAs(PersonPairs.JACCARD), EPS);
    Row cd = out.get("C");
    assertEquals(0.0, cd.<Double>getAs(PersonPairs.PMI), EPS, "independent");
    assertEquals(0.0, cd.<Double>getAs(PersonPairs.NPMI), EPS);
    assertEquals(2 / 7.0, cd.<Double>getAs(PersonPairs.JACCARD), EPS);
    assertEquals(0.0, cd.<Double>getAs(PersonPairs.LLR), 1e-9);
    Row ef = out.get("E");
    assertEquals(Math.log(3 * 10 / 20.0), ef.<Double>getAs(PersonPairs.PMI), EPS);
    assertEquals(Math.log(1.5) / -Math.log(0.3), ef.<Double>getAs(PersonPairs.NPMI), EPS);
    assertEquals(3 / 6.0, ef.<Double>getAs(PersonPairs.JACCARD), EPS);
    assertEquals(llr(3, 1, 2, 4), ef.<Double>getAs(PersonPairs.LLR), EPS);
    assertEquals(1.7261, ef.<Double>getAs(PersonPairs.LLR), 1e-4, "by hand: 2(3ln1.5 + ln0.5 + 2ln(2/3) + 4ln(4/3))");
  }
}
