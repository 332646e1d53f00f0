package org.wirescope;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * Where tests find the shared corpora, which are read in place and never copied into the repo. The
 * folder is the system property {@code wirescope.corpora} (surefire sets it to the absolute path),
 * else {@code ../shared/corpora} from the working directory. A test that needs a corpus that is not
 * there is skipped, unless {@code WIRESCOPE_REQUIRE_CORPORA=1}, when it fails: CI sets that so that
 * a missing corpus cannot pass silently.
 */
public final class Corpora {
  private Corpora() {}

  /** The corpora folder; skips (or fails) the calling test when it is absent. */
  public static Path root() {
    Path root =
        Paths.get(System.getProperty("wirescope.corpora", "../shared/corpora"))
            .toAbsolutePath()
            .normalize();
    require(root, "corpora folder");
    return root;
  }

  /**
   * A file or folder under the corpora folder; skips (or fails) the calling test when it is absent.
   */
  public static Path path(String relative) {
    Path p = root().resolve(relative).normalize();
    require(p, "corpus path");
    return p;
  }

  private static void require(Path p, String what) {
    boolean present = Files.exists(p);
    String message = what + " " + p + " not found (set -Dwirescope.corpora=...)";
    if (!present && "1".equals(System.getenv("WIRESCOPE_REQUIRE_CORPORA"))) {
      fail(message + " and WIRESCOPE_REQUIRE_CORPORA=1");
    }
    Assumptions.assumeTrue(present, message);
  }
}
