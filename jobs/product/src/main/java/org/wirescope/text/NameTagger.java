package org.wirescope.text;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A named-entity tagger: each word of an article gets one of {@link #LABELS} (begin or inside of a
 * person, organisation, place or other name, or outside), left to right, by an averaged
 * perceptron over hashed features of the word, its neighbours, the labels already given and what
 * the article says elsewhere (whether it writes the word in lower case; how it labelled the word
 * before). {@link NameTraining} learns the weights; the product ships them as the resource
 * {@link #RESOURCE}, rebuilt by {@code jobs/bin/train-names}.
 *
 * <p>Only capitalised words, digits and the words after a name are scored; other tokens are
 * outside a name. Thread-safe: tagging keeps its state in {@link Features.Doc}.
 */
public final class NameTagger implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The labels, BIO: a name starts with B and goes on with I of the same kind. */
  public static final String[] LABELS = {
      "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
  public static final int O = 0;
  public static final int B_PER = 1;
  public static final int I_PER = 2;
  public static final int B_ORG = 3;
  public static final int I_ORG = 4;
  public static final int B_LOC = 5;
  public static final int I_LOC = 6;
  static final int L = LABELS.length;

  /** The shipped model, on the class path. */
  public static final String RESOURCE = "/org/wirescope/text/names.model.gz";
  private static final int MAGIC = 0x57534E54; // "WSNT"
  private static final int VERSION = 1;

  private static volatile NameTagger shipped;

  /** Open addressing: keys (0 = empty) and L weights per slot. */
  private final int[] keys;
  private final float[] weights;
  private final int mask;
  private final int features;

  NameTagger(int[] featureKeys, float[][] featureWeights) {
    int cap = Integer.highestOneBit(Math.max(16, featureKeys.length * 2 - 1)) << 1;
    keys = new int[cap];
    weights = new float[cap * L];
    mask = cap - 1;
    features = featureKeys.length;
    for (int i = 0; i < featureKeys.length; i++) {
      int slot = slot(featureKeys[i]);
      keys[slot] = featureKeys[i];
      System.arraycopy(featureWeights[i], 0, weights, slot * L, L);
    }
  }

  private int slot(int key) {
    int s = Features.spread(key) & mask;
    while (keys[s] != 0 && keys[s] != key) {
      s = (s + 1) & mask;
    }
    return s;
  }

  /** The model shipped with the product, loaded once per JVM. */
  public static NameTagger shipped() {
    NameTagger t = shipped;
    if (t == null) {
      synchronized (NameTagger.class) {
        t = shipped;
        if (t == null) {
          try (InputStream in = NameTagger.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("the name model " + RESOURCE
                  + " is not on the class path; rebuild it with jobs/bin/train-names");
            }
            t = read(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name model " + RESOURCE, e);
          }
          shipped = t;
        }
      }
    }
    return t;
  }

  /** How many features have weights. */
  public int size() {
    return features;
  }

  /** The labels of {@code t}'s tokens, one per token. */
  int[] tag(Tokens t, boolean[] headline) {
    return tag(t, headline, null);
  }

  /**
   * The labels of {@code t}'s tokens, one per token; when {@code margins} is not null, it gets each
   * token's margin: how far its label's score stands above the best other label's.
   */
  int[] tag(Tokens t, boolean[] headline, float[] margins) {
    Features.Doc doc = new Features.Doc(t, headline);
    int[] labels = pass(doc, new int[t.size], null);
    doc.secondPass(labels);
    return pass(doc, new int[t.size], margins);
  }

  /** One left-to-right pass over the article. */
  private int[] pass(Features.Doc doc, int[] labels, float[] margins) {
    Tokens t = doc.t;
    int[] keyBuf = new int[Features.MAX];
    float[] score = new float[L];
    for (int k = 0; k < t.size; k++) {
      int prev = k > 0 && t.para[k - 1] == t.para[k] ? labels[k - 1] : O;
      if (!doc.scored(k, prev)) {
        continue;
      }
      int n = doc.features(k, labels, keyBuf);
      scores(keyBuf, n, score);
      labels[k] = best(score, prev);
      if (margins != null) {
        float other = Float.NEGATIVE_INFINITY;
        for (int l = 0; l < L; l++) {
          if (l != labels[k] && allowed(prev, l)) {
            other = Math.max(other, score[l]);
          }
        }
        margins[k] = score[labels[k]] - other;
      }
      doc.labelled(k, labels[k]);
    }
    return labels;
  }

  void scores(int[] featureKeys, int n, float[] score) {
    Arrays.fill(score, 0f);
    for (int i = 0; i < n; i++) {
      int key = featureKeys[i];
      int s = Features.spread(key) & mask;
      while (keys[s] != 0) {
        if (keys[s] == key) {
          int base = s * L;
          for (int l = 0; l < L; l++) {
            score[l] += weights[base + l];
          }
          break;
        }
        s = (s + 1) & mask;
      }
    }
  }

  /** The best label that may follow {@code prev}: an inside label only continues its kind. */
  static int best(float[] score, int prev) {
    int best = O;
    for (int l = 1; l < L; l++) {
      if (allowed(prev, l) && score[l] > score[best]) {
        best = l;
      }
    }
    return best;
  }

  static boolean allowed(int prev, int label) {
    return label == O || label % 2 == 1 || (prev != O && (prev + 1) / 2 == (label + 1) / 2);
  }

  /** The kind of a label: 0 outside, 1 person, 2 organisation, 3 place, 4 other. */
  static int kind(int label) {
    return (label + 1) / 2;
  }

  /** Writes the model: magic, version, labels, count, then each key with its weights as shorts. */
  static void write(int[] featureKeys, float[][] featureWeights, OutputStream out) throws IOException {
    float max = 0f;
    for (float[] w : featureWeights) {
      for (float v : w) {
        max = Math.max(max, Math.abs(v));
      }
    }
    float scale = max == 0f ? 1f : max / Short.MAX_VALUE;
    GZIPOutputStream gz = new GZIPOutputStream(out);
    DataOutputStream d = new DataOutputStream(gz);
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    d.writeInt(L);
    d.writeFloat(scale);
    d.writeInt(featureKeys.length);
    for (int i = 0; i < featureKeys.length; i++) {
      d.writeInt(featureKeys[i]);
    }
    for (int l = 0; l < L; l++) {
      for (float[] w : featureWeights) {
        d.writeShort(Math.round(w[l] / scale));
      }
    }
    d.flush();
    gz.finish();
  }

  static NameTagger read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
    if (d.readInt() != MAGIC || d.readInt() != VERSION || d.readInt() != L) {
      throw new IOException("not a Wirescope name model of version " + VERSION);
    }
    float scale = d.readFloat();
    int n = d.readInt();
    int[] k = new int[n];
    for (int i = 0; i < n; i++) {
      k[i] = d.readInt();
    }
    float[][] w = new float[n][L];
    for (int l = 0; l < L; l++) {
      for (int i = 0; i < n; i++) {
        w[i][l] = d.readShort() * scale;
      }
    }
    return new NameTagger(k, w);
  }
}
