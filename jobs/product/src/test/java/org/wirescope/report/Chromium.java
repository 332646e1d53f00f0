package org.wirescope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium (Debian's {@code chromium} package) for tests: open a page, take a screenshot,
 * and collect what the page logged to its console. Tests that need it skip when it is not
 * installed, unless {@code WIRESCOPE_REQUIRE_CHROMIUM=1} (CI installs it and sets that).
 */
public final class Chromium {
  private Chromium() {}

  /** What a page did: its console lines and the screenshot file. */
  public record Visit(List<String> console, Path screenshot, String log) {}

  /** The browser executable: {@code -Dwirescope.chromium}, else the first on PATH. */
  public static Path executable() {
    String prop = System.getProperty("wirescope.chromium");
    List<Path> candidates = new ArrayList<>();
    if (prop != null) {
      candidates.add(Path.of(prop));
    }
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
      for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
        candidates.add(Path.of(dir, name));
      }
    }
    for (Path c : candidates) {
      if (Files.isExecutable(c)) {
        return c;
      }
    }
    String message =
        "no headless Chromium found (apt-get install chromium, or -Dwirescope.chromium=PATH)";
    if ("1".equals(System.getenv("WIRESCOPE_REQUIRE_CHROMIUM"))) {
      fail(message + " and WIRESCOPE_REQUIRE_CHROMIUM=1");
    }
    Assumptions.assumeTrue(false, message);
    return null;
  }

  /**
   * Opens {@code page} with the network cut off (every host resolves to nothing, no proxy
   * reachable), waits for it to load and writes a {@code width x height} screenshot.
   */
  public static Visit open(Path page, Path screenshot, int width, int height)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("wirescope-chromium");
    Path log = Files.createTempFile("wirescope-chromium", ".log");
    List<String> cmd =
        List.of(
            executable().toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--hide-scrollbars",
            "--user-data-dir=" + profile,
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--proxy-server=127.0.0.1:9",
            "--enable-logging=stderr",
            "--v=0",
            "--window-size=" + width + "," + height,
            "--screenshot=" + screenshot.toAbsolutePath(),
            page.toAbsolutePath().toUri().toString());
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(
          "chromium did not finish within 120 s: " + Files.readString(log, StandardCharsets.UTF_8));
    }
    String text = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), "chromium failed:\n" + text);
    List<String> console = text.lines().filter(l -> l.contains(":CONSOLE")).toList();
    return new Visit(console, screenshot, text);
  }
}
