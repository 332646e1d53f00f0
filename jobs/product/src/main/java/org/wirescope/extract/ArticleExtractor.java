package org.wirescope.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.wirescope.ingest.Normalise;
import org.wirescope.tables.Articles;
import org.wirescope.tables.Mentions;
import org.wirescope.tables.Quotes;
import org.wirescope.text.TextAnalyzer;
import org.wirescope.text.entities.NameUse;
import org.wirescope.text.quotes.Quote;

/**
 * Runs the text analysis on each article of a partition and returns one {@link ExtractRows} row per
 * article. Tags and text meet here: a text mention whose surname matches a tag takes the tag's
 * fuller name; a tagged person never found in the text still counts as mentioned.
 */
public final class ArticleExtractor implements MapPartitionsFunction<Row, Row>, Serializable {
  private static final long serialVersionUID = 1L;

  /** Where person mentions come from: the article's tags, its text, or both (the default). */
  public enum PersonSource {
    TAGS,
    TEXT,
    BOTH
  }

  /**
   * How names in text become persons: word-list rules, or the trained tagger with corpus evidence.
   */
  public enum Recognition {
    RULES,
    TAGGER
  }

  private final Broadcast<Set<String>> knownNames;
  private final PersonSource persons;
  private final boolean tagger;
  private transient TextAnalyzer analyzer;

  /**
   * @param tagger whether the trained tagger reads names (and reports them for the corpus's
   *     evidence)
   */
  public ArticleExtractor(Broadcast<Set<String>> knownNames, PersonSource persons, boolean tagger) {
    this.tagger = tagger;
    this.knownNames = knownNames;
    this.persons = persons;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    if (analyzer == null) {
      analyzer =
          new TextAnalyzer(persons == PersonSource.TAGS ? Set.of() : knownNames.value(), tagger);
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Row next() {
        return extract(analyzer, articles.next(), persons);
      }
    };
  }

  /** One article's mentions and quotes, as an {@link ExtractRows} row. */
  static Row extract(TextAnalyzer analyzer, Row article, PersonSource persons) {
    List<String> tags = new ArrayList<>();
    List<String> rawTags = article.getList(article.fieldIndex(Articles.PERSONS));
    if (rawTags != null) {
      for (String t : rawTags) {
        tags.add(PersonNames.display(t));
      }
    }
    List<String> analysisTags = persons == PersonSource.TEXT ? List.of() : tags;
    TextAnalyzer.Analysis a =
        analyzer.analyze(
            article.getAs(Articles.TITLE),
            article.getAs(Articles.LEAD),
            article.getAs(Articles.BODY),
            analysisTags);

    // Text names that a tag spells in full take the tag's form (surname match).
    Map<String, String> tagBySurname = new HashMap<>();
    if (persons != PersonSource.TEXT) {
      for (String t : tags) {
        tagBySurname.putIfAbsent(PersonNames.surname(t), t);
      }
    }
    List<Row> mentions = new ArrayList<>();
    Set<String> found = new LinkedHashSet<>();
    // A person the article insists on once (or tags, or the corpus's tags know by more than one
    // word) stands in all its mentions. A one-word name another article tags ("Douglas" for Roger
    // Douglas) says nothing of this article's "McDonnell Douglas": the corpus's evidence decides
    // it.
    Set<String> insisted = new HashSet<>(tags);
    List<String> people = new ArrayList<>();
    if (persons != PersonSource.TAGS) {
      for (TextAnalyzer.Mention m : a.mentions()) {
        String person = canonical(m.person(), tagBySurname);
        people.add(person);
        if (m.insists()
            || (analyzer.knownNames().contains(person) && person.strip().indexOf(' ') > 0)) {
          insisted.add(person);
        }
      }
      for (int i = 0; i < people.size(); i++) {
        TextAnalyzer.Mention m = a.mentions().get(i);
        String person = people.get(i);
        found.add(PersonNames.surname(person));
        mentions.add(
            RowFactory.create(
                person,
                m.surface(),
                m.sentenceIndex(),
                m.start(),
                m.end(),
                m.method(),
                m.role(),
                TextAnalyzer.personKey(person),
                insisted.contains(person)));
      }
    }
    if (persons != PersonSource.TEXT && rawTags != null) {
      Set<String> added = new LinkedHashSet<>();
      for (int i = 0; i < tags.size(); i++) {
        String t = tags.get(i);
        if (!found.contains(PersonNames.surname(t)) && added.add(t)) {
          // The surface of a tag mention is the tag as the source spelled it ("james-baker").
          mentions.add(
              RowFactory.create(
                  t,
                  rawTags.get(i),
                  null,
                  null,
                  null,
                  Mentions.METHOD_TAG,
                  null,
                  TextAnalyzer.personKey(t),
                  true));
        }
      }
    }
    List<Row> quotes = new ArrayList<>();
    for (Quote q : a.quotes()) {
      boolean organisation = q.organisation();
      String speaker =
          q.speaker() == null
              ? null
              : organisation ? q.speaker() : canonical(q.speaker(), tagBySurname);
      String kind =
          speaker == null ? null : organisation ? Quotes.KIND_ORGANIZATION : Quotes.KIND_PERSON;
      String key =
          speaker == null
              ? null
              : organisation
                  ? TextAnalyzer.organizationKey(speaker)
                  : TextAnalyzer.personKey(speaker);
      quotes.add(
          RowFactory.create(
              quoteId(q.text()),
              speaker,
              q.speakerSurface(),
              q.cue(),
              q.text(),
              q.start(),
              q.end(),
              q.continuation(),
              q.attribution().label(),
              kind,
              Double.isNaN(q.confidence()) ? null : q.confidence(),
              key,
              !organisation && insisted.contains(speaker)));
    }
    List<Row> names = new ArrayList<>(a.names().size());
    for (NameUse u : a.names()) {
      names.add(
          RowFactory.create(
              u.name(),
              TextAnalyzer.organizationKey(u.surface()),
              u.surface(),
              u.kind(),
              u.orgCues(),
              u.personCues(),
              u.common(),
              u.sentenceIndex(),
              u.start(),
              u.end(),
              u.entityKind(),
              u.entity(),
              u.adjective(),
              u.legal(),
              u.placeKey(),
              u.tableLabel(),
              u.afterIn()));
    }
    return RowFactory.create(
        article.getAs(Articles.ARTICLE_ID),
        article.getAs(Articles.PUBLISHED_AT),
        mentions.toArray(new Row[0]),
        quotes.toArray(new Row[0]),
        names.toArray(new Row[0]));
  }

  /** The tag's full form when the text's name shares its surname and is not longer. */
  private static String canonical(String name, Map<String, String> tagBySurname) {
    String tag = tagBySurname.get(PersonNames.surname(name));
    if (tag != null && tag.split(" ").length >= name.split(" ").length) {
      return tag;
    }
    return name;
  }

  /** The same quote carried by many articles gets one id: a hash of its folded text. */
  public static String quoteId(String text) {
    return Normalise.sha256(Normalise.fold(text)).substring(0, 16);
  }
}
