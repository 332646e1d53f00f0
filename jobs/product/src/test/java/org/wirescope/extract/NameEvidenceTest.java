package org.wirescope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.wirescope.SparkTestSession;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.Organizations;
import org.wirescope.tables.Persons;
import org.wirescope.tables.Quotes;
import org.wirescope.text.TextAnalyzer;

/**
 * The corpus decides which names are not persons, from the tagger's readings and the contexts, in
 * the extract stage's staging rows; its counts become the persons' evidence and the organisations.
 */
class NameEvidenceTest {
  /** Articles of the staging table, by id: mentions, quotes and names. */
  private final Map<String, List<List<Row>>> articles = new HashMap<>();

  private List<List<Row>> article(String id) {
    return articles.computeIfAbsent(
        id, k -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
  }

  private void name(String id, String surface, int kind, int orgCues, int personCues) {
    name(id, surface, kind, orgCues, personCues, false);
  }

  private void name(
      String id, String surface, int kind, int orgCues, int personCues, boolean common) {
    article(id)
        .get(2)
        .add(
            RowFactory.create(
                TextAnalyzer.personKey(surface),
                TextAnalyzer.organizationKey(surface),
                surface,
                kind,
                orgCues,
                personCues,
                common,
                0,
                0,
                surface.length(),
                kind == 2 || kind == 3 ? kind : 0,
                kind == 2
                    ? TextAnalyzer.organizationKey(surface)
                    : kind == 3 ? TextAnalyzer.personKey(surface) : null,
                false,
                false,
                TextAnalyzer.personKey(surface),
                false,
                false));
  }

  private void mention(String id, String person, boolean insists) {
    article(id)
        .get(0)
        .add(
            RowFactory.create(
                person,
                person,
                0,
                0,
                person.length(),
                Mentions.METHOD_TEXT,
                null,
                TextAnalyzer.personKey(person),
                insists));
  }

  private void quote(String id, String speaker, String kind, boolean insists) {
    String key =
        Quotes.KIND_ORGANIZATION.equals(kind)
            ? TextAnalyzer.organizationKey(speaker)
            : TextAnalyzer.personKey(speaker);
    article(id)
        .get(1)
        .add(
            RowFactory.create(
                id + speaker,
                speaker,
                speaker,
                "said",
                "We will grow.",
                0,
                15,
                false,
                "after",
                kind,
                0.9,
                key,
                insists));
  }

  private Dataset<Row> extracted() {
    List<Row> rows = new ArrayList<>();
    articles.forEach(
        (id, parts) ->
            rows.add(
                RowFactory.create(
                    id,
                    Timestamp.valueOf("1987-03-02 00:00:00"),
                    parts.get(0).toArray(new Row[0]),
                    parts.get(1).toArray(new Row[0]),
                    parts.get(2).toArray(new Row[0]))));
    return SparkTestSession.get().createDataFrame(rows, ExtractRows.SCHEMA);
  }

  /**
   * The corpus: a firm named like a person, a place read once as a person, a person, a one-article
   * firm.
   */
  private void corpus() {
    // read as a person every time, but placed as a firm by its contexts in two articles
    name("a1", "Harwell Stone", 1, 1, 0);
    name("a2", "Harwell Stone", 1, 1, 0);
    name("a2", "Harwell Stone", 1, 0, 0);
    // read as a place five times, a person once
    for (int i = 0; i < 5; i++) {
      name("b" + i, "Kettleby", 3, 0, 0);
    }
    name("b9", "Kettleby", 1, 0, 0);
    // a person with titles, once near a firm cue
    name("c1", "Oskar Lind", 1, 1, 1);
    name("c2", "Oskar Lind", 1, 1, 1);
    // a firm in one article only: too little to overrule another article
    name("d1", "Northline", 2, 1, 0);
    name("d1", "Northline Corp", 2, 1, 0);
    name("d1", "NORTHLINE", 2, 1, 0);
  }

  private Set<String> notPersons() {
    Dataset<Row> uses = NameEvidence.uses(extracted());
    return new TreeSet<>(
        NameEvidence.notPersons(uses, NameEvidence.counts(uses))
            .select(NameEvidence.NAME)
            .as(Encoders.STRING())
            .collectAsList());
  }

  @Test
  void namesTheCorpusUsesForFirmsOrPlacesAreNotPersons() {
    corpus();
    assertEquals(Set.of("harwell stone", "kettleby"), notPersons());
  }

  @Test
  void aNameThatBeginsACuedFirmOrIsACommonWordIsNotAPerson() {
    // read as persons, but "Dunmore Fisk Inc" is a firm in two articles
    name("f1", "Dunmore Fisk", 1, 0, 0);
    name("f2", "Dunmore Fisk", 1, 0, 0);
    name("f2", "Dunmore", 1, 0, 0);
    name("f3", "Dunmore", 1, 0, 0);
    name("f4", "Dunmore Fisk Inc", 2, 1, 0);
    name("f5", "Dunmore Fisk Inc", 2, 1, 0);
    // a person whose surname begins a firm, but titled more often than the firm is cued
    name("g1", "Lind Shipping Co", 2, 1, 0);
    name("g2", "Lind Shipping Co", 2, 1, 0);
    for (int i = 0; i < 3; i++) {
      name("h" + i, "Lind", 1, 0, 1);
    }
    // read as a person, but written in lower case in the same articles
    name("k1", "Harvest", 1, 0, 0, true);
    name("k2", "Harvest", 1, 0, 0, true);
    name("k3", "Harvest", 1, 0, 0, false);
    assertEquals(
        Set.of("dunmore", "dunmore fisk", "dunmore fisk inc", "lind shipping co", "harvest"),
        notPersons());
  }

  @Test
  void vetoedNamesLeaveArticlesThatDoNotInsist() {
    corpus();
    mention("a1", "Harwell Stone", false);
    mention("a2", "Harwell Stone", true); // "Mr. Harwell Stone": this article insists
    mention("c1", "Oskar Lind", false);
    mention("b9", "Kettleby", false);
    Dataset<Row> extracted = extracted();
    Dataset<Row> not =
        NameEvidence.notPersons(
            NameEvidence.uses(extracted), NameEvidence.counts(NameEvidence.uses(extracted)));
    List<String> kept = new ArrayList<>();
    for (Row r :
        NameEvidence.withoutVetoed(ExtractTransforms.explodeMentions(extracted), not)
            .collectAsList()) {
      kept.add(r.getAs(Mentions.ARTICLE_ID) + ":" + r.getAs(Mentions.PERSON));
    }
    assertEquals(new TreeSet<>(List.of("a2:Harwell Stone", "c1:Oskar Lind")), new TreeSet<>(kept));
  }

  @Test
  void aVetoedFirmSpeaksAsAnOrganisationAndAVetoedPlaceNotAtAll() {
    corpus();
    quote("a1", "Harwell Stone", Quotes.KIND_PERSON, false);
    quote("b9", "Kettleby", Quotes.KIND_PERSON, false);
    quote("c1", "Oskar Lind", Quotes.KIND_PERSON, false);
    Dataset<Row> extracted = extracted();
    Dataset<Row> not =
        NameEvidence.notPersons(
            NameEvidence.uses(extracted), NameEvidence.counts(NameEvidence.uses(extracted)));
    Map<String, Row> byArticle = new HashMap<>();
    for (Row r :
        NameEvidence.withVetoedSpeakers(ExtractTransforms.explodeQuotes(extracted), not)
            .collectAsList()) {
      byArticle.put(r.getAs(Quotes.ARTICLE_ID), r);
    }
    assertEquals("Harwell Stone", byArticle.get("a1").getAs(Quotes.SPEAKER));
    assertEquals(Quotes.KIND_ORGANIZATION, byArticle.get("a1").getAs(Quotes.SPEAKER_KIND));
    assertNull(byArticle.get("b9").getAs(Quotes.SPEAKER));
    assertNull(byArticle.get("b9").getAs(Quotes.SPEAKER_KIND));
    assertNull(byArticle.get("b9").getAs(Quotes.ATTRIBUTION));
    assertEquals(Quotes.KIND_PERSON, byArticle.get("c1").getAs(Quotes.SPEAKER_KIND));
  }

  @Test
  void organisationsJoinTheirSpellingsAndCountQuotes() {
    corpus();
    name("d2", "Northline", 2, 0, 0);
    quote("d2", "Northline", Quotes.KIND_ORGANIZATION, false);
    quote("e1", "Baltic Shipping Board", Quotes.KIND_ORGANIZATION, false);
    quote("e1", "The Soviet Union", Quotes.KIND_ORGANIZATION, false);
    quote("e1", "Bank", Quotes.KIND_ORGANIZATION, false);
    Dataset<Row> extracted = extracted();
    Dataset<Row> uses = NameEvidence.uses(extracted);
    Dataset<Row> keyed =
        EntityTransforms.keyed(
            uses,
            NameEvidence.notPersons(uses, NameEvidence.counts(uses)),
            EntityTransforms.personWords(
                SparkTestSession.get().createDataFrame(List.of(), Mentions.SCHEMA)));
    Map<String, Row> orgs = new HashMap<>();
    for (Row r :
        EntityTransforms.organizations(
                EntityTransforms.spellings(keyed),
                EntityTransforms.names(EntityTransforms.spellings(keyed)),
                EntityTransforms.articles(keyed, ExtractTransforms.explodeQuotes(extracted)),
                ExtractTransforms.explodeQuotes(extracted))
            .collectAsList()) {
      orgs.put(r.getAs(Organizations.ORGANIZATION), r);
    }
    assertEquals(
        Set.of("Northline", "Baltic Shipping Board", "Harwell Stone"),
        orgs.keySet(),
        "names read as firms, names read as persons that the corpus says are firms, and quoted"
            + " organisations; not persons or places, nor a country or a generic word quoted");
    Row northline = orgs.get("Northline");
    assertEquals(
        List.of("NORTHLINE", "Northline", "Northline Corp"),
        northline.getList(northline.fieldIndex(Organizations.ALIASES)));
    assertEquals(2L, (long) northline.getAs(Organizations.ARTICLES));
    assertEquals(4L, (long) northline.getAs(Organizations.MENTIONS));
    assertEquals(1L, (long) northline.getAs(Organizations.QUOTES));
    assertEquals(0L, (long) orgs.get("Baltic Shipping Board").getAs(Organizations.MENTIONS));
  }

  @Test
  void personsCarryTheirNamesEvidence() {
    corpus();
    Dataset<Row> counts = NameEvidence.counts(NameEvidence.uses(extracted()));
    List<Row> persons = new ArrayList<>();
    for (String p : List.of("Oskar Lind", "Harwell Stone", "Tagged Only")) {
      persons.add(RowFactory.create(p, new String[] {p}, new String[0], 1L, 1L, 0L, null, null));
    }
    Dataset<Row> in =
        SparkTestSession.get()
            .createDataFrame(
                persons,
                ExtractTransforms.persons(
                        SparkTestSession.get().createDataFrame(List.of(), Mentions.SCHEMA),
                        SparkTestSession.get().createDataFrame(List.of(), Quotes.SCHEMA))
                    .schema());
    Map<String, Row> out = new HashMap<>();
    Dataset<Row> with = NameEvidence.withEvidence(in, counts);
    assertEquals(List.of(Persons.SCHEMA.fieldNames()), List.of(with.columns()));
    for (Row r : with.collectAsList()) {
      out.put(r.getAs(Persons.PERSON), r);
    }
    double lind = out.get("Oskar Lind").getAs(Persons.CONFIDENCE);
    double stone = out.get("Harwell Stone").getAs(Persons.CONFIDENCE);
    assertEquals((2 + 2 + 1) / (2.0 + 4 + 2), lind, 1e-9);
    assertTrue(lind > stone, lind + " vs " + stone);
    assertEquals(2L, (long) out.get("Oskar Lind").getAs(Persons.ORGANIZATION_CUES));
    assertNull(out.get("Tagged Only").getAs(Persons.CONFIDENCE));
  }
}
