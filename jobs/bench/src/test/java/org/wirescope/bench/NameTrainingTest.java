package org.wirescope.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tagger's training on a small synthetic corpus: deterministic, and it learns the marked names.
 */
class NameTrainingTest {
  private static final String[] GIVEN = {
    "Marta", "Jonas", "Ilse", "Pavel", "Rosa", "Tomas", "Anja", "Karel"
  };
  private static final String[] FAMILY = {
    "Lindqvist", "Horvath", "Moreau", "Novak", "Berger", "Kowal", "Dunne", "Vidal"
  };
  private static final String[] FIRMS = {
    "Harbour Freight", "Northline Mills", "Calder Steel", "Brightwater Foods"
  };
  private static final String[] TOWNS = {"Aldmouth", "Perrin", "Westcombe", "Kettleby"};

  /** Synthetic articles: "X Y of FIRM said in TOWN on Monday." with the names marked. */
  private static List<NameTraining.Article> articles(int n, int offset) {
    List<NameTraining.Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String person =
          GIVEN[(i + offset) % GIVEN.length] + " " + FAMILY[(i * 3 + offset) % FAMILY.length];
      String firm = FIRMS[i % FIRMS.length];
      String town = TOWNS[(i + 1) % TOWNS.length];
      String title = "Results at " + firm;
      String body = person + " of " + firm + " said in " + town + " on Monday that sales rose.";
      String text = title + "\n\n" + body;
      int b = title.length() + 2;
      List<NameTraining.Name> names =
          List.of(
              new NameTraining.Name(
                  title.indexOf(firm), title.indexOf(firm) + firm.length(), "ORG"),
              new NameTraining.Name(b, b + person.length(), "PER"),
              new NameTraining.Name(
                  b + body.indexOf(firm), b + body.indexOf(firm) + firm.length(), "ORG"),
              new NameTraining.Name(
                  b + body.indexOf(town), b + body.indexOf(town) + town.length(), "LOC"));
      out.add(new NameTraining.Article(text, true, names));
    }
    return out;
  }

  @Test
  void trainingLearnsTheMarkedNamesAndIsDeterministic() {
    NameTraining.Model a = NameTraining.train(articles(60, 0), 5, 7, s -> {});
    NameTraining.Model b = NameTraining.train(articles(60, 0), 5, 7, s -> {});
    ByteArrayOutputStream x = new ByteArrayOutputStream();
    ByteArrayOutputStream y = new ByteArrayOutputStream();
    a.write(x);
    b.write(y);
    assertArrayEquals(x.toByteArray(), y.toByteArray(), "same data, passes and seed: same bytes");

    // Unseen pairings of the given and family names, still people; the firm and town are not.
    NameTraining.Score s = NameTraining.personScore(a.tagger(), articles(20, 5));
    assertEquals(20, s.gold());
    assertTrue(s.precision() >= 0.95 && s.recall() >= 0.95, s.toString());
  }
}
