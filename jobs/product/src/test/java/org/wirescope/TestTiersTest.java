package org.wirescope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The test tiers (docs/testing.md) lose no test: `mvn test` runs the untagged tests and the
 * failsafe run of `mvn verify` runs every test carrying one of the tags in the POM's {@code
 * wirescope.slowTags}, plus nothing else. A class named *IT is never run by surefire, so one
 * without such a tag would run nowhere; and a tag outside the list would put a test back in the
 * fast tier without anyone deciding so.
 */
class TestTiersTest {
  /** The tier tags, from the POM (surefire passes them on); the same list the plugins filter by. */
  static Set<String> tiers() {
    String list = System.getProperty("wirescope.slowTags", "");
    Set<String> tags =
        Arrays.stream(list.split(","))
            .map(String::strip)
            .filter(t -> !t.isEmpty())
            .collect(Collectors.toCollection(TreeSet::new));
    assertFalse(tags.isEmpty(), "surefire passes wirescope.slowTags");
    return tags;
  }

  /** Every test class compiled with this module, by name. */
  static List<Class<?>> testClasses()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path root =
        Path.of(TestTiersTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f :
          files
              .filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$"))
              .toList()) {
        String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.endsWith("Test") || name.endsWith("IT")) {
          out.add(Class.forName(name, false, TestTiersTest.class.getClassLoader()));
        }
      }
    }
    return out;
  }

  static Set<String> tags(java.lang.reflect.AnnotatedElement e) {
    Set<String> out = new TreeSet<>();
    for (Tag t : e.getAnnotationsByType(Tag.class)) {
      out.add(t.value());
    }
    return out;
  }

  @Test
  void everyItClassCarriesATierTag() throws Exception {
    List<String> untiered = new ArrayList<>();
    for (Class<?> c : testClasses()) {
      if (c.getSimpleName().endsWith("IT") && tags(c).stream().noneMatch(tiers()::contains)) {
        untiered.add(c.getName());
      }
    }
    assertEquals(
        List.of(), untiered, "*IT classes without one of " + tiers() + " run in neither tier");
  }

  @Test
  void everyTagIsATier() throws Exception {
    Set<String> unknown = new TreeSet<>();
    for (Class<?> c : testClasses()) {
      tags(c).stream()
          .filter(t -> !tiers().contains(t))
          .forEach(t -> unknown.add(c.getSimpleName() + ": " + t));
      for (var m : c.getDeclaredMethods()) {
        tags(m).stream()
            .filter(t -> !tiers().contains(t))
            .forEach(t -> unknown.add(c.getSimpleName() + "." + m.getName() + ": " + t));
      }
    }
    assertEquals(Set.of(), unknown, "tags outside " + tiers());
  }
}
