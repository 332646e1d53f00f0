package org.wirescope.text.tagger;

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
import org.wirescope.text.lexicon.WordLists;
import org.wirescope.text.tokens.Tokens;

/**
 * A named-entity tagger: each word of an article gets one of {@link #LABELS} (begin or inside of a
 * person, organisation, place or other name, or outside), left to right, by an averaged perceptron
 * over hashed features of the word, its neighbours, the labels already given and what the article
 * says elsewhere (whether it writes the word in lower case; how it labelled the word before).
 * {@link NameTraining} learns the weights; the product ships them as the resource {@link
 * #RESOURCE}, rebuilt by {@code jobs/bin/train-names}.
 *
 * <p>Only capitalised words, digits and the words after a name are scored; other tokens are outside
 * a name. Thread-safe: tagging keeps its state in {@link FeatureDoc}.
 */
public final class NameTagger implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The labels, BIO: a name starts with B and goes on with I of the same kind. */
  public static final String[] LABELS = {
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"
  };

  public static final int O = 0;
  public static final int B_PER = 1;
  public static final int I_PER = 2;
  public static final int B_ORG = 3;
  public static final int I_ORG = 4;
  public static final int B_LOC = 5;
  public static final int I_LOC = 6;
  public static final int L = LABELS.length;

  /** The shipped model, on the class path. */
  public static final String RESOURCE = "/org/wirescope/text/names.model.gz";

  private static final int MAGIC = 0x57534E54; // "WSNT"

  /** 2: the header holds {@link Features#FINGERPRINT}. */
  private static final int VERSION = 2;

  /** The command that rebuilds the shipped model. */
  static final String RETRAIN = "jobs/bin/train-names";

  private static volatile NameTagger shipped;

  /** Open addressing: keys (0 = empty) and L weights per slot. */
  private final int[] keys;

  private final float[] weights;
  private final int mask;
  private final int features;

  public NameTagger(int[] featureKeys, float[][] featureWeights) {
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
              throw new IllegalStateException(
                  "the name model "
                      + RESOURCE
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
  public int[] tag(Tokens t, boolean[] headline) {
    return tag(t, headline, null);
  }

  /**
   * The labels of {@code t}'s tokens, one per token; when {@code margins} is not null, it gets each
   * token's margin: how far its label's score stands above the best other label's.
   */
  public int[] tag(Tokens t, boolean[] headline, float[] margins) {
    FeatureDoc doc = new FeatureDoc(t, headline);
    Resolved text = new Resolved(t.size);
    int[] labels = pass(doc, text, new int[t.size], null);
    doc.secondPass(labels);
    return pass(doc, text, new int[t.size], margins);
  }

  /** One left-to-right pass over the article. */
  private int[] pass(FeatureDoc doc, Resolved text, int[] labels, float[] margins) {
    Tokens t = doc.t;
    int[] keyBuf = new int[Features.MAX];
    float[] score = new float[L];
    for (int k = 0; k < t.size; k++) {
      int prev = k > 0 && t.para[k - 1] == t.para[k] ? labels[k - 1] : O;
      if (!doc.scored(k, prev)) {
        continue;
      }
      score(doc, text, k, labels, keyBuf, score);
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

  /**
   * Token {@code k}'s scores: the weights of its features summed feature by feature in the order of
   * {@link FeatureDoc#features}, as {@link #scores} would sum them, so to the last bit. The blocks
   * that depend only on the article's text come from {@code text}, looked up the first time the
   * token is scored.
   */
  private void score(FeatureDoc doc, Resolved text, int k, int[] labels, int[] buf, float[] score) {
    int e = text.entry[k];
    if (e < 0) {
      e = resolve(doc, text, k, buf);
    }
    System.arraycopy(text.wordSums, e * L, score, 0, L);
    add(buf, doc.labelFeatures(k, labels, buf, 0), score);
    addAt(text.at, text.contextStart[e], text.affixStart[e], score);
    add(buf, doc.articleFeatures(k, labels, buf, 0), score);
    addAt(text.at, text.affixStart[e], text.end[e], score);
    add(buf, doc.firstPassFeatures(k, labels, buf, 0), score);
  }

  /** Looks up token {@code k}'s text-only features into a new entry of {@code text}; returns it. */
  private int resolve(FeatureDoc doc, Resolved text, int k, int[] buf) {
    int e = text.newEntry(k);
    int n = doc.wordFeatures(k, buf, 0);
    for (int i = 0; i < n; i++) {
      int at = find(buf[i]);
      if (at >= 0) {
        for (int l = 0; l < L; l++) {
          text.wordSums[e * L + l] += weights[at + l];
        }
      }
    }
    text.contextStart[e] = text.used;
    n = doc.contextFeatures(k, buf, 0);
    for (int i = 0; i < n; i++) {
      text.addOffset(find(buf[i]));
    }
    text.affixStart[e] = text.used;
    n = doc.affixFeatures(k, buf, 0);
    for (int i = 0; i < n; i++) {
      text.addOffset(find(buf[i]));
    }
    text.end[e] = text.used;
    return e;
  }

  /**
   * The weights of the features of an article's text, for the tokens scored so far: for each (an
   * entry), the sum of its word block's weights, and where the weights of its context and affix
   * blocks start in {@link #weights} (features without weights left out). Both passes share it, so
   * each of these features is hashed and looked up once per token, not once per pass.
   */
  private static final class Resolved {
    /** Each token's entry, or -1. */
    final int[] entry;

    float[] wordSums = new float[16 * L];
    int[] contextStart = new int[16];
    int[] affixStart = new int[16];
    int[] end = new int[16];
    int entries;

    /** Weight offsets of the context and affix blocks, entry after entry; {@code used} taken. */
    int[] at = new int[16 * 8];

    int used;

    Resolved(int tokens) {
      entry = new int[tokens];
      Arrays.fill(entry, -1);
    }

    int newEntry(int k) {
      if (entries == contextStart.length) {
        int n = entries * 2;
        wordSums = Arrays.copyOf(wordSums, n * L);
        contextStart = Arrays.copyOf(contextStart, n);
        affixStart = Arrays.copyOf(affixStart, n);
        end = Arrays.copyOf(end, n);
      }
      entry[k] = entries;
      return entries++;
    }

    /** Appends a weight offset, skipping -1 (a feature without weights adds nothing). */
    void addOffset(int offset) {
      if (offset < 0) {
        return;
      }
      if (used == at.length) {
        at = Arrays.copyOf(at, used * 2);
      }
      at[used++] = offset;
    }
  }

  /** Where {@code key}'s weights start in {@link #weights}, or -1 when it has none. */
  private int find(int key) {
    int s = Features.spread(key) & mask;
    while (keys[s] != 0) {
      if (keys[s] == key) {
        return s * L;
      }
      s = (s + 1) & mask;
    }
    return -1;
  }

  /** Adds the weights of the features {@code featureKeys[0..n)} to {@code score}, in order. */
  private void add(int[] featureKeys, int n, float[] score) {
    for (int i = 0; i < n; i++) {
      int at = find(featureKeys[i]);
      if (at >= 0) {
        addWeights(at, score);
      }
    }
  }

  /** Adds the weights at the offsets {@code offsets[from..to)} to {@code score}, in order. */
  private void addAt(int[] offsets, int from, int to, float[] score) {
    for (int i = from; i < to; i++) {
      addWeights(offsets[i], score);
    }
  }

  private void addWeights(int at, float[] score) {
    for (int l = 0; l < L; l++) {
      score[l] += weights[at + l];
    }
  }

  /** The scores of the features {@code featureKeys[0..n)}: their weights summed in order. */
  void scores(int[] featureKeys, int n, float[] score) {
    Arrays.fill(score, 0f);
    add(featureKeys, n, score);
  }

  /** The best label that may follow {@code prev}: an inside label only continues its kind. */
  public static int best(float[] score, int prev) {
    int best = O;
    for (int l = 1; l < L; l++) {
      if (allowed(prev, l) && score[l] > score[best]) {
        best = l;
      }
    }
    return best;
  }

  public static boolean allowed(int prev, int label) {
    return label == O || label % 2 == 1 || (prev != O && (prev + 1) / 2 == (label + 1) / 2);
  }

  /**
   * The {@link NameKind#code} of a label: 0 outside, 1 person, 2 organisation, 3 place, 4 other.
   */
  public static int kind(int label) {
    return (label + 1) / 2;
  }

  /** Whether a label is part of a person's name. */
  public static boolean isPerson(int label) {
    return kind(label) == NameKind.PERSON.code;
  }

  /** Whether a label is part of a name other than a person's: an organisation, place or other. */
  public static boolean isOtherName(int label) {
    return kind(label) > NameKind.PERSON.code;
  }

  /**
   * Writes the model: magic, version, labels, the features' {@link Features#FINGERPRINT}, the
   * weights' scale, count, then each key with its weights as shorts.
   */
  public static void write(int[] featureKeys, float[][] featureWeights, OutputStream out)
      throws IOException {
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
    d.writeLong(Features.FINGERPRINT);
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

  public static NameTagger read(InputStream in) throws IOException {
    DataInputStream d =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
    if (d.readInt() != MAGIC) {
      throw new IOException("not a Wirescope name model");
    }
    int version = d.readInt();
    if (version != VERSION || d.readInt() != L) {
      throw new IllegalStateException(
          "the name model is of version "
              + version
              + ", this build reads version "
              + VERSION
              + "; retrain it: "
              + RETRAIN);
    }
    long fingerprint = d.readLong();
    if (fingerprint != Features.FINGERPRINT) {
      throw new IllegalStateException(
          String.format(
              "the name model was trained with other word lists or feature"
                  + " templates than this build has (model %016x, build %016x): a list under %s or a template in Features"
                  + " changed; retrain it: %s",
              fingerprint, Features.FINGERPRINT, WordLists.FOLDER, RETRAIN));
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
