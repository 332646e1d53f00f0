package org.wirescope.topics;

import java.io.Serializable;
import java.util.List;

/**
 * A fitted topic space: how an article becomes terms, TF-IDF and coordinates ({@link
 * ArticleSpace}), and the coarse and fine topic centres in that space with their labels. Plain Java
 * and serialisable, so the driver fits it on a sample ({@link TopicFit}) and every executor scores
 * its articles with the same copy.
 */
public final class TopicModel implements Serializable {
  private static final long serialVersionUID = 1L;

  /** An article needs this many distinct vocabulary terms for its topic to be judged. */
  public static final int MIN_TERMS = 3;

  /** Why an article got no topic. */
  public static final String TOO_SHORT = "fewer than " + MIN_TERMS + " distinct topic terms";

  public static final String NO_TEXT = "no text";

  private final TopicTerms terms;
  private final Vocabulary vocabulary;
  private final ArticleSpace space;
  private final double[][] coarse;
  private final double[][] fine;
  private final int[] parent;
  private final List<TopicLabels.Label> coarseLabels;
  private final List<TopicLabels.Label> fineLabels;

  TopicModel(
      TopicTerms terms,
      Vocabulary vocabulary,
      ArticleSpace space,
      double[][] coarse,
      double[][] fine,
      int[] parent,
      List<TopicLabels.Label> coarseLabels,
      List<TopicLabels.Label> fineLabels) {
    this.terms = terms;
    this.vocabulary = vocabulary;
    this.space = space;
    this.coarse = coarse;
    this.fine = fine;
    this.parent = parent;
    this.coarseLabels = List.copyOf(coarseLabels);
    this.fineLabels = List.copyOf(fineLabels);
  }

  public int coarseTopics() {
    return coarse.length;
  }

  public int fineTopics() {
    return fine.length;
  }

  public TopicLabels.Label coarseLabel(int i) {
    return coarseLabels.get(i);
  }

  public TopicLabels.Label fineLabel(int i) {
    return fineLabels.get(i);
  }

  /** The coarse topic a fine topic belongs to. */
  public int parentOf(int fineTopic) {
    return parent[fineTopic];
  }

  /**
   * How close an article is to each topic: the cosine between its coordinates and each centre;
   * {@code reason} non-null (and the arrays empty) when it has too little text to judge. {@code
   * fine} holds only the fine topics of the best coarse topic (others are 0), so an article's fine
   * topic always sits inside its coarse one.
   */
  public record Scores(String reason, double[] coarse, double[] fine) implements Serializable {
    public int bestCoarse() {
      return argmax(coarse);
    }

    /** The best fine topic, or -1 when the best coarse topic has none. */
    public int bestFine() {
      int best = argmax(fine);
      return best < 0 || fine[best] <= 0 ? -1 : best;
    }

    static int argmax(double[] v) {
      int best = -1;
      for (int i = 0; i < v.length; i++) {
        if (best < 0 || v[i] > v[best]) {
          best = i;
        }
      }
      return best;
    }
  }

  public Scores score(String text) {
    if (text == null || text.isBlank()) {
      return new Scores(NO_TEXT, new double[0], new double[0]);
    }
    Vocabulary.Sparse v = vocabulary.tfidf(terms.terms(text));
    if (v.terms() < MIN_TERMS) {
      return new Scores(TOO_SHORT, new double[0], new double[0]);
    }
    return scoreEmbedded(space.embed(v));
  }

  Scores scoreEmbedded(double[] z) {
    double[] c = new double[coarse.length];
    for (int k = 0; k < c.length; k++) {
      c[k] = Vectors.dot(z, coarse[k]);
    }
    int best = Scores.argmax(c);
    double[] f = new double[fine.length];
    for (int k = 0; k < f.length; k++) {
      if (parent[k] == best) {
        f[k] = Math.max(1e-9, Vectors.dot(z, fine[k]));
      }
    }
    return new Scores(null, c, f);
  }
}
