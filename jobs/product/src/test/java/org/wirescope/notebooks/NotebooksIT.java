package org.wirescope.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wirescope.Images;
import org.wirescope.cli.SharedOutputs;

/**
 * Every notebook in notebooks/ runs headless, top to bottom, against the pipeline's run on the
 * bundled sample, and leaves non-trivial PNG charts. It needs Python with the packages of
 * notebooks/requirements.txt, which notebooks/run.sh installs into a venv; so it runs only when
 * asked ({@code WIRESCOPE_NOTEBOOKS=1}, venv from {@code WIRESCOPE_VENV}), and CI asks with {@code
 * WIRESCOPE_REQUIRE_NOTEBOOKS=1}, which makes skipping an error.
 */
@Tag("notebook")
@Tag("e2e")
class NotebooksIT {
  @Test
  void everyNotebookRunsAndDrawsItsCharts() throws Exception {
    boolean required = "1".equals(System.getenv("WIRESCOPE_REQUIRE_NOTEBOOKS"));
    if (!required && !"1".equals(System.getenv("WIRESCOPE_NOTEBOOKS"))) {
      Assumptions.assumeTrue(
          false,
          "notebooks not run: set WIRESCOPE_NOTEBOOKS=1 (it makes a Python venv, see notebooks/run.sh)");
    }
    Path repo = Path.of(System.getProperty("wirescope.repo", "../..")).toAbsolutePath().normalize();
    Path notebooks = repo.resolve("notebooks");
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(notebooks)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".ipynb"))
          .sorted()
          .forEach(names::add);
    }
    assertEquals(
        List.of(
            "01_overview.ipynb",
            "02_person_network.ipynb",
            "03_topic_trends.ipynb",
            "04_quotes.ipynb"),
        names);

    // The notebooks write their copies and charts into the folder: a copy of the sample's
    // pipeline run that this JVM's tests share.
    Path out = SharedOutputs.copy(SharedOutputs.samplePipeline());

    Path log = out.resolve("run-notebooks.log");
    ProcessBuilder pb =
        new ProcessBuilder("bash", notebooks.resolve("run.sh").toString(), out.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Process p = pb.start();
    if (!p.waitFor(20, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail(
          "notebooks did not finish within 20 minutes:\n"
              + Files.readString(log, StandardCharsets.UTF_8));
    }
    String text = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(text);
    assertEquals(0, p.exitValue(), "notebooks/run.sh failed:\n" + text);

    Path figures = out.resolve("figures");
    java.util.Map<String, List<String>> expected =
        java.util.Map.of(
            "01",
                List.of("01_articles_per_month.png", "01_rejects_by_reason.png", "01_sources.png"),
            "02", List.of("02_ego_network.png", "02_pair_over_time.png", "02_top_pairs.png"),
            "03", List.of("03_movers.png", "03_share_heatmap.png", "03_topic_share.png"),
            "04",
                List.of(
                    "04_most_carried.png",
                    "04_speakers_over_time.png",
                    "04_top_speakers.png",
                    "04_voice_share.png"));
    for (String name : names) {
      String prefix = name.substring(0, 3);
      List<Path> pngs;
      try (Stream<Path> files = Files.list(figures)) {
        pngs =
            files
                .filter(
                    f ->
                        f.getFileName().toString().startsWith(prefix)
                            && f.getFileName().toString().endsWith(".png"))
                .sorted()
                .toList();
      }
      assertEquals(
          expected.get(name.substring(0, 2)),
          pngs.stream().map(f -> f.getFileName().toString()).toList(),
          name + "'s charts under " + figures);
      for (Path png : pngs) {
        Images.assertNotBlank(png, 300, 200);
      }
      assertTrue(Files.exists(out.resolve("notebooks").resolve(name)), "executed copy of " + name);
    }
  }
}
