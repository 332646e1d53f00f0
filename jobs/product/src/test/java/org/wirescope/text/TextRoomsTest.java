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
 * listed before it, so no two depend on each other. Read from the sources' package lines, imports
 * and fully qualified names. And their size: a room a reader can hold in mind (at most {@value
 * #ROOM_LINES} lines), classes of at most {@value #CLASS_LINES} and methods of at most {@value
 * #METHOD_LINES}.
 */
class TextRoomsTest {
  static final Path TEXT = Path.of("src/main/java/org/wirescope/text");

  /**
   * The rooms, lowest first; {@code text} itself (TextAnalyzer, Attributor) is the front door on
   * top.
   */
  static final List<String> ROOMS =
      List.of(
          "text.lexicon",
          "text.tokens",
          "text.tagger",
          "text.names",
          "text.entities",
          "text.quotes",
          "text.speakers",
          "text.speakers.rules",
          "text.speakers.ranker",
          "text");

  static final int ROOM_LINES = 2_000;
  static final int CLASS_LINES = 400;
  static final int METHOD_LINES = 60;

  /** A method or constructor: its signature opens a block at the indentation of a class member. */
  private static final Pattern METHOD =
      Pattern.compile(
          "^( {2}| {4})(?:(?:public|protected|private|static|final|synchronized|abstract|default)\\s+)*"
              + "(?:<[^>]+>\\s+)?(?:[\\w.<>\\[\\], ?]+\\s+)?(\\w+)\\s*\\([^;]*$");

  private static final Pattern REFERENCE =
      Pattern.compile("org\\.wirescope\\.(text(?:\\.[a-z]+)*)\\.[A-Z]");

  @Test
  void everySourceIsInANamedRoom() {
    Map<String, List<Path>> rooms = sourcesByRoom();
    assertEquals(
        new TreeMap<>(rooms).keySet(), new java.util.TreeSet<>(ROOMS), "the rooms of text/");
  }

  @Test
  void roomsDependOnlyOnRoomsBelowThem() {
    List<String> wrong = new ArrayList<>();
    sourcesByRoom()
        .forEach(
            (room, files) -> {
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
  void roomsClassesAndMethodsStaySmall() {
    List<String> large = new ArrayList<>();
    sourcesByRoom()
        .forEach(
            (room, files) -> {
              int roomLines = 0;
              for (Path f : files) {
                List<String> lines = read(f).lines().toList();
                roomLines += lines.size();
                if (lines.size() > CLASS_LINES) {
                  large.add(TEXT.relativize(f) + ": " + lines.size() + " lines");
                }
                large.addAll(longMethods(TEXT.relativize(f).toString(), lines));
              }
              if (roomLines > ROOM_LINES) {
                large.add(room + ": " + roomLines + " lines");
              }
            });
    assertEquals(
        List.of(),
        large,
        "rooms of at most "
            + ROOM_LINES
            + " lines, classes of "
            + CLASS_LINES
            + ", methods of "
            + METHOD_LINES);
  }

  /**
   * The methods of a source longer than {@link #METHOD_LINES}, from their signature to their
   * closing brace.
   */
  static List<String> longMethods(String file, List<String> lines) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = METHOD.matcher(lines.get(i));
      String head = lines.get(i).strip();
      if (!m.find()
          || head.startsWith("return ")
          || head.startsWith("new ")
          || head.startsWith("else")
          || head.matches("(if|for|while|switch|catch|synchronized|try)\\b.*")) {
        continue;
      }
      int open = i;
      while (open < lines.size() && !lines.get(open).contains("{")) {
        if (lines.get(open).strip().endsWith(";")) {
          open = -1; // an abstract or interface method: no body
          break;
        }
        open++;
      }
      if (open < 0 || open >= lines.size()) {
        continue;
      }
      int depth = 0;
      int end = open;
      for (; end < lines.size(); end++) {
        String l = lines.get(end);
        depth += l.chars().filter(c -> c == '{').count() - l.chars().filter(c -> c == '}').count();
        if (depth <= 0) {
          break;
        }
      }
      if (end - i + 1 > METHOD_LINES) {
        out.add(file + ":" + (i + 1) + " " + m.group(2) + ": " + (end - i + 1) + " lines");
      }
    }
    return out;
  }

  @Test
  void theMethodCheckMeasuresAMethodFromSignatureToClosingBrace() {
    List<String> method = new ArrayList<>(List.of("  int f(int a) {"));
    for (int i = 0; i < METHOD_LINES - 2; i++) {
      method.add("    a++;");
    }
    method.add("  }");
    assertEquals(List.of(), longMethods("A.java", method));
    method.add(1, "    a--;");
    assertEquals(List.of("A.java:1 f: 61 lines"), longMethods("A.java", method));
  }

  @Test
  void theFrontDoorIsSmall() {
    assertTrue(
        sourcesByRoom().get("text").size() <= 2,
        "text/ itself holds TextAnalyzer and Attributor only");
  }

  private static Map<String, List<Path>> sourcesByRoom() {
    Map<String, List<Path>> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(TEXT)) {
      s.filter(p -> p.toString().endsWith(".java"))
          .sorted()
          .forEach(
              p -> {
                Matcher m =
                    Pattern.compile("(?m)^package org\\.wirescope\\.([a-z.]+);").matcher(read(p));
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
