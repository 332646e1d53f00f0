package org.wirescope.sample;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.wirescope.sample.Article.Aside;
import org.wirescope.sample.Article.Channel;
import org.wirescope.sample.Article.Quote;
import org.wirescope.sample.CorpusPlan.Feature;
import org.wirescope.sample.CorpusPlan.Slot;
import org.wirescope.sample.CorpusPlan.Special;

/**
 * Writes one article from its {@link Slot}: headline, lead, body with quotations in the styles
 * wires use, and the ground truth of every quotation as it is written. Each article draws from its
 * own {@link Random}, seeded from the corpus seed and its number, so an article does not change
 * when another one does.
 */
public final class Newsroom {
  /** The Lavrov statement that four articles carry, each slightly reworded. */
  static final List<String> CARRIED =
      List.of(
          "We are ready to resume the talks in Istanbul at any moment, but only if the other side stops changing"
              + " its position from one day to the next and takes our security interests into account.",
          "We are prepared to resume the talks in Istanbul at any moment, but only if the other side stops changing"
              + " its position from one day to the next and takes our security interests into account.",
          "We are ready to resume the talks in Istanbul at any moment, but only if the other side stops changing"
              + " its position and takes our security interests into account.",
          "We are ready to resume the negotiations in Istanbul at any moment, but only if the other side stops"
              + " changing its position from one day to the next.");

  private static final List<String> CARRIED_TITLES =
      List.of(
          "Lavrov says Moscow ready to resume Istanbul talks",
          "Russia prepared to return to Istanbul talks on conditions - Lavrov",
          "Lavrov: ball in other side's court on Istanbul talks",
          "Moscow open to new round of Istanbul negotiations, Lavrov says");
  private static final List<String> CARRIED_FORMS = List.of("after", "colon", "said_x", "after");

  /** Two Zakharova statements that open alike but say different things. */
  static final List<String> DISTINCT =
      List.of(
          "Brussels has once again chosen confrontation in the Baltic over common sense and the interests of"
              + " its own shipping companies.",
          "Brussels has once again chosen to stay silent about the damage done to Russian ships in the Baltic,"
              + " as if nothing had happened.");

  private static final List<String> DISTINCT_TITLES =
      List.of(
          "Zakharova accuses Brussels of choosing confrontation in Baltic",
          "Zakharova says Brussels silent on damage to Russian ships");

  private static final int DRAWS = 40;

  private final long seed;
  private final QuoteIndex index;
  private final Set<Long> contents = new HashSet<>();
  private int forced;

  public Newsroom(long seed, QuoteIndex index) {
    this.seed = seed;
    this.index = index;
    for (String s : CARRIED) {
      index.add(s, null, "carried");
    }
    index.add(DISTINCT.get(0), null, "distinct-a");
    index.add(DISTINCT.get(1), null, "distinct-b");
  }

  /** Quotations that had to be used although every draw was too close to an earlier one. */
  int forced() {
    return forced;
  }

  /**
   * Writes the article of {@code slot}. Short articles drawn from the same pools can come out word
   * for word alike in a large corpus, and would then be duplicates that GOLD does not list; such an
   * article is drawn again from the next random stream. Only a 64-bit hash per article is kept for
   * this.
   */
  public Article write(Slot slot) {
    for (int attempt = 0; ; attempt++) {
      Random rnd =
          new Random(seed * 0x9E3779B97F4A7C15L + slot.seq() * 0xBF58476D1CE4E5B9L + attempt);
      Draft d = new Draft(slot, rnd);
      Article a = d.build();
      if (contents.add(contentKey(a)) || attempt >= 20) {
        d.pending.forEach(t -> index.add(t, a.key, null));
        forced += d.forced;
        return a;
      }
    }
  }

  /**
   * The article's title and body folded the way Wirescope's content hash folds them (NFKC, lower
   * case, every run of other characters one space), hashed to 64 bits. The dateline is left out, as
   * the readers cut it off.
   */
  static long contentKey(Article a) {
    String text = fold(a.title) + "\n" + fold(String.join("\n\n", a.body));
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(d).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }

  /** How a family of quote marks opens and closes, and where a comma goes. */
  enum Marks {
    STRAIGHT("\"", "\"", true, "straight"),
    CURLY("\u201C", "\u201D", true, "curly"),
    GUILLEMETS("\u00AB", "\u00BB", false, "guillemets"),
    DOUBLED("''", "''", true, "doubled_apostrophes");

    final String open;
    final String close;

    /** American style, comma inside the marks; guillemets keep punctuation outside. */
    final boolean inside;

    final String label;

    Marks(String open, String close, boolean inside, String label) {
      this.open = open;
      this.close = close;
      this.inside = inside;
      this.label = label;
    }
  }

  /** A rendered block: paragraphs and the quotations in them. */
  private record Block(List<String> paragraphs, List<Quote> quotes) {}

  /** The state of one article while it is written. */
  private final class Draft {
    private final Slot slot;
    private final Random rnd;
    private final Article a;
    private final Topic topic;
    private final LocalDate day;
    private final List<Person> persons = new ArrayList<>();
    private final Set<Person> mentioned = new HashSet<>();
    private final Set<String> factsUsed = new HashSet<>();
    private final Set<String> contextUsed = new HashSet<>();
    private Marks marks;

    /** Quotations of this article, added to the index once the article is kept. */
    private final List<String> pending = new ArrayList<>();

    private int forced;

    /** The indirect-speech clause of the lead, so the first paragraph says something else. */
    private String leadClause;

    private String openingClause;

    Draft(Slot slot, Random rnd) {
      this.slot = slot;
      this.rnd = rnd;
      this.topic = slot.topic();
      this.a = new Article(slot.seq(), slot.channel());
      a.published = slot.utc().toInstant(ZoneOffset.UTC);
      a.writtenOffset = writtenOffset();
      a.zulu = a.channel != Channel.TASS && a.writtenOffset.equals(ZoneOffset.UTC) && zulu();
      this.day = a.local().toLocalDate();
    }

    Article build() {
      choosePersons();
      marks = chooseMarks();
      Person main = persons.get(0);
      a.section = topic.section();
      a.slug = topic.slug();
      a.city = chooseCity(main);
      a.key = key();
      a.topics.add(topic.name());
      addBackgroundTopics();
      a.title = title(main);
      a.lead = lead(main);
      a.dateline = dateline();
      writeBody(main);
      persons.stream().map(Person::full).sorted().forEach(a.persons::add);
      return a;
    }

    // ---- who and where ----

    private ZoneOffset writtenOffset() {
      if (slot.channel() == Channel.TASS) {
        return ZoneOffset.ofHours(3);
      }
      if (slot.special() == Special.MONTH_END) {
        return slot.specialIndex() == 0 ? ZoneOffset.UTC : ZoneOffset.ofHours(3);
      }
      return rnd.nextDouble() < 0.5 ? ZoneOffset.ofHours(3) : ZoneOffset.UTC;
    }

    /** Feeds write UTC as "Z" mostly, sometimes as "+00:00". */
    private boolean zulu() {
      return slot.special() == Special.MONTH_END || rnd.nextDouble() < 0.7;
    }

    private void choosePersons() {
      if (slot.special() == Special.CARRIED) {
        persons.add(Lexicon.person("Lavrov"));
      } else if (slot.special() == Special.DISTINCT_A || slot.special() == Special.DISTINCT_B) {
        persons.add(Lexicon.person("Zakharova"));
      }
      double r = rnd.nextDouble();
      int want = r < 0.2 ? 1 : r < 0.6 ? 2 : r < 0.9 ? 3 : 4;
      while (persons.size() < want) {
        Person p = weightedPerson();
        if (p == null) {
          break;
        }
        persons.add(p);
      }
      if (slot.special() == Special.NONE
          || slot.special() == Special.CONTENT_DUP
          || slot.special() == Special.URL_DUP
          || slot.special() == Special.MONTH_END) {
        persons.add(0, persons.remove(mainSpeaker()));
      }
    }

    /** Which of the article's persons does the talking, by {@link Lexicon#VOICE}. */
    private int mainSpeaker() {
      double total = 0;
      for (Person p : persons) {
        total += Lexicon.VOICE.get(p.surname());
      }
      double x = rnd.nextDouble() * total;
      for (int i = 0; i < persons.size(); i++) {
        x -= Lexicon.VOICE.get(persons.get(i).surname());
        if (x < 0) {
          return i;
        }
      }
      return persons.size() - 1;
    }

    /** A person not yet in the article, by global weight times topic affinity. */
    private Person weightedPerson() {
      double total = 0;
      List<Person> candidates = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      for (Person p : Lexicon.PERSONS) {
        Double aff = topic.affinity().get(p.surname());
        if (aff != null && !persons.contains(p)) {
          candidates.add(p);
          weights.add(p.weight() * aff);
          total += p.weight() * aff;
        }
      }
      if (candidates.isEmpty()) {
        return null;
      }
      double x = rnd.nextDouble() * total;
      for (int i = 0; i < candidates.size(); i++) {
        x -= weights.get(i);
        if (x < 0) {
          return candidates.get(i);
        }
      }
      return candidates.get(candidates.size() - 1);
    }

    private Marks chooseMarks() {
      for (Feature f : slot.features()) {
        if (f == Feature.MARKS_DOUBLED) {
          return Marks.DOUBLED;
        } else if (f == Feature.MARKS_GUILLEMETS) {
          return Marks.GUILLEMETS;
        } else if (f == Feature.MARKS_CURLY) {
          return Marks.CURLY;
        }
      }
      double r = rnd.nextDouble();
      return switch (slot.channel()) {
        case TASS ->
            r < 0.74
                ? Marks.STRAIGHT
                : r < 0.92 ? Marks.CURLY : r < 0.97 ? Marks.GUILLEMETS : Marks.DOUBLED;
        case JSONL -> r < 0.6 ? Marks.CURLY : r < 0.95 ? Marks.STRAIGHT : Marks.GUILLEMETS;
        case CSV -> r < 0.75 ? Marks.STRAIGHT : r < 0.95 ? Marks.CURLY : Marks.DOUBLED;
      };
    }

    /** Mostly the main speaker's home city; otherwise a city of the topic that suits their camp. */
    private String chooseCity(Person main) {
      String home = Lexicon.HOME.get(main.surname());
      if (rnd.nextDouble() < 0.6) {
        return home;
      }
      List<String> cities = new ArrayList<>(topic.cities());
      if (main.camp() != 'R') {
        cities.removeAll(
            List.of("MOSCOW", "MURMANSK", "ARKHANGELSK", "ST. PETERSBURG", "KALININGRAD"));
      }
      return cities.isEmpty() ? home : Templates.pick(cities, rnd);
    }

    private String key() {
      return switch (a.channel) {
        case TASS -> String.format(Locale.ROOT, "tass-%s-%04d.txt", day, a.seq);
        case JSONL -> String.format(Locale.ROOT, "wire-%d-%04d", Lexicon.YEAR, a.seq);
        case CSV -> String.format(Locale.ROOT, "exp-%d-%04d", Lexicon.YEAR, a.seq);
      };
    }

    private void addBackgroundTopics() {
      boolean us = persons.stream().anyMatch(p -> p.camp() == 'U');
      if (us
          && (topic == Lexicon.UKRAINE || topic == Lexicon.TARIFFS || topic == Lexicon.MIDEAST)
          && rnd.nextDouble() < 0.6) {
        a.topics.add(Lexicon.RUSSIA_US);
      }
      if ((topic == Lexicon.ENERGY || topic == Lexicon.GRAIN || topic == Lexicon.BALTIC)
          && rnd.nextDouble() < 0.3) {
        a.topics.add(Lexicon.SANCTIONS);
      }
    }

    // ---- headline, lead, dateline ----

    private String title(Person main) {
      if (slot.special() == Special.CARRIED) {
        return CARRIED_TITLES.get(slot.specialIndex());
      }
      if (slot.special() == Special.DISTINCT_A || slot.special() == Special.DISTINCT_B) {
        return DISTINCT_TITLES.get(slot.specialIndex());
      }
      String s = rnd.nextDouble() < 0.7 ? main.titleRef().get(0) : main.titleRef().get(1);
      String t = fill(Templates.pick(Templates.suiting(topic.titles(), main), rnd), Map.of("S", s));
      return Templates.capitalise(t);
    }

    /** The lead names the main person in full; the body then names them in full again. */
    private String lead(Person main) {
      String who = main.roles().before(day) + " " + main.full();
      leadClause = Templates.pick(Templates.suiting(topic.indirect(), main), rnd);
      String clause = fill(leadClause);
      if (slot.special() == Special.CARRIED) {
        clause = "Moscow was ready to return to the negotiating table in Istanbul";
      }
      return rnd.nextDouble() < 0.6
          ? who + " said " + clause + "."
          : Templates.capitalise(clause) + ", " + who + " said.";
    }

    private String dateline() {
      String date = Templates.monthName(day.getMonthValue()) + " " + day.getDayOfMonth();
      if (a.channel == Channel.TASS) {
        return a.city + ", " + date + ". /TASS/. ";
      }
      return rnd.nextDouble() < 0.7 ? a.city + ", " + date + " (Example Wire) - " : "";
    }

    // ---- body ----

    private void writeBody(Person main) {
      a.body.add(opening(main));
      List<String> forms = plannedForms();
      Person second = persons.size() > 1 && rnd.nextDouble() < 0.4 ? persons.get(1) : null;
      for (int b = 0; b < forms.size(); b++) {
        Person speaker = b == 0 || second == null || rnd.nextDouble() < 0.5 ? main : second;
        Block block = b == 0 ? firstBlock(speaker, forms.get(0)) : block(speaker, forms.get(b));
        a.body.addAll(block.paragraphs());
        a.quotes.addAll(block.quotes());
        if (rnd.nextDouble() < 0.35) {
          fact().ifPresent(a.body::add);
        }
        if (b == 0) {
          context();
        }
      }
      context();
      asides();
      if (rnd.nextDouble() < 0.4) {
        fact().ifPresent(a.body::add);
      }
    }

    /** "X said on Tuesday that ...": the first body paragraph, after the dateline. */
    private String opening(Person main) {
      List<String> clauses = new ArrayList<>(Templates.suiting(topic.indirect(), main));
      if (clauses.size() > 1) {
        clauses.remove(leadClause);
      }
      openingClause = Templates.pick(clauses, rnd);
      String clause = fill(openingClause);
      if (slot.special() == Special.CARRIED) {
        clause =
            "Moscow saw no obstacles to a new round of talks in Istanbul as long as its concerns were heard";
      }
      String s =
          Templates.capitalise(mention(main))
              + " said on "
              + Templates.weekday(day.getDayOfWeek())
              + " that "
              + clause
              + ".";
      return rnd.nextDouble() < 0.5 ? fact().map(f -> s + " " + f).orElse(s) : s;
    }

    /** The quotation forms of this article: pinned ones first, then random ones. */
    private List<String> plannedForms() {
      List<String> forms = new ArrayList<>();
      if (slot.special() == Special.CARRIED) {
        forms.add(CARRIED_FORMS.get(slot.specialIndex()));
      } else if (slot.special() == Special.DISTINCT_A || slot.special() == Special.DISTINCT_B) {
        forms.add(slot.specialIndex() == 0 ? "after" : "colon");
      }
      for (Feature f : slot.features()) {
        String form =
            switch (f) {
              case MULTI_PARAGRAPH -> "multi_paragraph";
              case FRAGMENT -> "fragment";
              case SPLIT -> "split";
              case CONTINUATION -> "continuation";
              case ACCORDING_TO -> "according_to";
              case PRONOUN -> "pronoun";
              case ROLE -> "role";
              case COLON -> "colon";
              case SAID_X -> "said_x";
              default -> null;
            };
        if (form != null) {
          forms.add(form);
        }
      }
      double r = rnd.nextDouble();
      int random = forms.isEmpty() && r < 0.08 ? 0 : r < 0.58 ? 1 : r < 0.95 ? 2 : 3;
      while (forms.size() < random) {
        forms.add(randomForm());
      }
      return forms;
    }

    private String randomForm() {
      String[] forms = {
        "after",
        "said_x",
        "colon",
        "according_to",
        "role",
        "pronoun",
        "split",
        "continuation",
        "multi_paragraph",
        "fragment"
      };
      int[] weights = {22, 10, 10, 7, 10, 8, 7, 10, 3, 8};
      int x = rnd.nextInt(95);
      for (int i = 0; i < forms.length; i++) {
        x -= weights[i];
        if (x < 0) {
          return forms[i];
        }
      }
      return "after";
    }

    /** The designed statements go first in their articles; anything else is an ordinary block. */
    private Block firstBlock(Person speaker, String form) {
      String statement =
          switch (slot.special()) {
            case CARRIED -> "carried";
            case DISTINCT_A -> "distinct-a";
            case DISTINCT_B -> "distinct-b";
            default -> null;
          };
      if (statement == null) {
        return block(speaker, form);
      }
      String text =
          statement.equals("carried")
              ? CARRIED.get(slot.specialIndex())
              : DISTINCT.get(slot.specialIndex());
      // Already in the index (the constructor put the designed statements there).
      return render(speaker, form, List.of(text), statement);
    }

    /**
     * A block of the given form with freshly drawn quotations; draws again while any of them is too
     * close to a quotation already in the corpus.
     */
    private Block block(Person speaker, String form) {
      Set<Person> before = new HashSet<>(mentioned);
      // A form with small pools (a split needs a whole sentence to cut) falls back to the
      // plain form before any quotation is used against the similarity limit.
      for (String f : List.of(form, "after")) {
        for (int attempt = 0; attempt < DRAWS; attempt++) {
          mentioned.clear();
          mentioned.addAll(before);
          Block b = render(speaker, f, draw(speaker, f), null);
          if (fresh(b)) {
            remember(b);
            return b;
          }
        }
      }
      forced++;
      mentioned.clear();
      mentioned.addAll(before);
      Block b = render(speaker, form, draw(speaker, form), null);
      remember(b);
      return b;
    }

    /** The quoted sentences a form needs. */
    private List<String> draw(Person p, String form) {
      return switch (form) {
        case "split" -> List.of(claimWithComma(p));
        case "continuation" -> claims(p, 2);
        case "multi_paragraph" -> {
          int k = rnd.nextDouble() < 0.5 ? 2 : 3;
          List<String> parts = new ArrayList<>(claims(p, k + 1));
          // Now and then a paragraph of two sentences.
          String extra = parts.remove(k);
          if (rnd.nextDouble() < 0.4) {
            parts.set(k - 1, parts.get(k - 1) + " " + extra);
          }
          yield parts;
        }
        case "fragment" -> List.of(fragment(p));
        default -> rnd.nextDouble() < 0.15 ? List.of(String.join(" ", claims(p, 2))) : claims(p, 1);
      };
    }

    /**
     * {@code k} sentences that share no half with each other, so one quotation never repeats
     * itself.
     */
    private List<String> claims(Person p, int k) {
      List<String> out = new ArrayList<>();
      for (int tries = 0; out.size() < k; tries++) {
        String c = claim(p);
        boolean apart = true;
        for (String o : out) {
          apart &= QuoteIndex.similarity(c, o) < 0.15 || tries > 50;
        }
        if (apart) {
          out.add(c);
        }
      }
      return out;
    }

    private boolean fresh(Block b) {
      List<String> texts = indexTexts(b);
      for (String t : texts) {
        if (!index.fresh(t)) {
          return false;
        }
        for (String p : pending) {
          if (QuoteIndex.similarity(t, p) >= QuoteIndex.LIMIT) {
            return false;
          }
        }
        // Within one article a speaker does not repeat half a sentence either.
        for (Quote q : a.quotes) {
          if (QuoteIndex.similarity(t, q.text()) >= 0.25) {
            return false;
          }
        }
      }
      // Within the block too, except a split's joined text, which naturally resembles its parts.
      int parts = isSplit(b) ? texts.size() - 1 : texts.size();
      for (int i = 0; i < parts; i++) {
        for (int j = 0; j < i; j++) {
          if (QuoteIndex.similarity(texts.get(i), texts.get(j)) >= QuoteIndex.LIMIT) {
            return false;
          }
        }
      }
      return true;
    }

    private void remember(Block b) {
      for (String t : indexTexts(b)) {
        pending.add(t);
      }
    }

    private boolean isSplit(Block b) {
      return b.quotes().size() == 2 && b.quotes().get(0).form().equals("split");
    }

    /**
     * What the index compares: each quotation, each paragraph of a multi-paragraph one, and the two
     * parts of a split quotation joined, which must not repeat a whole sentence used elsewhere.
     */
    private List<String> indexTexts(Block b) {
      List<String> out = new ArrayList<>();
      for (Quote q : b.quotes()) {
        if (q.form().equals("multi_paragraph")) {
          out.addAll(List.of(q.text().split("\n\n")));
        } else {
          out.add(q.text());
        }
      }
      if (isSplit(b)) {
        out.add(b.quotes().get(0).text() + " " + b.quotes().get(1).text());
      }
      return out;
    }

    // ---- quotation forms ----

    private Block render(Person p, String form, List<String> parts, String statement) {
      String q = parts.get(0);
      return switch (form) {
        case "after" -> after(p, q, mention(p), verb(), "after", statement);
        case "said_x" -> saidX(p, q, statement);
        case "role" ->
            mentioned.contains(p)
                ? after(
                    p, q, Templates.pick(p.roles().definite(day), rnd), "said", "role", statement)
                : after(p, q, mention(p), verb(), "after", statement);
        case "pronoun" -> pronoun(p, q, statement);
        case "colon" -> colon(p, q, statement);
        case "according_to" -> accordingTo(p, q, statement);
        case "split" -> split(p, q, statement);
        case "continuation" -> continuation(p, q, parts.get(1));
        case "multi_paragraph" -> multiParagraph(p, parts);
        case "fragment" -> fragmentBlock(p, q);
        default -> throw new IllegalArgumentException(form);
      };
    }

    /** The text inside the marks when a quotation ends in a comma: "We will," he said. */
    private String beforeAttribution(String q) {
      String bare = stripStop(q);
      return marks.inside ? bare + "," : bare;
    }

    /** The marks around a quotation followed by an attribution, with the comma where it belongs. */
    private String quotedBeforeAttribution(String inner) {
      return marks.open + inner + marks.close + (marks.inside ? "" : ",");
    }

    /** A quotation that ends its sentence. */
    private String quotedAtEnd(String q) {
      return marks.inside
          ? marks.open + q + marks.close
          : marks.open + stripStop(q) + marks.close + ".";
    }

    private String atEndText(String q) {
      return marks.inside ? q : stripStop(q);
    }

    private Quote quote(
        String text, Person p, boolean continuation, String form, String statement) {
      return new Quote(text, p.full(), continuation, marks.label, form, statement);
    }

    private Block after(
        Person p, String q, String who, String verb, String form, String statement) {
      String inner = beforeAttribution(q);
      String text = quotedBeforeAttribution(inner) + " " + who + " " + verb + ".";
      return new Block(List.of(text), List.of(quote(inner, p, false, form, statement)));
    }

    private Block saidX(Person p, String q, String statement) {
      String inner = beforeAttribution(q);
      String text = quotedBeforeAttribution(inner) + " said " + mention(p) + ".";
      return new Block(List.of(text), List.of(quote(inner, p, false, "said_x", statement)));
    }

    /** The speaker is the subject of the sentence before; the quotation says only "he said". */
    private Block pronoun(Person p, String q, String statement) {
      String lead =
          Templates.capitalise(mention(p))
              + " also "
              + Templates.pick(
                  List.of("commented on", "spoke about", "turned to", "addressed"), rnd)
              + " "
              + Templates.pick(topic.subjects(), rnd)
              + ".";
      String inner = beforeAttribution(q);
      String text =
          lead
              + " "
              + quotedBeforeAttribution(inner)
              + " "
              + p.pronoun()
              + " "
              + Templates.pick(List.of("said", "added", "noted"), rnd)
              + ".";
      return new Block(List.of(text), List.of(quote(inner, p, false, "pronoun", statement)));
    }

    private Block colon(Person p, String q, String statement) {
      String text = Templates.capitalise(mention(p)) + " " + verb() + ": " + quotedAtEnd(q);
      return new Block(List.of(text), List.of(quote(atEndText(q), p, false, "colon", statement)));
    }

    private Block accordingTo(Person p, String q, String statement) {
      String lowered = Templates.lowerFirst(q);
      String text = "According to " + mention(p) + ", " + quotedAtEnd(lowered);
      return new Block(
          List.of(text), List.of(quote(atEndText(lowered), p, false, "according_to", statement)));
    }

    /** "A," X said, "b." One sentence cut by its attribution; the second part has no verb. */
    private Block split(Person p, String q, String statement) {
      int cut = q.indexOf(", ");
      String first = q.substring(0, cut);
      String second = q.substring(cut + 2);
      String firstInner = marks.inside ? first + "," : first;
      String text =
          quotedBeforeAttribution(firstInner)
              + " "
              + mention(p)
              + " "
              + Templates.pick(List.of("said", "stressed", "noted"), rnd)
              + ", "
              + quotedAtEnd(second);
      return new Block(
          List.of(text),
          List.of(
              quote(firstInner, p, false, "split", statement),
              quote(atEndText(second), p, true, "split", statement)));
    }

    /** "A," X said. "B." The second quotation belongs to X though no verb follows it. */
    private Block continuation(Person p, String q1, String q2) {
      Block first = after(p, q1, mention(p), verb(), "after", null);
      String text = first.paragraphs().get(0) + " " + quotedAtEnd(q2);
      List<Quote> quotes = new ArrayList<>(first.quotes());
      quotes.add(quote(atEndText(q2), p, true, "continuation", null));
      return new Block(List.of(text), quotes);
    }

    /** Each paragraph reopens the quotation; only the last one closes it. */
    private Block multiParagraph(Person p, List<String> parts) {
      List<String> paragraphs = new ArrayList<>();
      String last = parts.get(parts.size() - 1);
      paragraphs.add(
          Templates.capitalise(mention(p)) + " " + verb() + ": " + marks.open + parts.get(0));
      for (int i = 1; i < parts.size() - 1; i++) {
        paragraphs.add(marks.open + parts.get(i));
      }
      paragraphs.add(quotedAtEnd(last));
      List<String> texts = new ArrayList<>(parts.subList(0, parts.size() - 1));
      texts.add(atEndText(last));
      return new Block(
          paragraphs,
          List.of(quote(String.join("\n\n", texts), p, false, "multi_paragraph", null)));
    }

    /** A few quoted words inside indirect speech: X said the move was "a reckless gamble". */
    private Block fragmentBlock(Person p, String fragment) {
      String[] obj = Templates.pick(topic.objects(), rnd).split("\\|");
      String quoted = marks.open + fragment + marks.close;
      String text;
      if (rnd.nextDouble() < 0.5) {
        List<String> clauses = new ArrayList<>(Templates.suiting(topic.indirect(), p));
        if (clauses.size() > 2) {
          clauses.removeAll(List.of(leadClause, openingClause));
        }
        String clause = fill(Templates.pick(clauses, rnd));
        text =
            Templates.capitalise(mention(p))
                + " said "
                + obj[0]
                + " "
                + obj[1]
                + " "
                + quoted
                + ", adding that "
                + clause
                + ".";
      } else {
        text = Templates.capitalise(mention(p)) + " described " + obj[0] + " as " + quoted + ".";
      }
      return new Block(List.of(text), List.of(quote(fragment, p, false, "fragment", null)));
    }

    // ---- quoted sentences ----

    /** An opener and a closer joined by a comma, or a whole sentence from the pool. */
    private String claim(Person p) {
      if (rnd.nextDouble() < 0.7) {
        String opener = Templates.pick(Templates.suiting(topic.openers(), p), rnd);
        List<String> closers = new ArrayList<>(Templates.suiting(topic.closers(), p));
        closers.addAll(Templates.suiting(Lexicon.CLOSERS, p));
        return fill(opener + ", " + Templates.pick(closers, rnd) + ".");
      }
      return fill(Templates.pick(Templates.suiting(topic.standalone(), p), rnd));
    }

    /**
     * A sentence to cut at its comma, from the whole sentences of the pool: the halves of an
     * opener-and-closer sentence recur in other quotations and would make near-duplicates.
     */
    private String claimWithComma(Person p) {
      List<String> whole = new ArrayList<>();
      for (String c : Templates.suiting(topic.standalone(), p)) {
        if (c.contains(", ")) {
          whole.add(c);
        }
      }
      if (whole.isEmpty() || rnd.nextDouble() < 0.4) {
        String c = claim(p);
        while (!c.contains(", ")) {
          c = claim(p);
        }
        return c;
      }
      return fill(Templates.pick(whole, rnd));
    }

    private String fragment(Person p) {
      String adj = Templates.pick(Lexicon.FRAGMENT_ADJECTIVES.get(p.camp()), rnd);
      String noun = Templates.pick(Lexicon.FRAGMENT_NOUNS.get(p.camp()), rnd);
      String article = "aeiou".indexOf(adj.charAt(0)) >= 0 ? "an " : "a ";
      return article + adj + " " + noun;
    }

    private String verb() {
      return Templates.pick(Lexicon.VERBS, rnd);
    }

    private static String stripStop(String q) {
      return q.endsWith(".") ? q.substring(0, q.length() - 1) : q;
    }

    // ---- narrative ----

    /** First mention: role and full name; later the surname, now and then a definite role. */
    private String mention(Person p) {
      if (mentioned.add(p)) {
        return p.roles().before(day) + " " + p.full();
      }
      return rnd.nextDouble() < 0.3 ? Templates.pick(p.roles().definite(day), rnd) : p.surname();
    }

    /** A sentence for every person named in the article but not yet mentioned in the body. */
    private void context() {
      List<Person> left = new ArrayList<>();
      for (Person p : persons) {
        if (!mentioned.contains(p)) {
          left.add(p);
        }
      }
      left.sort(Comparator.comparing(Person::full));
      while (!left.isEmpty()) {
        Person x = left.remove(0);
        String s;
        if (!left.isEmpty() && rnd.nextDouble() < 0.6) {
          Person y = left.remove(0);
          // {A} comes before {B} in every template, so the full names come first in text order.
          String mx = mention(x);
          s = fill(unused(Lexicon.CONTEXT_TWO), Map.of("A", mx, "B", mention(y)));
        } else {
          s = fill(unused(Lexicon.CONTEXT_ONE), Map.of("A", mention(x)));
        }
        a.body.add(Templates.capitalise(s));
      }
    }

    /** A template of the pool not yet used in this article, if one is left. */
    private String unused(List<String> pool) {
      List<String> left = new ArrayList<>(pool);
      left.removeAll(contextUsed);
      String t = Templates.pick(left.isEmpty() ? pool : left, rnd);
      contextUsed.add(t);
      return t;
    }

    /** Scare quotes and document titles: quoted words that nobody said. */
    private void asides() {
      boolean scareSingle = slot.features().contains(Feature.SCARE_SINGLE);
      boolean scareDouble = slot.features().contains(Feature.SCARE_DOUBLE);
      if (scareSingle || scareDouble || rnd.nextDouble() < 0.12) {
        boolean single = scareSingle || (!scareDouble && rnd.nextDouble() < 0.5);
        String open = single ? "'" : marks == Marks.DOUBLED ? "\"" : marks.open;
        String close = single ? "'" : marks == Marks.DOUBLED ? "\"" : marks.close;
        a.body.add(aside(Templates.pick(topic.scares(), rnd), open, close, "scare"));
      }
      if (slot.features().contains(Feature.DOC_TITLE) || rnd.nextDouble() < 0.08) {
        String open = marks == Marks.DOUBLED ? "\"" : marks.open;
        String close = marks == Marks.DOUBLED ? "\"" : marks.close;
        a.body.add(aside(Templates.pick(topic.docs(), rnd), open, close, "title"));
      }
    }

    private String aside(String template, String open, String close, String kind) {
      int s = template.indexOf("<<");
      int e = template.indexOf(">>");
      String words = template.substring(s + 2, e);
      a.asides.add(new Aside(words, kind));
      return template.substring(0, s) + open + words + close + template.substring(e + 2);
    }

    /** A fact sentence not yet used in this article, if any is left. */
    private Optional<String> fact() {
      List<String> left = new ArrayList<>(new LinkedHashSet<>(topic.facts()));
      left.removeAll(factsUsed);
      if (left.isEmpty()) {
        return Optional.empty();
      }
      String f = Templates.pick(left, rnd);
      factsUsed.add(f);
      return Optional.of(fill(f));
    }

    private String fill(String template) {
      return fill(template, Map.of());
    }

    private String fill(String template, Map<String, String> given) {
      return Templates.fill(template, day, rnd, given);
    }
  }
}
