package org.wirescope.topics;

import java.io.Serializable;

/**
 * The space articles are clustered and scored in: an article's LSA coordinates ({@link Lsa}, what
 * its terms say together) beside the sum of its words' vectors ({@link WordVectors}, what words
 * like them say), each of length 1, the whole scaled to length 1. Each half alone scored lower on
 * both dev corpora than the two together (NOTES.md, sixth round).
 */
final class ArticleSpace implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Lsa lsa;
  private final WordVectors words;

  ArticleSpace(Lsa lsa, WordVectors words) {
    this.lsa = lsa;
    this.words = words;
  }

  /** The article's coordinates, of length 1 (zeros for an empty vector). */
  double[] embed(Vocabulary.Sparse v) {
    double[] a = lsa.embed(v);
    double[] b = words.embed(v);
    double[] z = new double[a.length + b.length];
    System.arraycopy(a, 0, z, 0, a.length);
    System.arraycopy(b, 0, z, a.length, b.length);
    return Vectors.normalised(z);
  }
}
