package org.wirescope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.wirescope.SparkTestSession;
import org.wirescope.tables.EntityMentions;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.Places;
import org.wirescope.text.TextAnalyzer;
import org.wirescope.text.entities.NameUse;
import org.wirescope.text.lexicon.Countries;

/**
 * The corpus's organisations and places from the articles' readings ({@link NameEvidence#USE}
 * rows): one kind per spelling where the corpus is clear, short forms resolved where the articles
 * agree, every entity named once.
 */
class EntityTransformsTest {
  private final List<Row> uses = new ArrayList<>();

  /**
   * One use in article {@code id}: written {@code surface}, read by the tagger as {@code kind} and
   * by its article as {@code entityKind} naming {@code entity} (its own key when null).
   */
  private void use(String id, String surface, int kind, int entityKind, String entity) {
    use(id, surface, kind, entityKind, entity, false, false);
  }

  private void use(
      String id,
      String surface,
      int kind,
      int entityKind,
      String entity,
      boolean adjective,
      boolean common) {
    use(id, surface, kind, entityKind, entity, adjective, common, false, false);
  }

  private void use(
      String id,
      String surface,
      int kind,
      int entityKind,
      String entity,
      boolean adjective,
      boolean common,
      boolean tableLabel,
      boolean afterIn) {
    String orgKey = TextAnalyzer.organizationKey(surface);
    // as the articles key places: a country by its usual name
    Countries.Country country = Countries.named(surface);
    String placeKey = country != null ? country.display() : TextAnalyzer.personKey(surface);
    String own = entityKind == NameUse.PLACE ? placeKey : orgKey;
    uses.add(
        RowFactory.create(
            id,
            TextAnalyzer.personKey(surface),
            orgKey,
            surface,
            kind,
            0,
            0,
            common,
            0,
            0,
            surface.length(),
            entityKind,
            entity == null ? own : entity,
            adjective,
            surface.endsWith(" Corp"),
            placeKey,
            tableLabel,
            afterIn));
  }

  private Dataset<Row> keyed() {
    Dataset<Row> in = SparkTestSession.get().createDataFrame(uses, NameEvidence.USE);
    return EntityTransforms.keyed(
        in,
        SparkTestSession.get().createDataFrame(List.of(), NameEvidence.NOT_PERSONS),
        EntityTransforms.personWords(
            SparkTestSession.get().createDataFrame(List.of(), Mentions.SCHEMA)));
  }

  /** "article:surface" -> "kind:entity" of the published entity mentions. */
  private Map<String, String> published() {
    Dataset<Row> k = keyed();
    Map<String, String> out = new TreeMap<>();
    for (Row r :
        EntityTransforms.entityMentions(k, EntityTransforms.names(EntityTransforms.spellings(k)))
            .collectAsList()) {
      out.put(
          r.getAs(EntityMentions.ARTICLE_ID) + ":" + r.getAs(EntityMentions.SURFACE),
          r.getAs(EntityMentions.KIND) + ":" + r.getAs(EntityMentions.ENTITY));
    }
    return out;
  }

  @Test
  void aSpellingTheCorpusReadsAsAPlaceIsAPlaceWhereOneArticleReadItOtherwise() {
    for (int i = 0; i < 3; i++) {
      use("p" + i, "Varnholm", 3, NameUse.PLACE, null);
    }
    use("q1", "Varnholm", 2, NameUse.ORGANISATION, null);
    // two readings each way: not clear, each keeps its own
    use("r1", "Ostmark", 3, NameUse.PLACE, null);
    use("r2", "Ostmark", 3, NameUse.PLACE, null);
    use("r3", "Ostmark", 2, NameUse.ORGANISATION, null);
    use("r4", "Ostmark", 2, NameUse.ORGANISATION, null);
    Map<String, String> m = published();
    assertEquals("place:Varnholm", m.get("q1:Varnholm"), m.toString());
    assertEquals("organization:Ostmark", m.get("r3:Ostmark"), m.toString());
    assertEquals("place:Ostmark", m.get("r1:Ostmark"), m.toString());
  }

  @Test
  void aShortFormNamesTheFullNameTheArticlesThatResolveItAgreeOn() {
    use("a1", "Calder Steel Corp", 2, NameUse.ORGANISATION, null);
    use("a1", "Calder", 2, NameUse.ORGANISATION, "calder steel");
    use("a2", "Calder Steel Corp", 2, NameUse.ORGANISATION, null);
    use("a2", "Calder", 2, NameUse.ORGANISATION, "calder steel");
    use("a3", "Calder", 2, NameUse.ORGANISATION, null); // left open by its article
    // resolved once only: not enough to resolve it elsewhere
    use("b1", "Brenton Mills Corp", 2, NameUse.ORGANISATION, null);
    use("b1", "Brenton", 2, NameUse.ORGANISATION, "brenton mills");
    use("b2", "Brenton", 2, NameUse.ORGANISATION, null);
    Map<String, String> m = published();
    assertEquals("organization:Calder Steel Corp", m.get("a3:Calder"), m.toString());
    assertEquals("organization:Brenton", m.get("b2:Brenton"), m.toString());
  }

  /** An article that names "Port Aldis Herald" and reads "Port Aldis" as its short form. */
  @Test
  void aShortFormTheCorpusReadsAsAPlaceIsThePlaceNotTheFirmNamedAfterIt() {
    for (int i = 0; i < 4; i++) {
      use("p" + i, "Port Aldis", 3, NameUse.PLACE, null);
    }
    use("n1", "Port Aldis Herald", 2, NameUse.ORGANISATION, null);
    use("n1", "Port Aldis", 2, NameUse.ORGANISATION, "port aldis herald");
    // a short form no article reads as a place stays the firm's
    use("c1", "Calder Steel Corp", 2, NameUse.ORGANISATION, null);
    use("c1", "Calder", 2, NameUse.ORGANISATION, "calder steel");
    // read as a place three times, but written for its firm as often: the firm's
    for (int i = 0; i < 3; i++) {
      use("w" + i, "Halden", 3, NameUse.PLACE, null);
      use("x" + i, "Halden Electric Corp", 2, NameUse.ORGANISATION, null);
      use("x" + i, "Halden", 2, NameUse.ORGANISATION, "halden electric");
    }
    Map<String, String> m = published();
    assertEquals("organization:Halden Electric Corp", m.get("x0:Halden"), m.toString());
    assertEquals("place:Port Aldis", m.get("n1:Port Aldis"), m.toString());
    assertEquals("organization:Port Aldis Herald", m.get("n1:Port Aldis Herald"), m.toString());
    assertEquals("organization:Calder Steel Corp", m.get("c1:Calder"), m.toString());
  }

  @Test
  void aCountryNamedOnlyByItsAdjectiveGoesByItsUsualNameAndKind() {
    use("c1", "Canadian", 4, NameUse.PLACE, "Canada", true, false);
    use("c2", "CANADIAN", 4, NameUse.PLACE, "Canada", true, false);
    use("c2", "Leeds", 3, NameUse.PLACE, null);
    Dataset<Row> k = keyed();
    Map<String, Row> places = new TreeMap<>();
    for (Row r : placesOf(k).collectAsList()) {
      places.put(r.getAs(Places.PLACE), r);
    }
    assertEquals(Places.KIND_COUNTRY, places.get("Canada").getAs(Places.KIND), places.toString());
    assertEquals(2L, (long) places.get("Canada").getAs(Places.ARTICLES));
    assertEquals(
        List.of("CANADIAN", "Canadian"),
        places.get("Canada").getList(places.get("Canada").fieldIndex(Places.ALIASES)));
    assertTrue(
        places.get("Leeds").isNullAt(places.get("Leeds").fieldIndex(Places.KIND)),
        "a place the lists do not know");
  }

  @Test
  void oneWordOfAPersonsNameTheCorpusKnowsIsNoOrganisation() {
    List<Row> mentions = new ArrayList<>();
    for (String id : List.of("m1", "m2", "m3")) {
      mentions.add(
          RowFactory.create(id, "Marta Ellison", "Marta Ellison", 0, 0, 13, "text", null, null));
    }
    use("e1", "Ellison", 2, NameUse.ORGANISATION, null);
    use("e1", "Ellison Mills", 2, NameUse.ORGANISATION, null);
    Dataset<Row> in = SparkTestSession.get().createDataFrame(uses, NameEvidence.USE);
    Dataset<Row> k =
        EntityTransforms.keyed(
            in,
            SparkTestSession.get().createDataFrame(List.of(), NameEvidence.NOT_PERSONS),
            EntityTransforms.personWords(
                SparkTestSession.get().createDataFrame(mentions, Mentions.SCHEMA)));
    List<String> surfaces = new ArrayList<>();
    k.select(EntityMentions.SURFACE).collectAsList().forEach(r -> surfaces.add(r.getString(0)));
    assertEquals(List.of("Ellison Mills"), surfaces);
  }

  @Test
  void aWordTheArticlesAlsoWriteInLowerCaseIsNoEntity() {
    use("d1", "Deposits", 2, NameUse.ORGANISATION, null, false, true);
    use("d2", "Deposits", 2, NameUse.ORGANISATION, null, false, true);
    use("d3", "Deposits", 2, NameUse.ORGANISATION, null, false, false);
    use("d3", "Harrow Deposits", 2, NameUse.ORGANISATION, null, false, true);
    Map<String, String> m = published();
    assertFalse(m.containsKey("d3:Deposits"), m.toString());
    assertTrue(m.containsKey("d3:Harrow Deposits"), "more than one word: " + m);
  }

  /** "in Brackton" often enough makes Brackton a place, however the tagger read it. */
  @Test
  void aNameTheCorpusWritesWherePlacesStandIsAPlace() {
    for (int i = 0; i < 6; i++) {
      use("b" + i, "Brackton", 2, NameUse.ORGANISATION, null, false, false, false, i < 3);
    }
    // a firm: 3 of 12 uses after "in" ("in Quorvex shares"), under the share
    for (int i = 0; i < 12; i++) {
      use("q" + i, "Quorvex", 2, NameUse.ORGANISATION, null, false, false, false, i < 3);
    }
    // half its uses after "in", but two: too few to judge
    for (int i = 0; i < 4; i++) {
      use("h" + i, "Halvik", 2, NameUse.ORGANISATION, null, false, false, false, i < 2);
    }
    // read as a place twice as often as a firm, but written where places stand: a place still
    for (int i = 0; i < 3; i++) {
      use("v" + i, "Velmar", 2, NameUse.ORGANISATION, null, false, false, false, true);
    }
    for (int i = 3; i < 9; i++) {
      use("v" + i, "Velmar", 3, NameUse.PLACE, null);
    }
    Map<String, String> m = published();
    for (int i = 0; i < 6; i++) {
      assertEquals("place:Brackton", m.get("b" + i + ":Brackton"), m.toString());
    }
    assertEquals("organization:Quorvex", m.get("q5:Quorvex"), m.toString());
    assertEquals("organization:Halvik", m.get("h0:Halvik"), m.toString());
    assertEquals("place:Velmar", m.get("v0:Velmar"), m.toString());
    assertEquals("place:Velmar", m.get("v5:Velmar"), m.toString());
  }

  @Test
  void aSpellingThatOnlyOpensTableLinesIsNoEntityATeamNamedInStoriesToo() {
    for (int i = 0; i < 6; i++) {
      use("t" + i, "Opx Revs", 2, NameUse.ORGANISATION, null, false, false, true, false);
    }
    // a team: its results lines, and once in a story
    for (int i = 0; i < 4; i++) {
      use("s" + i, "Norwood", 2, NameUse.ORGANISATION, null, false, false, true, false);
    }
    use("s4", "Norwood", 2, NameUse.ORGANISATION, null, false, false, false, false);
    // a table's label used too few times to judge
    for (int i = 0; i < 4; i++) {
      use("u" + i, "Ebitx", 2, NameUse.ORGANISATION, null, false, false, true, false);
    }
    Map<String, String> m = published();
    for (int i = 0; i < 6; i++) {
      assertFalse(m.containsKey("t" + i + ":Opx Revs"), m.toString());
    }
    assertEquals("organization:Norwood", m.get("s0:Norwood"), m.toString());
    assertEquals("organization:Ebitx", m.get("u0:Ebitx"), m.toString());
  }

  @Test
  void aNameReadAsAPersonThatTheCorpusCallsAFirmIsAFirmOrItsCountry() {
    // read as persons; the corpus's firm cues veto them
    use("v1", "Halvard Ost", 1, 0, null);
    use("v2", "H.K.", 1, 0, null);
    Dataset<Row> notPersons =
        SparkTestSession.get()
            .createDataFrame(
                List.of(
                    RowFactory.create(TextAnalyzer.personKey("Halvard Ost"), true, true),
                    RowFactory.create(TextAnalyzer.personKey("H.K."), true, true)),
                NameEvidence.NOT_PERSONS);
    Dataset<Row> k =
        EntityTransforms.keyed(
            SparkTestSession.get().createDataFrame(uses, NameEvidence.USE),
            notPersons,
            EntityTransforms.personWords(
                SparkTestSession.get().createDataFrame(List.of(), Mentions.SCHEMA)));
    Map<String, String> m = new TreeMap<>();
    for (Row r :
        EntityTransforms.entityMentions(k, EntityTransforms.names(EntityTransforms.spellings(k)))
            .collectAsList()) {
      m.put(
          (String) r.getAs(EntityMentions.SURFACE),
          r.getAs(EntityMentions.KIND) + ":" + r.getAs(EntityMentions.ENTITY));
    }
    assertEquals("organization:Halvard Ost", m.get("Halvard Ost"), m.toString());
    assertEquals("place:Hong Kong", m.get("H.K."), m.toString());
  }

  private static Dataset<Row> placesOf(Dataset<Row> keyed) {
    Dataset<Row> spellings = EntityTransforms.spellings(keyed);
    return EntityTransforms.places(
        spellings,
        EntityTransforms.names(spellings),
        EntityTransforms.articles(
            keyed,
            ExtractTransforms.explodeQuotes(
                SparkTestSession.get().createDataFrame(List.of(), ExtractRows.SCHEMA))));
  }
}
