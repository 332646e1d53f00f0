package org.wirescope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.wirescope.SparkTestSession;

/** The corpus decides which names are not persons, from the tagger's readings and the contexts. */
class NameEvidenceTest {
  @Test
  void namesTheCorpusUsesForFirmsOrPlacesAreNotPersons() {
    List<Row> uses = new ArrayList<>();
    // read as a person every time, but placed as a firm by its contexts in two articles
    uses.add(RowFactory.create("a1", "harwell stone", 1, 1, 0));
    uses.add(RowFactory.create("a2", "harwell stone", 1, 1, 0));
    uses.add(RowFactory.create("a2", "harwell stone", 1, 0, 0));
    // read as a place five times, a person once
    for (int i = 0; i < 5; i++) {
      uses.add(RowFactory.create("b" + i, "kettleby", 3, 0, 0));
    }
    uses.add(RowFactory.create("b9", "kettleby", 1, 0, 0));
    // a person with titles, once near a firm cue
    uses.add(RowFactory.create("c1", "oskar lind", 1, 1, 1));
    uses.add(RowFactory.create("c2", "oskar lind", 1, 1, 1));
    // a firm in one article only: too little to overrule another article
    uses.add(RowFactory.create("d1", "northline", 2, 1, 0));
    uses.add(RowFactory.create("d1", "northline", 2, 1, 0));
    uses.add(RowFactory.create("d1", "northline", 2, 1, 0));
    Set<String> not = new TreeSet<>(NameEvidence.notPersons(NameEvidence.counts(
        SparkTestSession.get().createDataFrame(uses, NameEvidence.USE))).as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList());
    assertEquals(Set.of("harwell stone", "kettleby"), not);
  }
}
