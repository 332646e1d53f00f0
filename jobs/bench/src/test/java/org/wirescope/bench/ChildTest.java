package org.wirescope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * Child processes as the scripts ran them: words as the shell splits them, a failure's status kept.
 */
class ChildTest {
  @Test
  void wordsSplitAtBlanksAsTheShellDoes() {
    assertEquals(List.of("--names", "rules"), Child.words("  --names\trules\n"));
    assertEquals(List.of(), Child.words(""));
    assertEquals(List.of(), Child.words(null));
  }

  @Test
  void aFailedChildKeepsItsStatus() {
    Child.Failed f =
        assertThrows(
            Child.Failed.class,
            () ->
                Child.run(
                    List.of("sh", "-c", "exit 3"),
                    Map.of(),
                    Child.Sink.DISCARD,
                    Child.Sink.DISCARD));
    assertEquals(3, f.status);
    assertEquals("hello\n", Child.output(List.of("sh", "-c", "echo hello"), Map.of()));
  }

  @Command(name = "fails")
  static final class Fails implements Callable<Integer> {
    @Override
    public Integer call() {
      Child.run(List.of("sh", "-c", "exit 7"), Map.of(), Child.Sink.DISCARD, Child.Sink.DISCARD);
      return 0;
    }
  }

  @Test
  void aCommandEndsWithTheStatusOfTheChildThatFailed() {
    assertEquals(7, Child.execute(new Fails()));
  }
}
