package org.wirescope.tables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Properties;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;

/**
 * {@code OUT/_manifest.json}: what each stage read, counted and took. Each stage replaces its own
 * entry under {@code stages} and leaves the others, so the file describes the whole output folder.
 */
public final class Manifest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Manifest() {}

  public static ObjectNode newStage() {
    return JSON.createObjectNode();
  }

  /** Reads the manifest, or an empty one when the folder has none yet. */
  public static ObjectNode read(TableStore store) {
    Path path = new Path(store.root(), TableStore.MANIFEST);
    try {
      FileSystem fs = store.fs();
      if (!fs.exists(path)) {
        return JSON.createObjectNode();
      }
      try (InputStream in = fs.open(path)) {
        JsonNode node = JSON.readTree(in);
        return node instanceof ObjectNode o ? o : JSON.createObjectNode();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** Records one stage's entry, with versions and the time of writing, then rewrites the file. */
  public static void putStage(TableStore store, String stage, ObjectNode entry) {
    ObjectNode manifest = read(store);
    ObjectNode versions = manifest.putObject("versions");
    versions.put("wirescope", wirescopeVersion());
    versions.put("spark", SparkContext.getOrCreate().version());
    versions.put("java", System.getProperty("java.version"));
    manifest.put("output", store.root().toString());
    manifest.put("updated_at", Instant.now().toString());
    ObjectNode stages =
        manifest.has("stages") && manifest.get("stages") instanceof ObjectNode s
            ? s
            : manifest.putObject("stages");
    entry.put("run_id", store.runId());
    stages.set(stage, entry);
    // What this stage's tables leave behind: later tables computed from what it replaced.
    ObjectNode stale = manifest.putObject("stale_tables");
    store.stale().forEach(stale::put);
    write(store, manifest);
  }

  private static void write(TableStore store, ObjectNode manifest) {
    try {
      store.replaceFile(
          new Path(store.root(), TableStore.MANIFEST), JSON.writeValueAsBytes(manifest));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the manifest: " + e.getMessage(), e);
    }
  }

  public static String wirescopeVersion() {
    try (InputStream in = Manifest.class.getResourceAsStream("/wirescope.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
