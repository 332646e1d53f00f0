package org.wirescope.sample;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One generated article and its ground truth: the text as it is written to a file, plus the facts
 * GOLD reports about it (persons, topics, quotations with their true speakers).
 */
public final class Article {
  /** Where an article is written. */
  enum Channel {
    TASS,
    JSONL,
    CSV
  }

  /**
   * A direct quotation: the text between the quote marks (a multi-paragraph quotation joined with
   * blank lines, without the quote marks that reopen each paragraph), who said it, and whether it
   * continues a quotation of the same speaker without a speech verb of its own.
   *
   * @param marks straight, curly, guillemets or doubled_apostrophes
   * @param form how the quotation is attributed, e.g. "after", "colon", "split", "fragment"
   * @param statement a designed statement id ("carried", "distinct-a", "distinct-b"), else null
   */
  record Quote(
      String text,
      String speaker,
      boolean continuation,
      String marks,
      String form,
      String statement) {}

  /** Quoted words that are not a quotation: a scare quote or a document title. */
  record Aside(String text, String kind) {}

  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  final int seq;
  final Channel channel;

  /** File name (TASS) or record id (feeds): the stable key GOLD uses. */
  String key;

  Instant published;

  /** The offset the date is written in: +03:00 for TASS, as chosen for feeds. */
  ZoneOffset writtenOffset;

  /** A UTC time written as "Z" rather than "+00:00" (feeds only). */
  boolean zulu;

  String city;
  String section;
  String slug;
  String title;
  String lead;

  /** The dateline that opens the first body paragraph ("" for none). */
  String dateline = "";

  final List<String> body = new ArrayList<>();
  final List<String> topics = new ArrayList<>();

  /** Full names, sorted. */
  final List<String> persons = new ArrayList<>();

  final List<Quote> quotes = new ArrayList<>();
  final List<Aside> asides = new ArrayList<>();

  /** For a copy: the key of the article it duplicates, and why ("content" or "url"). */
  String duplicateOf;

  String duplicateBy;

  // Read access for the benchmarks, which write the same articles in other layouts.
  public Instant published() {
    return published;
  }

  public String section() {
    return section;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public String lead() {
    return lead;
  }

  public List<String> body() {
    return List.copyOf(body);
  }

  /** Feeds only. */
  String url;

  Article(int seq, Channel channel) {
    this.seq = seq;
    this.channel = channel;
  }

  LocalDateTime local() {
    return LocalDateTime.ofInstant(published, writtenOffset);
  }

  YearMonth monthUtc() {
    return YearMonth.from(published.atZone(ZoneOffset.UTC));
  }

  YearMonth monthMoscow() {
    return YearMonth.from(published.atZone(MOSCOW));
  }

  /** Paragraphs as stored: the dateline glued to the first one. */
  List<String> bodyWithDateline() {
    List<String> out = new ArrayList<>(body);
    if (!out.isEmpty()) {
      out.set(0, dateline + out.get(0));
    }
    return out;
  }

  /** A copy with the same text and facts, for a duplicate record in a feed. */
  Article copy(Channel to, String newKey) {
    Article c = new Article(seq, to);
    c.key = newKey;
    c.published = published;
    c.writtenOffset = writtenOffset;
    c.zulu = zulu;
    c.city = city;
    c.section = section;
    c.slug = slug;
    c.title = title;
    c.lead = lead;
    c.dateline = dateline;
    c.body.addAll(body);
    c.topics.addAll(topics);
    c.persons.addAll(persons);
    c.quotes.addAll(quotes);
    c.asides.addAll(asides);
    return c;
  }
}
