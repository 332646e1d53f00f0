package org.wirescope.text.speakers.ranker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The speaker ranker's weights: a logistic regression over {@link SpeakerFeatures#NAMES}, trained
 * on PolNeAR train by {@code jobs/bin/train-speakers} and shipped as {@link #RESOURCE}. A
 * candidate's score, {@code 1 / (1 + e^-(bias + w·x))}, is the chance that it is the quote's
 * speaker.
 */
public final class SpeakerModel {
  static final String RESOURCE = "/org/wirescope/text/speakers.model";
  private static volatile SpeakerModel shipped;

  private final double bias;
  private final double[] weights;

  private SpeakerModel(double bias, double[] weights) {
    this.bias = bias;
    this.weights = weights;
  }

  /** The model shipped with the product, loaded once per JVM. */
  public static SpeakerModel shipped() {
    SpeakerModel m = shipped;
    if (m == null) {
      synchronized (SpeakerModel.class) {
        m = shipped;
        if (m == null) {
          try (InputStream in = SpeakerModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException(
                  "the speaker model "
                      + RESOURCE
                      + " is not on the class path; rebuild it with jobs/bin/train-speakers");
            }
            m = read(in, SpeakerFeatures.NAMES);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the speaker model " + RESOURCE, e);
          }
          shipped = m;
        }
      }
    }
    return m;
  }

  /**
   * Reads "bias TAB w" and "feature TAB w" lines ('#' starts a comment). Every feature of {@code
   * names} must have a weight and no other may: a model trained on other features would score
   * nonsense.
   */
  static SpeakerModel read(InputStream in, List<String> names) throws IOException {
    Map<String, Double> w = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IOException(
            "speaker model line " + n + ": want 'name<TAB>weight', got '" + line + "'");
      }
      w.put(f[0], Double.parseDouble(f[1]));
    }
    if (!w.containsKey("bias")) {
      throw new IOException("the speaker model has no bias");
    }
    double[] weights = new double[names.size()];
    for (int i = 0; i < weights.length; i++) {
      Double v = w.remove(names.get(i));
      if (v == null) {
        throw new IOException(
            "the speaker model has no weight for feature '"
                + names.get(i)
                + "'; retrain it with jobs/bin/train-speakers");
      }
      weights[i] = v;
    }
    double bias = w.remove("bias");
    if (!w.isEmpty()) {
      throw new IOException(
          "the speaker model has weights for unknown features "
              + w.keySet()
              + "; retrain it with jobs/bin/train-speakers");
    }
    return new SpeakerModel(bias, weights);
  }

  /** The chance that a candidate with features {@code x} is the speaker. */
  double score(double[] x) {
    double z = bias;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }
}
