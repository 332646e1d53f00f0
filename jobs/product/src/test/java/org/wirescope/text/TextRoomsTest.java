package org.wirescope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rooms of {@code text/} and the one direction they depend in: a room uses only the rooms
 * listed before it, so no two depend on each other. Read from the sources' package lines,
 * imports and fully qualified names.
 */
class TextRoomsTest {
  static final Path TEXT = Path.of("src/main/java/org/wirescope/text");

  /** The rooms, lowest first; {@code text} itself (TextAnalyzer, Attributor) is the front door on top. */
  static final List<String> ROOMS = List.of("text.lexicon", "text.tokens", "text.names", "text.quotes",
      "text.speakers", "text.speakers.rules", "text.speakers.ranker", "text");

  private static final Pattern REFERENCE = Pattern.compile("org\\.wirescope\\.(text(?:\\.[a-z]+)*)\\.[A-Z]");

  @Test
  void everySourceIsInANamedRoom() {
    Map<String, List<Path>> rooms = sourcesByRoom();
    assertEquals(new TreeMap<>(rooms).keySet(), new java.util.TreeSet<>(ROOMS), "the rooms of text/");
  }

  @Test
  void roomsDependOnlyOnRoomsBelowThem() {
    List<String> wrong = new ArrayList<>();
    sourcesByRoom().forEach((room, files) -> {
      for (Path f : files) {
        Matcher m = REFERENCE.matcher(read(f));
        while (m.find()) {
          String used = m.group(1);
          if (ROOMS.indexOf(used) > ROOMS.indexOf(room)) {
            wrong.add(TEXT.relativize(f) + " (" + room + ") uses " + used);
          }
        }
      }
    });
    assertEquals(List.of(), wrong, "a room may use only the rooms before it in " + ROOMS);
  }

  @Test
  void theFrontDoorIsSmall() {
    assertTrue(sourcesByRoom().get("text").size() <= 2, "text/ itself holds TextAnalyzer and Attributor only");
  }

  private static Map<String, List<Path>> sourcesByRoom() {
    Map<String, List<Path>> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(TEXT)) {
      s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> {
        Matcher m = Pattern.compile("(?m)^package org\\.wirescope\\.([a-z.]+);").matcher(read(p));
        assertTrue(m.find(), "package line in " + p);
        out.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(p);
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
