package org.wirescope.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.wirescope.sample.Article.Channel;

/**
 * Decides, before any text is written, when each article is published, what its main topic is,
 * where it is written (TASS file, JSONL or CSV) and which designed role it plays. Only small arrays
 * are kept, so the plan of 100,000 articles costs a few hundred kilobytes.
 *
 * <p>Articles are numbered 1..N in date order. Each UTC month gets a share of N by its number of
 * days; inside a month the topic counts follow {@link Lexicon#MONTH_SHARES} exactly (largest
 * remainder), shuffled, so the designed rise and fall shows at any N.
 */
public final class CorpusPlan {
  /** The designed roles an article can play. */
  enum Special {
    NONE,
    /** One of the four articles carrying the same Lavrov statement with small rewordings. */
    CARRIED,
    /** Two different Zakharova statements that must not be merged. */
    DISTINCT_A,
    DISTINCT_B,
    /** A TASS article whose exact copy appears again in the JSONL feed. */
    CONTENT_DUP,
    /** A JSONL article re-sent later under the same url. */
    URL_DUP,
    /** Published at 23:30 UTC on the last day of a month, or just after midnight in Moscow. */
    MONTH_END
  }

  /** Features pinned to single articles so that every quotation style occurs at any N. */
  enum Feature {
    MARKS_DOUBLED,
    MARKS_GUILLEMETS,
    MARKS_CURLY,
    MULTI_PARAGRAPH,
    FRAGMENT,
    SPLIT,
    CONTINUATION,
    ACCORDING_TO,
    PRONOUN,
    ROLE,
    COLON,
    SAID_X,
    SCARE_SINGLE,
    SCARE_DOUBLE,
    DOC_TITLE
  }

  /** One planned article. {@code utc} is its publication time. */
  public record Slot(
      int seq,
      LocalDateTime utc,
      Topic topic,
      Channel channel,
      Special special,
      int specialIndex,
      List<Feature> features) {}

  public static final int MIN_ARTICLES = 60;

  private final int n;
  private final int[] monthStart = new int[Lexicon.MONTHS + 1];
  private final byte[] topic;
  private final byte[] channel;
  private final int[] minuteOfDay;
  private final Map<Integer, Special> specials = new TreeMap<>();
  private final Map<Integer, Integer> specialIndex = new TreeMap<>();
  private final Map<Integer, LocalDateTime> fixedTimes = new TreeMap<>();
  private final Map<Integer, List<Feature>> pinned = new TreeMap<>();
  private final Map<Channel, Integer> counts = new EnumMap<>(Channel.class);

  private CorpusPlan(int n) {
    this.n = n;
    topic = new byte[n];
    channel = new byte[n];
    minuteOfDay = new int[n];
  }

  public static CorpusPlan build(int n, long seed) {
    if (n < MIN_ARTICLES) {
      throw new IllegalArgumentException(
          "--articles must be at least " + MIN_ARTICLES + ", got " + n);
    }
    Random rnd = new Random(seed);
    CorpusPlan p = new CorpusPlan(n);
    p.splitMonths();
    p.assignTopics(rnd);
    p.placeSpecials();
    p.assignChannels(rnd);
    p.assignTimes(rnd);
    p.pinFeatures();
    return p;
  }

  int size() {
    return n;
  }

  int count(Channel c) {
    return counts.get(c);
  }

  /** The articles of the planned month {@code m} (0 = January) are {@code [start, end)}. */
  int monthStart(int m) {
    return monthStart[m];
  }

  public Slot slot(int index) {
    int m = monthOf(index);
    YearMonth ym = YearMonth.of(Lexicon.YEAR, Lexicon.FIRST_MONTH + m);
    int inMonth = index - monthStart[m];
    int count = monthStart[m + 1] - monthStart[m];
    int day = 1 + (int) ((long) inMonth * ym.lengthOfMonth() / count);
    LocalDateTime utc =
        fixedTimes.getOrDefault(
            index, ym.atDay(day).atStartOfDay().plusMinutes(minuteOfDay[index]));
    return new Slot(
        index + 1,
        utc,
        Lexicon.TOPICS.get(topic[index]),
        Channel.values()[channel[index]],
        specials.getOrDefault(index, Special.NONE),
        specialIndex.getOrDefault(index, 0),
        pinned.getOrDefault(index, List.of()));
  }

  /** Index of the article at fraction {@code f} of month {@code m}. */
  int at(int m, double f) {
    int count = monthStart[m + 1] - monthStart[m];
    return monthStart[m] + Math.min(count - 1, (int) (f * count));
  }

  private int monthOf(int index) {
    int m = 0;
    while (index >= monthStart[m + 1]) {
      m++;
    }
    return m;
  }

  /**
   * Each month's share of N is proportional to its days (largest remainder, so shares sum to N).
   */
  private void splitMonths() {
    double[] weights = new double[Lexicon.MONTHS];
    for (int m = 0; m < Lexicon.MONTHS; m++) {
      weights[m] = YearMonth.of(Lexicon.YEAR, Lexicon.FIRST_MONTH + m).lengthOfMonth();
    }
    int[] c = largestRemainder(weights, n);
    for (int m = 0; m < Lexicon.MONTHS; m++) {
      monthStart[m + 1] = monthStart[m] + c[m];
    }
  }

  private void assignTopics(Random rnd) {
    for (int m = 0; m < Lexicon.MONTHS; m++) {
      int count = monthStart[m + 1] - monthStart[m];
      int[] perTopic = largestRemainder(Lexicon.MONTH_SHARES[m], count);
      List<Integer> bag = new ArrayList<>(count);
      for (int t = 0; t < perTopic.length; t++) {
        for (int k = 0; k < perTopic[t]; k++) {
          bag.add(t);
        }
      }
      Collections.shuffle(bag, rnd);
      for (int k = 0; k < count; k++) {
        topic[monthStart[m] + k] = bag.get(k).byteValue();
      }
    }
  }

  /**
   * Puts the designed articles at fixed fractions of their months. A special that needs a given
   * topic swaps topics with another article of the same month, so the monthly counts stay as
   * designed.
   */
  private void placeSpecials() {
    double[] carried = {0.1, 0.35, 0.6, 0.85};
    Channel[] carriedChannels = {Channel.TASS, Channel.TASS, Channel.JSONL, Channel.CSV};
    for (int k = 0; k < carried.length; k++) {
      special(at(3, carried[k]), Special.CARRIED, k, carriedChannels[k], Lexicon.UKRAINE);
    }
    special(at(1, 0.5), Special.DISTINCT_A, 0, Channel.TASS, Lexicon.BALTIC);
    special(at(5, 0.4), Special.DISTINCT_B, 1, Channel.CSV, Lexicon.BALTIC);
    special(at(1, 0.75), Special.CONTENT_DUP, 0, Channel.TASS, null);
    special(at(6, 0.3), Special.CONTENT_DUP, 1, Channel.TASS, null);
    special(at(5, 0.7), Special.URL_DUP, 0, Channel.JSONL, null);
    // 23:30 UTC on the last day of March, May and June: the UTC month and the Moscow month differ.
    monthEnd(2, 0, Channel.JSONL, LocalDateTime.of(Lexicon.YEAR, 3, 31, 23, 30));
    monthEnd(4, 1, Channel.TASS, LocalDateTime.of(Lexicon.YEAR, 5, 31, 23, 30));
    monthEnd(5, 2, Channel.CSV, LocalDateTime.of(Lexicon.YEAR, 6, 30, 22, 15));
  }

  private void monthEnd(int m, int k, Channel c, LocalDateTime utc) {
    int index = monthStart[m + 1] - 1;
    special(index, Special.MONTH_END, k, c, null);
    fixedTimes.put(index, utc);
  }

  private void special(int index, Special s, int k, Channel c, Topic wanted) {
    if (specials.containsKey(index)) {
      throw new IllegalStateException("two designed roles on article " + (index + 1));
    }
    specials.put(index, s);
    specialIndex.put(index, k);
    channel[index] = (byte) (c.ordinal() + 1); // + 1 marks "fixed" until assignChannels
    if (wanted != null) {
      swapTopic(index, (byte) Lexicon.TOPICS.indexOf(wanted));
    }
  }

  private void swapTopic(int index, byte wanted) {
    if (topic[index] == wanted) {
      return;
    }
    int m = monthOf(index);
    for (int j = monthStart[m]; j < monthStart[m + 1]; j++) {
      if (topic[j] == wanted && !specials.containsKey(j)) {
        topic[j] = topic[index];
        topic[index] = wanted;
        return;
      }
    }
    topic[index] = wanted;
  }

  /**
   * About 7 in 9 articles are TASS files and 1 in 9 each go to JSONL and CSV. Past 2,000 articles
   * most new ones go to the feeds, so a benchmark corpus is a few large files rather than a hundred
   * thousand small ones.
   */
  private void assignChannels(Random rnd) {
    int feeds = n <= 2000 ? 2 * (int) Math.round(n / 9.0) : 444 + (n - 2000) * 9 / 10;
    int jsonl = (feeds + 1) / 2;
    int csv = feeds - jsonl;
    counts.put(Channel.TASS, n - feeds);
    counts.put(Channel.JSONL, jsonl);
    counts.put(Channel.CSV, csv);
    int[] left = {n - feeds, jsonl, csv};
    for (int i = 0; i < n; i++) {
      if (channel[i] > 0) {
        left[channel[i] - 1]--;
      }
    }
    List<Byte> bag = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      for (int k = 0; k < left[c]; k++) {
        bag.add((byte) c);
      }
    }
    Collections.shuffle(bag, rnd);
    int next = 0;
    for (int i = 0; i < n; i++) {
      channel[i] = channel[i] > 0 ? (byte) (channel[i] - 1) : bag.get(next++);
    }
  }

  /**
   * Moscow office hours, 07:00 to 22:59, so the UTC and Moscow days agree unless designed not to.
   */
  private void assignTimes(Random rnd) {
    for (int i = 0; i < n; i++) {
      minuteOfDay[i] = (7 - 3) * 60 + rnd.nextInt(16 * 60);
    }
  }

  /** Spreads the pinned features over the corpus, away from the designed specials. */
  private void pinFeatures() {
    List<Feature> all = new ArrayList<>();
    Collections.addAll(
        all,
        Feature.MARKS_DOUBLED,
        Feature.MARKS_DOUBLED,
        Feature.MARKS_DOUBLED,
        Feature.MARKS_GUILLEMETS,
        Feature.MARKS_GUILLEMETS,
        Feature.MARKS_CURLY);
    for (Feature f : Feature.values()) {
      if (!f.name().startsWith("MARKS_")) {
        all.add(f);
        all.add(f);
      }
    }
    for (int k = 0; k < all.size(); k++) {
      int index = (int) ((k + 0.5) * n / all.size());
      while (specials.containsKey(index)) {
        index = (index + 1) % n;
      }
      pinned.computeIfAbsent(index, x -> new ArrayList<>()).add(all.get(k));
    }
  }

  /**
   * Splits {@code total} by {@code weights}: floors first, then the largest remainders get one
   * more.
   */
  static int[] largestRemainder(double[] weights, int total) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    int[] out = new int[weights.length];
    double[] rest = new double[weights.length];
    int given = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = weights[i] / sum * total;
      out[i] = (int) Math.floor(exact);
      rest[i] = exact - out[i];
      given += out[i];
    }
    for (; given < total; given++) {
      int best = 0;
      for (int i = 1; i < weights.length; i++) {
        if (rest[i] > rest[best] + 1e-12) {
          best = i;
        }
      }
      out[best]++;
      rest[best] = -1;
    }
    return out;
  }

  /** The day an article was published, in the zone it is written in. */
  static LocalDate localDay(LocalDateTime utc, ZoneOffset offset) {
    return utc.atOffset(ZoneOffset.UTC).withOffsetSameInstant(offset).toLocalDate();
  }
}
