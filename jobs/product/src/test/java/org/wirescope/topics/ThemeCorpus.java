package org.wirescope.topics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A synthetic news-wire corpus of three themes (energy, football, health), for fitting topics
 * without Spark or shared corpora. Invariant: every article draws its topic words from its own
 * theme's 20 words only; the 12 filler words ("officials", "government"...) are drawn alike by
 * every theme, so they cannot tell themes apart. Each theme word is in about 40% of its theme's
 * articles, under the 30% of all articles {@link TopicFit#MAX_SHARE} allows once there are 3
 * themes.
 */
record ThemeCorpus(List<TopicFit.Doc> docs, int[] theme) {
  static final String[][] THEMES = {
    {
      "crude",
      "oil",
      "opec",
      "barrel",
      "refinery",
      "pipeline",
      "drilling",
      "petroleum",
      "gasoline",
      "output",
      "producers",
      "saudi",
      "exports",
      "fuel",
      "wells",
      "offshore",
      "reserves",
      "brent",
      "tanker",
      "supply"
    },
    {
      "football",
      "match",
      "goal",
      "striker",
      "league",
      "coach",
      "season",
      "stadium",
      "champions",
      "penalty",
      "referee",
      "tournament",
      "midfielder",
      "scored",
      "fans",
      "cup",
      "defender",
      "club",
      "keeper",
      "victory"
    },
    {
      "hospital",
      "patients",
      "vaccine",
      "virus",
      "doctors",
      "clinic",
      "disease",
      "treatment",
      "nurses",
      "infection",
      "outbreak",
      "medicine",
      "surgery",
      "symptoms",
      "drug",
      "trial",
      "epidemic",
      "health",
      "care",
      "therapy"
    }
  };
  static final String[] FILLER = {
    "officials",
    "government",
    "meeting",
    "plans",
    "city",
    "group",
    "market",
    "sources",
    "region",
    "country",
    "local",
    "national"
  };
  static final String[] GLUE = {" ", " ", " ", " and ", " the ", ", ", ". ", " of "};

  /**
   * {@code sizes[t]} articles of theme t, interleaved by a seeded shuffle; ids follow that order.
   */
  static ThemeCorpus of(long seed, int... sizes) {
    Random r = new Random(seed);
    List<Integer> themes = new ArrayList<>();
    for (int t = 0; t < sizes.length; t++) {
      for (int i = 0; i < sizes[t]; i++) {
        themes.add(t);
      }
    }
    Collections.shuffle(themes, r);
    List<TopicFit.Doc> docs = new ArrayList<>();
    int[] theme = new int[themes.size()];
    for (int i = 0; i < themes.size(); i++) {
      theme[i] = themes.get(i);
      docs.add(new TopicFit.Doc(String.format("wire-%04d", i), article(THEMES[theme[i]], r)));
    }
    return new ThemeCorpus(docs, theme);
  }

  /**
   * Eight distinct words of the theme and three fillers, in random order with stop words and
   * punctuation.
   */
  static String article(String[] words, Random r) {
    List<String> pool = new ArrayList<>(List.of(words));
    Collections.shuffle(pool, r);
    List<String> tokens = new ArrayList<>(pool.subList(0, 8));
    for (int f = 0; f < 3; f++) {
      tokens.add(FILLER[r.nextInt(FILLER.length)]);
    }
    Collections.shuffle(tokens, r);
    StringBuilder b = new StringBuilder("Reuters -");
    for (String t : tokens) {
      b.append(GLUE[r.nextInt(GLUE.length)]).append(t);
    }
    return b.append('.').toString();
  }

  List<String> texts() {
    return docs.stream().map(TopicFit.Doc::text).toList();
  }
}
