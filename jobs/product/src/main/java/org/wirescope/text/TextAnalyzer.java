package org.wirescope.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirescope.text.entities.NameUse;
import org.wirescope.text.entities.TaggedNames;
import org.wirescope.text.lexicon.WordForms;
import org.wirescope.text.lexicon.Words;
import org.wirescope.text.names.Found;
import org.wirescope.text.names.Orgs;
import org.wirescope.text.names.PersonFinder;
import org.wirescope.text.quotes.Attribution;
import org.wirescope.text.quotes.Quote;
import org.wirescope.text.quotes.QuoteFinder;
import org.wirescope.text.speakers.ranker.SpeakerFeatures;
import org.wirescope.text.speakers.rules.SpeakerRules;
import org.wirescope.text.tagger.NameTagger;
import org.wirescope.text.tokens.Paragraphs;
import org.wirescope.text.tokens.Sentence;
import org.wirescope.text.tokens.Sentences;
import org.wirescope.text.tokens.Tokens;

/**
 * The text analysis of one article, in plain Java: sentences, person mentions (with in-article
 * aliases resolved) and direct quotations with their speakers. The Spark extract stage calls {@link
 * #analyze} once per article; everything here is unit-tested without Spark.
 *
 * <p>All offsets are into the article text: title, lead and body joined by blank lines, see {@link
 * #articleText}.
 */
public final class TextAnalyzer implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * A person named in the text. {@code person} is the canonical full name in this article ("Dmitry
   * Peskov", titles stripped); {@code surface} the text as written ("Kremlin Spokesman Dmitry
   * Peskov", "Peskov"); {@code method} "text" for a name found as written, "alias" for a short form
   * resolved to a fuller name used in the article; {@code role} a title or role stripped from the
   * name ("Kremlin Spokesman"), or null; {@code insists} whether the article itself says this is a
   * person ("Mr." before it, or a full name next to a speech verb), which the corpus's evidence
   * about the name does not overrule.
   */
  public record Mention(
      String person,
      String surface,
      int sentenceIndex,
      int start,
      int end,
      String method,
      String role,
      boolean insists)
      implements Serializable {}

  /**
   * The analysis of one article. {@code names} are the names the tagger found, for the corpus's
   * evidence and the organisation and place tables ({@link TaggedNames}); empty when the word-list
   * rules find persons.
   */
  public record Analysis(
      String text,
      List<Sentence> sentences,
      List<Mention> mentions,
      List<Quote> quotes,
      List<NameUse> names)
      implements Serializable {}

  private final Set<String> knownNames;
  private final PersonFinder persons;
  private final boolean tagger;
  private final Attributor.Speakers speakers;

  /**
   * @param knownNames person names known from the corpus's tags, in display form ("James Baker"),
   *     so that names the heuristics would miss are still found in text; may be empty
   */
  public TextAnalyzer(Set<String> knownNames) {
    this(knownNames, false);
  }

  /**
   * @param tagger whether the trained name tagger ({@link NameTagger}) decides which names are
   *     persons; otherwise the word-list rules do
   */
  public TextAnalyzer(Set<String> knownNames, boolean tagger) {
    this(knownNames, tagger, new Attributor.Speakers(SpeakerRules.SIEVE, true, false));
  }

  private TextAnalyzer(Set<String> knownNames, boolean tagger, Attributor.Speakers speakers) {
    this.tagger = tagger;
    this.knownNames = knownNames == null ? Set.of() : Set.copyOf(knownNames);
    // sorted: the first spelling of a name known twice wins, the same in every JVM
    this.persons = new PersonFinder(new java.util.TreeSet<>(this.knownNames));
    this.speakers = speakers;
  }

  /**
   * This analyser with a speaker sieve that lacks {@code rules}: to measure what each rule adds.
   */
  public TextAnalyzer withoutSpeakerRules(Set<Attribution> rules) {
    return new TextAnalyzer(
        knownNames,
        tagger,
        new Attributor.Speakers(
            SpeakerRules.without(rules), speakers.ranker(), speakers.candidates()));
  }

  /** This analyser with the sieve's first proposal as the speaker, no ranker: the rules alone. */
  public TextAnalyzer withoutSpeakerRanker() {
    return new TextAnalyzer(
        knownNames,
        tagger,
        new Attributor.Speakers(speakers.rules(), false, speakers.candidates()));
  }

  /**
   * This analyser keeping each quote's speaker candidates and their features, to train the ranker.
   */
  public TextAnalyzer keepingSpeakerCandidates() {
    return new TextAnalyzer(
        knownNames, tagger, new Attributor.Speakers(speakers.rules(), speakers.ranker(), true));
  }

  /** The names of a {@link SpeakerCandidate}'s features, in order. */
  public static List<String> speakerFeatures() {
    return SpeakerFeatures.NAMES;
  }

  /** Title, lead and body joined by blank lines, skipping the missing ones. */
  public static String articleText(String title, String lead, String body) {
    StringBuilder b = new StringBuilder();
    for (String part : new String[] {title, lead, body}) {
      if (part != null && !part.isBlank()) {
        if (b.length() > 0) {
          b.append("\n\n");
        }
        b.append(part);
      }
    }
    return b.toString();
  }

  /**
   * Analyses one article. {@code tagPersons} are the article's own person tags (display form),
   * which help resolve names in its text. Linear in the text length.
   */
  public Analysis analyze(String title, String lead, String body, List<String> tagPersons) {
    String text = articleText(title, lead, body);
    List<Sentence> sentences = Sentences.split(text);
    Tokens tokens = Tokens.of(text);
    List<int[]> paragraphs = Paragraphs.of(text);
    boolean[] titleCase = Tokens.titleCaseParagraphs(tokens, title != null && !title.isBlank());
    float[] margins = tagger ? new float[tokens.size] : null;
    int[] labels = tagger ? NameTagger.shipped().tag(tokens, titleCase, margins) : null;
    Set<String> lowerWords = lowerCaseWords(tokens);
    List<Found> found =
        persons.find(
            tokens,
            lowerWords,
            tagPersons == null ? List.of() : tagPersons,
            titleCase,
            labels,
            margins);
    List<QuoteFinder.Span> spans = QuoteFinder.find(text, paragraphs);
    List<Quote> quotes = Attributor.attribute(tokens, spans, found, sentences, labels, speakers);
    List<Mention> mentions = new ArrayList<>(found.size());
    int si = 0;
    for (Found f : found) {
      int start = tokens.start[f.roleStart];
      int end = tokens.end[f.nameEnd - 1];
      while (si + 1 < sentences.size() && sentences.get(si + 1).start() <= start) {
        si++;
      }
      String surface = text.substring(start, end);
      mentions.add(
          new Mention(
              f.person,
              WordForms.stripPossessive(surface),
              sentences.isEmpty() ? 0 : si,
              start,
              end,
              f.method,
              f.role,
              PersonFinder.insists(tokens, f.nameStart, f.nameEnd)));
    }
    return new Analysis(
        text,
        List.copyOf(sentences),
        List.copyOf(mentions),
        List.copyOf(quotes),
        tagger ? TaggedNames.of(text, tokens, labels, lowerWords, sentences, found) : List.of());
  }

  /** The words the article writes in lower case: a capitalised one of them is a common word. */
  private static Set<String> lowerCaseWords(Tokens t) {
    Set<String> out = new HashSet<>();
    for (int k = 0; k < t.size; k++) {
      if (t.word[k] && Character.isLowerCase(t.first(k))) {
        out.add(t.str(k));
      }
    }
    return out;
  }

  /**
   * Given names by their variants, to the formal form of their group ("jim" to "james"), see {@link
   * Words#GIVEN_NAME_VARIANTS}.
   */
  public static java.util.Map<String, String> givenNameVariants() {
    return Words.GIVEN_NAME_VARIANTS;
  }

  /** The given names the analyser knows, in lower case ("ronald", "nancy"). */
  public static Set<String> givenNames() {
    return Words.GIVEN_NAMES;
  }

  /**
   * The key the corpus's evidence knows a person's name by: its words in lower case, see {@link
   * #names}.
   */
  public static String personKey(String name) {
    return Words.lower(name.strip().replaceAll("\\s+", " "));
  }

  /**
   * The key one organisation has under all its spellings ("merrill lynch"), see {@link Orgs#key}.
   */
  public static String organizationKey(String name) {
    return Orgs.key(name);
  }

  public Set<String> knownNames() {
    return knownNames;
  }
}
