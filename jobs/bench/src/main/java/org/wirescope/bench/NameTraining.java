package org.wirescope.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.wirescope.text.lexicon.Words;
import org.wirescope.text.tagger.FeatureDoc;
import org.wirescope.text.tagger.Features;
import org.wirescope.text.tagger.NameKind;
import org.wirescope.text.tagger.NameTagger;
import org.wirescope.text.tokens.Tokens;

/**
 * Learns {@link NameTagger}'s weights from articles whose names are marked: an averaged perceptron,
 * left to right, with the tagger's own earlier labels as history (so training sees what tagging
 * will see). Deterministic: the article order of each pass comes from a seeded random generator and
 * the model is written in key order.
 */
public final class NameTraining {
  private NameTraining() {}

  /** Name kinds, as the training data writes them, in label order. */
  public static final List<String> KINDS = List.of("PER", "ORG", "LOC", "MISC");

  /** A marked name: characters [start, end) of the article text, of kind {@link #KINDS}. */
  public record Name(int start, int end, String kind) {}

  /**
   * A training article, laid out as {@link TextAnalyzer#articleText} lays out a real one: the
   * title, a blank line, then paragraphs separated by blank lines.
   */
  public record Article(String text, boolean hasTitle, List<Name> names) {}

  /** A trained model: feature keys in ascending order and their averaged weights. */
  public record Model(int[] keys, float[][] weights) {
    public NameTagger tagger() {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      write(b);
      try {
        return NameTagger.read(new ByteArrayInputStream(b.toByteArray()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Writes the model as the shipped resource is written (gzip, weights as shorts). */
    public void write(OutputStream out) {
      try {
        NameTagger.write(keys, weights, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Precision and recall of one kind's names, token spans compared exactly. */
  public record Score(String kind, int predicted, int gold, int matched) {
    public double precision() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    @Override
    public String toString() {
      return String.format(
          "%s names P %.3f R %.3f (%d matched of %d predicted, %d gold)",
          kind, precision(), recall(), matched, predicted, gold);
    }
  }

  /** Weights with their running sums for averaging (the usual lazy-update trick). */
  private static final class Weights {
    final Map<Integer, float[]> w = new HashMap<>();
    final Map<Integer, double[]> sum = new HashMap<>();
    final Map<Integer, int[]> stamp = new HashMap<>();
    int step;

    void score(int[] keys, int n, float[] out) {
      Arrays.fill(out, 0f);
      for (int i = 0; i < n; i++) {
        float[] v = w.get(keys[i]);
        if (v != null) {
          for (int l = 0; l < NameTagger.L; l++) {
            out[l] += v[l];
          }
        }
      }
    }

    void update(int[] keys, int n, int label, float delta) {
      for (int i = 0; i < n; i++) {
        int k = keys[i];
        float[] v = w.computeIfAbsent(k, x -> new float[NameTagger.L]);
        double[] s = sum.computeIfAbsent(k, x -> new double[NameTagger.L]);
        int[] t = stamp.computeIfAbsent(k, x -> new int[NameTagger.L]);
        s[label] += (double) (step - t[label]) * v[label];
        t[label] = step;
        v[label] += delta;
      }
    }

    Model average() {
      int[] keys = w.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      List<Integer> kept = new ArrayList<>();
      List<float[]> weights = new ArrayList<>();
      for (int k : keys) {
        float[] v = w.get(k);
        double[] s = sum.get(k);
        int[] t = stamp.get(k);
        float[] avg = new float[NameTagger.L];
        boolean any = false;
        for (int l = 0; l < NameTagger.L; l++) {
          double total = s[l] + (double) (step - t[l]) * v[l];
          avg[l] = (float) (total / Math.max(1, step));
          any |= Math.abs(avg[l]) > 1e-3f;
        }
        if (any) {
          kept.add(k);
          weights.add(avg);
        }
      }
      return new Model(
          kept.stream().mapToInt(Integer::intValue).toArray(), weights.toArray(new float[0][]));
    }
  }

  /**
   * Trains for {@code epochs} passes over {@code articles}, reporting each pass to {@code
   * progress}.
   */
  public static Model train(
      List<Article> articles, int epochs, long seed, Consumer<String> progress) {
    List<Prepared> data = new ArrayList<>(articles.size());
    for (Article a : articles) {
      data.add(prepare(a));
    }
    Weights w = new Weights();
    Random random = new Random(seed);
    int[] order = new int[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    int[] buf = new int[Features.MAX];
    float[] score = new float[NameTagger.L];
    for (int epoch = 1; epoch <= epochs; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int x = order[i];
        order[i] = order[j];
        order[j] = x;
      }
      int errors = 0;
      int tokens = 0;
      int[] firstLabels = null;
      for (int i : order) {
        Prepared p = data.get(i);
        FeatureDoc doc = new FeatureDoc(p.tokens, p.headline);
        for (int pass = 0; pass < 2; pass++) {
          int[] labels = new int[p.tokens.size];
          if (pass == 1) {
            doc.secondPass(firstLabels);
          }
          for (int k = 0; k < p.tokens.size; k++) {
            int prev =
                k > 0 && p.tokens.para[k - 1] == p.tokens.para[k] ? labels[k - 1] : NameTagger.O;
            if (!doc.scored(k, prev)) {
              continue;
            }
            int gold = p.gold[k];
            if (!NameTagger.allowed(prev, gold)) {
              gold -= 1; // an inside label after another kind starts a name
            }
            int n = doc.features(k, labels, buf);
            w.score(buf, n, score);
            int guess = NameTagger.best(score, prev);
            w.step++;
            tokens++;
            if (guess != gold) {
              errors++;
              w.update(buf, n, gold, 1f);
              w.update(buf, n, guess, -1f);
            }
            labels[k] = guess;
            doc.labelled(k, guess);
          }
          firstLabels = labels;
        }
      }
      progress.accept(
          String.format(
              "pass %d of %d: %d of %d scored tokens wrong (%.2f%%)",
              epoch, epochs, errors, tokens, 100.0 * errors / Math.max(1, tokens)));
    }
    return w.average();
  }

  /** Scores the tagger's person names on {@code articles} against their marked names. */
  public static Score personScore(NameTagger tagger, List<Article> articles) {
    return scores(tagger, articles).get(0);
  }

  /**
   * Scores the tagger's names of each kind of {@link #KINDS} on {@code articles} against their
   * marked names, in that order.
   */
  public static List<Score> scores(NameTagger tagger, List<Article> articles) {
    int[][] counts = new int[KINDS.size()][3]; // predicted, gold, matched
    for (Article a : articles) {
      Prepared p = prepare(a);
      int[] labels = tagger.tag(p.tokens, p.headline);
      for (int kind = 0; kind < KINDS.size(); kind++) {
        List<int[]> want = spans(p.gold, p.tokens, kind + 1);
        List<int[]> got = spans(labels, p.tokens, kind + 1);
        counts[kind][0] += got.size();
        counts[kind][1] += want.size();
        for (int[] g : got) {
          for (int[] x : want) {
            if (x[0] == g[0] && x[1] == g[1]) {
              counts[kind][2]++;
              break;
            }
          }
        }
      }
    }
    List<Score> out = new ArrayList<>();
    for (int kind = 0; kind < KINDS.size(); kind++) {
      out.add(new Score(KINDS.get(kind), counts[kind][0], counts[kind][1], counts[kind][2]));
    }
    return out;
  }

  /** Person spans [start, end) of token labels. */
  static List<int[]> spans(int[] labels, Tokens t) {
    return spans(labels, t, NameKind.PERSON.code);
  }

  /** The spans [start, end) of token labels of the {@link NameKind#code} {@code kind}. */
  static List<int[]> spans(int[] labels, Tokens t, int kind) {
    int begin = 2 * kind - 1;
    int inside = 2 * kind;
    List<int[]> out = new ArrayList<>();
    for (int k = 0; k < labels.length; k++) {
      if (labels[k] == begin
          || (labels[k] == inside && (k == 0 || NameTagger.kind(labels[k - 1]) != kind))) {
        int e = k + 1;
        while (e < labels.length && labels[e] == inside && t.para[e] == t.para[k]) {
          e++;
        }
        out.add(new int[] {k, e});
        k = e - 1;
      }
    }
    return out;
  }

  private record Prepared(Tokens tokens, boolean[] headline, int[] gold) {}

  private static Prepared prepare(Article a) {
    Tokens t = Tokens.of(a.text());
    int[] gold = new int[t.size];
    List<Name> names = new ArrayList<>(a.names());
    names.sort((x, y) -> Integer.compare(x.start(), y.start()));
    int ni = 0;
    int lastName = -1;
    for (int k = 0; k < t.size; k++) {
      int s = t.start[k];
      while (ni < names.size() && names.get(ni).end() <= s) {
        ni++;
      }
      if (ni < names.size() && names.get(ni).start() <= s) {
        int kind = KINDS.indexOf(names.get(ni).kind());
        if (kind < 0) {
          throw new IllegalArgumentException(
              "unknown name kind " + names.get(ni).kind() + "; the kinds are " + KINDS);
        }
        gold[k] = lastName == ni ? 2 * kind + 2 : 2 * kind + 1;
        lastName = ni;
      } else {
        lastName = -1;
      }
    }
    return new Prepared(t, Tokens.titleCaseParagraphs(t, a.hasTitle()), gold);
  }

  /** Lower-case uses a word needs to be common... */
  static final int MIN_LOWER = 5;

  /** ...and how many times its uses inside persons' names they must be. */
  static final int LOWER_TO_PERSON = 20;

  /**
   * The common words of {@code articles}: written in lower case at least {@link #MIN_LOWER} times
   * and {@link #LOWER_TO_PERSON} times as often as inside a marked person's name; three letters or
   * more, and not a listed given name. Sorted, so the list is the same on every run.
   */
  public static List<String> commonWords(List<Article> articles) {
    Map<String, int[]> counts =
        new HashMap<>(); // word -> {lower-case uses, uses in persons' names}
    for (Article a : articles) {
      Tokens t = Tokens.of(a.text());
      boolean[] inPerson = new boolean[t.size];
      for (Name n : a.names()) {
        if (n.kind().equals("PER")) {
          for (int j = firstAtOrAfter(t, n.start()); j < t.size && t.end[j] <= n.end(); j++) {
            inPerson[j] = true;
          }
        }
      }
      for (int k = 0; k < t.size; k++) {
        if (!t.word[k]) {
          continue;
        }
        String w = Words.lower(t.str(k));
        if (Character.isLowerCase(t.first(k))) {
          counts.computeIfAbsent(w, x -> new int[2])[0]++;
        } else if (inPerson[k]) {
          counts.computeIfAbsent(w, x -> new int[2])[1]++;
        }
      }
    }
    TreeSet<String> out = new TreeSet<>();
    counts.forEach(
        (w, c) -> {
          if (w.length() >= 3
              && c[0] >= MIN_LOWER
              && c[0] >= c[1] * LOWER_TO_PERSON
              && !Words.GIVEN_NAMES.contains(w)
              && w.chars().allMatch(Character::isLetter)) {
            out.add(w);
          }
        });
    return List.copyOf(out);
  }

  private static int firstAtOrAfter(Tokens t, int offset) {
    int lo = 0;
    int hi = t.size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t.start[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
