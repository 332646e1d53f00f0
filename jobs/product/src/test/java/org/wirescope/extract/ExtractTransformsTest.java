package org.wirescope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.wirescope.SparkTestSession;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.Persons;
import org.wirescope.tables.Quotes;

class ExtractTransformsTest {
  static Timestamp t(String iso) {
    return Timestamp.from(Instant.parse(iso));
  }

  static Row mention(
      String article, String person, String surface, String method, String published) {
    return RowFactory.create(article, person, surface, 0, 0, 1, method, null, t(published));
  }

  static Dataset<Row> mentions(Row... rows) {
    return SparkTestSession.get().createDataFrame(List.of(rows), Mentions.SCHEMA);
  }

  /** Mentions per person once {@code aliases} are applied to {@code m}. */
  static Map<String, Long> perPerson(Dataset<Row> m, Dataset<Row> aliases) {
    Map<String, Long> perPerson = new TreeMap<>();
    for (Row r :
        ExtractTransforms.withCanonicalNames(m, Mentions.PERSON, aliases)
            .groupBy(Mentions.PERSON)
            .count()
            .collectAsList()) {
      perPerson.put(r.getString(0), r.getLong(1));
    }
    return perPerson;
  }

  /**
   * Fixture: "Reagan" stands for Ronald Reagan, the only full Reagan; "Baker" is ambiguous between
   * two equally named-in-full Bakers and stays as it is.
   */
  /**
   * "Jim Ardwell" and "James Ardwell" are one, the more frequent; "Jim Ardwell" and "Bill Ardwell"
   * are not variants of one name; a lone "Ardwell" goes to the joined name.
   */
  @Test
  void givenNameVariantsWithOneSurnameJoin() {
    Dataset<Row> m =
        mentions(
            mention("a1", "Jim Ardwell", "Jim Ardwell", "text", "1987-03-01T00:00:00Z"),
            mention("a2", "Jim Ardwell", "Jim Ardwell", "text", "1987-03-02T00:00:00Z"),
            mention("a3", "James Ardwell", "James Ardwell", "text", "1987-03-02T00:00:00Z"),
            mention("a4", "Ardwell", "Ardwell", "text", "1987-03-02T00:00:00Z"),
            mention("b1", "Bill Tremont", "Bill Tremont", "text", "1987-03-02T00:00:00Z"),
            mention("b2", "Jim Tremont", "Jim Tremont", "text", "1987-03-02T00:00:00Z"));
    Map<String, Long> perPerson = perPerson(m, ExtractTransforms.corpusAliases(m));
    assertEquals(Map.of("Jim Ardwell", 4L, "Bill Tremont", 1L, "Jim Tremont", 1L), perPerson);
  }

  /**
   * "Daniel K. Halvorsen" and "Daniel Halvorsen" are one, the more frequent; "Margaret Stroud Pell"
   * joins "Margaret Pell"; "Walter B. Crane" and "Walter H.B. Crane" both exist, so "Walter Crane"
   * joins neither; "Office Manager Pell" opens with no given name and stays.
   */
  @Test
  void aMiddleInitialOrNameJoinsTheSameNameWithoutItWhenItIsTheOnlyMiddle() {
    Dataset<Row> m =
        mentions(
            mention("a1", "Daniel Halvorsen", "Daniel Halvorsen", "text", "1987-03-01T00:00:00Z"),
            mention("a2", "Daniel Halvorsen", "Daniel Halvorsen", "text", "1987-03-02T00:00:00Z"),
            mention(
                "a3", "Daniel K. Halvorsen", "Daniel K. Halvorsen", "text", "1987-03-02T00:00:00Z"),
            mention(
                "b1",
                "Margaret Stroud Pell",
                "Margaret Stroud Pell",
                "text",
                "1987-03-02T00:00:00Z"),
            mention("b2", "Margaret Pell", "Margaret Pell", "text", "1987-03-02T00:00:00Z"),
            mention("b3", "Margaret Pell", "Margaret Pell", "text", "1987-03-02T00:00:00Z"),
            mention(
                "b4", "Office Manager Pell", "Office Manager Pell", "text", "1987-03-02T00:00:00Z"),
            mention("c1", "Walter B. Crane", "Walter B. Crane", "text", "1987-03-02T00:00:00Z"),
            mention("c2", "Walter H.B. Crane", "Walter H.B. Crane", "text", "1987-03-02T00:00:00Z"),
            mention("c3", "Walter Crane", "Walter Crane", "text", "1987-03-02T00:00:00Z"));
    Map<String, Long> perPerson = perPerson(m, ExtractTransforms.corpusAliases(m));
    assertEquals(
        Map.of(
            "Daniel Halvorsen", 3L,
            "Margaret Pell", 3L,
            "Office Manager Pell", 1L,
            "Walter B. Crane", 1L,
            "Walter H.B. Crane", 1L,
            "Walter Crane", 1L),
        perPerson);
  }

  @Test
  void loneSurnamesJoinTheirDominantFullName() {
    Dataset<Row> m =
        mentions(
            mention(
                "a1", "Ronald Reagan", "President Ronald Reagan", "text", "1987-03-01T00:00:00Z"),
            mention("a2", "Reagan", "Reagan", "text", "1987-03-02T00:00:00Z"),
            mention("a3", "James Baker", "James Baker", "text", "1987-03-02T00:00:00Z"),
            mention("a4", "Howard Baker", "Howard Baker", "text", "1987-03-02T00:00:00Z"),
            mention("a5", "Baker", "Baker", "text", "1987-03-02T00:00:00Z"),
            // a headline's verb misread into a name does not compete with Ronald Reagan
            mention("a6", "Blasts Reagan", "BLASTS REAGAN", "text", "1987-03-03T00:00:00Z"),
            // an initial goes to the full name opening with its letter: "J. Baker" to James, not
            // Howard
            mention("a7", "Vladimir Putin", "Vladimir Putin", "text", "1987-03-04T00:00:00Z"),
            mention("a8", "V. Putin", "V. Putin", "text", "1987-03-04T00:00:00Z"),
            mention("a9", "J. Baker", "J. Baker", "text", "1987-03-04T00:00:00Z"));
    Dataset<Row> aliases = ExtractTransforms.surnameAliases(m);
    Map<String, Long> perPerson = perPerson(m, aliases);
    assertEquals(
        Map.of(
            "Ronald Reagan",
            2L,
            "James Baker",
            2L,
            "Howard Baker",
            1L,
            "Baker",
            1L,
            "Blasts Reagan",
            1L,
            "Vladimir Putin",
            2L),
        perPerson);
    // The mention that took the corpus's full name says so; the ambiguous "Baker" stays as written.
    Map<String, String> methodBySurface = new TreeMap<>();
    for (Row r : ExtractTransforms.withCorpusAliases(m, aliases).collectAsList()) {
      methodBySurface.put(
          r.getAs(Mentions.SURFACE), r.getAs(Mentions.PERSON) + " " + r.getAs(Mentions.METHOD));
    }
    assertEquals("Ronald Reagan corpus_alias", methodBySurface.get("Reagan"));
    assertEquals("Baker text", methodBySurface.get("Baker"));
    assertEquals("Vladimir Putin corpus_alias", methodBySurface.get("V. Putin"));
    assertEquals("Ronald Reagan text", methodBySurface.get("President Ronald Reagan"));
  }

  /**
   * Two full names, neither opening with a given name, named equally often: the alias goes to the
   * same one whatever the order of the rows (the greater in string order), never to whichever row a
   * partition happens to hold first.
   */
  @Test
  void aTieBetweenFullNamesDoesNotDependOnRowOrder() {
    Row dunmore = mention("b1", "Dunmore Consultants", "Dunmore", "text", "1987-03-01T00:00:00Z");
    Row ashby = mention("b2", "Ashby Consultants", "Ashby", "text", "1987-03-01T00:00:00Z");
    Row lone = mention("b3", "Consultants", "Consultants", "text", "1987-03-02T00:00:00Z");
    List<List<Row>> orders = List.of(List.of(dunmore, ashby, lone), List.of(lone, ashby, dunmore));
    for (List<Row> rows : orders) {
      for (int partitions : new int[] {1, 3}) {
        Dataset<Row> m =
            SparkTestSession.get().createDataFrame(rows, Mentions.SCHEMA).repartition(partitions);
        List<Row> aliases = ExtractTransforms.surnameAliases(m).collectAsList();
        assertEquals(1, aliases.size(), rows + " in " + partitions);
        assertEquals("Consultants", aliases.get(0).getString(0));
        assertEquals("Dunmore Consultants", aliases.get(0).getString(1));
      }
    }
  }

  @Test
  void personsCountArticlesMentionsQuotesAndDates() {
    Dataset<Row> m =
        mentions(
            mention(
                "a1",
                "Dmitry Peskov",
                "Kremlin Spokesman Dmitry Peskov",
                "text",
                "2017-11-12T11:30:00Z"),
            mention("a1", "Dmitry Peskov", "Peskov", "alias", "2017-11-12T11:30:00Z"),
            mention("a2", "Dmitry Peskov", "dmitry-peskov", "tag", "2017-12-01T00:00:00Z"),
            mention("a2", "Vladimir Putin", "Putin", "text", "2017-12-01T00:00:00Z"));
    List<Row> q = new ArrayList<>();
    q.add(
        RowFactory.create(
            "q1",
            "a1",
            "Dmitry Peskov",
            "Peskov",
            "said",
            "text",
            0,
            5,
            false,
            "x",
            t("2017-11-12T11:30:00Z"),
            "person"));
    q.add(
        RowFactory.create(
            "q2",
            "a1",
            null,
            null,
            null,
            "text",
            6,
            9,
            false,
            "none",
            t("2017-11-12T11:30:00Z"),
            null));
    Dataset<Row> quotes = SparkTestSession.get().createDataFrame(q, Quotes.SCHEMA);
    Map<String, Row> byPerson = new TreeMap<>();
    for (Row r : ExtractTransforms.persons(m, quotes).collectAsList()) {
      byPerson.put(r.getAs(Persons.PERSON), r);
    }
    Row peskov = byPerson.get("Dmitry Peskov");
    assertEquals(2L, (long) peskov.<Long>getAs(Persons.ARTICLES));
    assertEquals(3L, (long) peskov.<Long>getAs(Persons.MENTIONS));
    assertEquals(1L, (long) peskov.<Long>getAs(Persons.QUOTES));
    assertEquals(
        List.of("Kremlin Spokesman Dmitry Peskov", "Peskov", "dmitry-peskov"),
        peskov.getList(peskov.fieldIndex(Persons.ALIASES)));
    assertEquals(t("2017-11-12T11:30:00Z"), peskov.<Timestamp>getAs(Persons.FIRST_SEEN));
    assertEquals(t("2017-12-01T00:00:00Z"), peskov.<Timestamp>getAs(Persons.LAST_SEEN));
    assertEquals(0L, (long) byPerson.get("Vladimir Putin").<Long>getAs(Persons.QUOTES));
  }
}
