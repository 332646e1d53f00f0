package org.wirescope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wirescope.Corpora;
import org.wirescope.text.TextAnalyzer.Analysis;
import org.wirescope.text.TextAnalyzer.Quote;

class TextAnalyzerTest {
  private final TextAnalyzer analyzer = new TextAnalyzer(Set.of());

  /** The seed TASS article, read in place: title, then the text between the date line and "Topics". */
  @Test
  void seedArticleHasSixPeskovQuotesAndThreePersons() throws Exception {
    List<String> lines = Files.readAllLines(Corpora.path("tass/tass-kremlin-2017-11-12.txt"),
        StandardCharsets.UTF_8);
    int date = 1;
    while (!lines.get(date).contains("UTC+3")) {
      date++;
    }
    int topics = lines.indexOf("Topics");
    String body = String.join("\n", lines.subList(date + 1, topics)).strip();
    Analysis a = analyzer.analyze(lines.get(0), null, body, List.of());

    assertEquals(6, a.quotes().size());
    for (Quote q : a.quotes()) {
      assertEquals("Dmitry Peskov", q.speaker(), q.text());
    }
    assertTrue(a.quotes().get(5).continuation());
    assertNull(a.quotes().get(5).cue());
    assertFalse(a.quotes().get(0).continuation());
    Set<String> persons = a.mentions().stream().map(TextAnalyzer.Mention::person)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("Donald Trump", "Dmitry Peskov", "Vladimir Putin"), persons);
  }

  @Test
  void nullsAndEmptyGiveAnEmptyAnalysis() {
    Analysis a = analyzer.analyze(null, null, null, null);
    assertEquals("", a.text());
    assertTrue(a.sentences().isEmpty() && a.mentions().isEmpty() && a.quotes().isEmpty());
    Analysis b = analyzer.analyze("", "  ", "\n\n", List.of());
    assertTrue(b.quotes().isEmpty() && b.mentions().isEmpty());
    assertTrue(new TextAnalyzer(null).knownNames().isEmpty());
  }

  @Test
  void articleTextJoinsPartsWithBlankLinesSkippingMissingOnes() {
    assertEquals("T\n\nB", TextAnalyzer.articleText("T", null, "B"));
    assertEquals("L", TextAnalyzer.articleText(" ", "L", null));
  }

  @Test
  void offsetsPointIntoTheArticleText() {
    Analysis a = analyzer.analyze("Talks", "Lead line.",
        "\"We are ready to talk,\" Foreign Minister Sergey Lavrov said.", List.of());
    Quote q = a.quotes().get(0);
    assertEquals("\"We are ready to talk,\"", a.text().substring(q.start(), q.end()));
    TextAnalyzer.Mention m = a.mentions().get(0);
    assertEquals("Foreign Minister Sergey Lavrov", a.text().substring(m.start(), m.end()));
    assertEquals("Sergey Lavrov", m.person());
    assertEquals("Foreign Minister", m.role());
    assertEquals(2, m.sentenceIndex());
  }

  @Test
  void tagPersonsAndKnownNamesResolveLoneSurnames() {
    TextAnalyzer known = new TextAnalyzer(Set.of("James Baker"));
    Analysis a = known.analyze(null, null, "Officials met Baker on Monday in Paris.", List.of());
    assertEquals("James Baker", a.mentions().get(0).person());
    Analysis b = analyzer.analyze(null, null, "The talks with Volcker went on in Paris.",
        List.of("Paul Volcker"));
    assertEquals("Paul Volcker", b.mentions().get(0).person());
  }

  @Test
  void isSerializable() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new TextAnalyzer(Set.of("James Baker")));
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      TextAnalyzer copy = (TextAnalyzer) in.readObject();
      assertEquals("James Baker", copy.analyze(null, null, "Baker met them.", List.of())
          .mentions().get(0).person());
    }
  }

  /** Thousands of unbalanced marks, capitalised words and "said" everywhere: still linear. */
  @Test
  void tenMegabyteAdversarialBodyFinishesInSeconds() {
    String[] pieces = {"“", "\"", "«", "‘", "''", "„", "’", " said", " Said", " Peskov", " Mr.",
        " Dmitry", " von", " der", " he", " the press secretary", ":", ",", ".", " U.S.", " ”",
        " »", " told", " according to", " Putin said: “", "\n\n“", " Abc Def Ghi", " don’t"};
    Random random = new Random(7);
    StringBuilder b = new StringBuilder(10_500_000);
    while (b.length() < 10_000_000) {
      b.append(pieces[random.nextInt(pieces.length)]);
      if (random.nextInt(4) == 0) {
        b.append(' ').append((char) ('A' + random.nextInt(26))).append("xyz");
      }
    }
    String body = b.toString();
    Analysis a = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> analyzer.analyze("Title", null, body, List.of()));
    assertFalse(a.sentences().isEmpty());
    for (Quote q : a.quotes()) {
      assertTrue(q.end() - q.start() <= body.length());
    }
  }

  @Test
  void oneInstanceIsSafeAcrossThreads() throws Exception {
    String body = "\"We will win,\" Donald Trump said. \"We will win big.\"";
    Analysis expected = analyzer.analyze(null, null, body, List.of());
    List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger bad = new java.util.concurrent.atomic.AtomicInteger();
    for (int i = 0; i < 4; i++) {
      Thread th = new Thread(() -> {
        for (int k = 0; k < 200; k++) {
          if (!analyzer.analyze(null, null, body, List.of()).equals(expected)) {
            bad.incrementAndGet();
          }
        }
      });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertEquals(0, bad.get());
  }
}
