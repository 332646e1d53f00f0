package org.wirescope.tables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output folder of a run and its tables, kept safe for their owner.
 *
 * <ul>
 *   <li><b>Markers.</b> Every table Wirescope publishes, every folder it writes (csv/, exports/,
 *       report/) and the output folder itself carry a {@value #MARKER} file. Wirescope only
 *       replaces or deletes what carries its marker: anything else at a path a run would write
 *       stops the run before any work ({@link #open}), naming the path. Spark, pyarrow and DuckDB
 *       all skip files starting with '_', so the marker never shows up as data.
 *   <li><b>Lineage.</b> A table's marker names the run that wrote it and the runs of the tables it
 *       was computed from, so {@link Lineage} can tell when later tables describe an earlier
 *       corpus.
 *   <li><b>One writer.</b> A writing command holds {@link OutputLock} for the whole run.
 *   <li><b>No half tables.</b> A table is written under {@code _staging/} and swapped in by two
 *       renames. A run killed between them leaves the previous version under {@code _staging/}; the
 *       next command to open the folder puts back the new version if it was complete, else the
 *       previous one ({@link #recover}). Readers therefore see the previous complete version or the
 *       new one, never a mix.
 * </ul>
 *
 * <p>All paths go through Hadoop's FileSystem API, so {@code file://}, {@code hdfs://} and {@code
 * s3a://} outputs behave alike, except that the atomic lock and the atomic replacement of small
 * files need a local disk or HDFS.
 */
public final class TableStore {
  private static final Logger LOG = LoggerFactory.getLogger("wirescope");
  private static final ObjectMapper JSON = new ObjectMapper();

  public static final String STAGING = "_staging";
  public static final String MANIFEST = "_manifest.json";

  /** The marker file in the output folder, in each table and in each folder Wirescope writes. */
  public static final String MARKER = "_wirescope.json";

  private static final String PREVIOUS = "-previous";

  /** A table's marker: who wrote it and from which versions of its inputs. */
  public record Marker(
      String runId, String command, String writtenAt, Map<String, String> derivedFrom) {}

  private final SparkSession spark;
  private final Path root;
  private final String runId = UUID.randomUUID().toString().substring(0, 8);
  private String command = "wirescope";

  public TableStore(SparkSession spark, String outputDir) {
    this.spark = spark;
    Path p = new Path(outputDir);
    try {
      FileSystem fs = p.getFileSystem(hadoopConf());
      this.root = fs.makeQualified(p);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot open output folder " + outputDir + ": " + e.getMessage(), e);
    }
  }

  public Path root() {
    return root;
  }

  /** This run's id: in every marker it writes, in the lock and in the manifest. */
  public String runId() {
    return runId;
  }

  /** The folder as a user would type it: a plain path when local, else the full URI. */
  public String shown() {
    return "file".equals(root.toUri().getScheme()) ? root.toUri().getPath() : root.toString();
  }

  public Path table(String name) {
    return new Path(root, name);
  }

  // ---- Opening for writing ------------------------------------------------------------------

  /**
   * Opens the folder for a writing command, before any work: takes the lock, finishes or undoes
   * what a killed run left half-published, and checks that every path in {@code writes} (tables,
   * folders and files directly under OUT) is free or carries Wirescope's marker, and that no {@code
   * input} overlaps the output. Close the returned lock when the run ends.
   */
  public OutputLock open(String command, Collection<String> writes, Collection<String> inputs) {
    this.command = command;
    OutputLock lock;
    try {
      lock = OutputLock.acquire(fs(), root, runId, command);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + root + ": " + e.getMessage(), e);
    }
    try {
      lock.tookOverFrom()
          .ifPresent(
              h ->
                  LOG.warn(
                      "{}: took over the lock of {}, whose process is gone",
                      command,
                      h.describe()));
      refuseOverlap(inputs);
      checkWritable(writes);
      recover();
      removeStagingOfOtherRuns();
      markOutputFolder();
      return lock;
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * Refuses an input that holds the output (ingest would read its own tables, or a publish would
   * replace the corpus) or that lies inside one of the output's tables or folders.
   */
  void refuseOverlap(Collection<String> inputs) {
    String out = withSlash(root.toUri().getPath());
    for (String input : inputs) {
      try {
        Path p = new Path(input);
        FileSystem fs = p.getFileSystem(hadoopConf());
        FileStatus[] matches = fs.globStatus(p);
        List<Path> paths = new ArrayList<>();
        if (matches != null) {
          for (FileStatus m : matches) {
            paths.add(m.getPath());
          }
        }
        if (paths.isEmpty()) {
          paths.add(fs.makeQualified(p));
        }
        for (Path q : paths) {
          if (!sameFileSystem(q)) {
            continue;
          }
          String in = withSlash(q.toUri().getPath());
          if (out.startsWith(in)) {
            throw new IllegalArgumentException(
                "the output folder "
                    + shown()
                    + " is inside the input "
                    + input
                    + ": ingest would read its own tables; choose an --output outside the input");
          }
          if (in.startsWith(out)) {
            String first = in.substring(out.length()).split("/")[0];
            if (ownedName(first)) {
              throw new IllegalArgumentException(
                  "the input "
                      + input
                      + " is inside the output's "
                      + first
                      + " folder, which this run replaces; copy it elsewhere or choose another --output");
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot check input " + input + ": " + e.getMessage(), e);
      }
    }
  }

  private boolean sameFileSystem(Path q) {
    java.net.URI a = q.toUri();
    java.net.URI b = root.toUri();
    return java.util.Objects.equals(a.getScheme(), b.getScheme())
        && java.util.Objects.equals(a.getAuthority(), b.getAuthority());
  }

  private static String withSlash(String path) {
    return path.endsWith("/") ? path : path + "/";
  }

  /** Names directly under OUT that Wirescope writes or keeps. */
  private static boolean ownedName(String name) {
    return Tables.all().containsKey(name) || Lineage.FOLDERS.contains(name) || name.equals(STAGING);
  }

  /**
   * Stops the run when a path it would write holds something Wirescope did not write: a table or
   * folder without the marker, or (in a folder without the marker) the files Wirescope keeps at the
   * top.
   */
  void checkWritable(Collection<String> writes) {
    try {
      FileSystem fs = fs();
      boolean ours = isMarked(root);
      List<String> top = new ArrayList<>(writes);
      top.addAll(List.of(MANIFEST, STAGING));
      for (String name : top) {
        Path p = new Path(root, name);
        if (!fs.exists(p)) {
          continue;
        }
        // Tables and folders carry their own marker; the files and _staging at the top, the
        // folder's.
        boolean dir = fs.getFileStatus(p).isDirectory() && !name.equals(STAGING);
        boolean marked = dir ? isMarked(p) : ours;
        if (!marked) {
          throw new IllegalStateException(
              p
                  + " exists and was not written by Wirescope (no "
                  + MARKER
                  + (dir ? " in it" : " in its folder")
                  + "); Wirescope only replaces what it wrote. Move it away "
                  + "or choose another --output");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check " + root + ": " + e.getMessage(), e);
    }
  }

  private boolean isMarked(Path dir) throws IOException {
    return fs().exists(new Path(dir, MARKER));
  }

  private void markOutputFolder() {
    try {
      if (!isMarked(root)) {
        ObjectNode n = markerJson();
        n.put(
            "note",
            "A Wirescope output folder: tables with this marker are replaced by later runs.");
        writeSmall(
            new Path(root, MARKER), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot mark " + root + ": " + e.getMessage(), e);
    }
  }

  /** Marks the folder of a file about to be written when it is a folder directly under OUT. */
  public void markParent(Path file) {
    Path parent = file.getParent();
    if (parent != null && root.equals(parent.getParent())) {
      folder(parent.getName());
    }
  }

  /** The folder {@code OUT/name} (csv, exports, report), created and marked as Wirescope's. */
  public Path folder(String name) {
    Path dir = new Path(root, name);
    try {
      if (!isMarked(dir)) {
        fs().mkdirs(dir);
        writeSmall(new Path(dir, MARKER), JSON.writeValueAsBytes(markerJson().put("folder", name)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
    }
    return dir;
  }

  // ---- Reading --------------------------------------------------------------------------------

  /** A fresh folder under {@code _staging/} for this run's intermediate data. */
  public Path staging(String name) {
    return new Path(new Path(root, STAGING), runId + "-" + name);
  }

  public boolean exists(String table) {
    try {
      return fs().exists(table(table));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a published table with its declared schema; fails with a clear message if absent. */
  public Dataset<Row> read(String table, StructType schema) {
    if (!exists(table)) {
      throw new IllegalStateException(
          "table " + table + " not found under " + root + ": run the stage that writes it first");
    }
    return spark.read().schema(schema).parquet(table(table).toString());
  }

  /**
   * The marker of every table present: null for a table without one. Read from the folder once;
   * afterwards this run's own publishes keep it current (no one else writes while it holds the
   * lock).
   */
  public Map<String, Marker> markers() {
    if (markers == null) {
      markers = new LinkedHashMap<>();
      for (String table : Tables.all().keySet()) {
        if (exists(table)) {
          markers.put(table, readMarker(table(table)));
        }
      }
    }
    Map<String, Marker> out = new LinkedHashMap<>();
    for (String table : Tables.all().keySet()) {
      if (markers.containsKey(table)) {
        out.put(table, markers.get(table));
      }
    }
    return out;
  }

  private Map<String, Marker> markers;

  /** The stale tables of the folder with why (see {@link Lineage}); empty when all agree. */
  public Map<String, String> stale() {
    return Lineage.stale(markers());
  }

  private Marker readMarker(Path dir) {
    try (InputStream in = fs().open(new Path(dir, MARKER))) {
      JsonNode n = JSON.readTree(in);
      Map<String, String> from = new LinkedHashMap<>();
      n.path("derived_from")
          .fields()
          .forEachRemaining(e -> from.put(e.getKey(), e.getValue().asText()));
      return new Marker(
          n.path("run_id").asText(""),
          n.path("command").asText(""),
          n.path("written_at").asText(""),
          from);
    } catch (IOException e) {
      return null; // no marker, or an unreadable one: not Wirescope's
    }
  }

  // ---- Writing --------------------------------------------------------------------------------

  /**
   * Writes a table to staging, marks it, then swaps it into place; returns the rows written,
   * counted while writing (no second pass over the data).
   */
  public long write(String table, Dataset<Row> data, String... partitionBy) {
    return writeObserved(table, data, List.of(), partitionBy).getLong(0);
  }

  /**
   * Writes a table like {@link #write} and returns, from the same pass, its row count followed by
   * the given aggregates over its rows (Spark's observed metrics; no DISTINCT): the counts a log
   * line needs cost no job of their own.
   */
  public Row writeObserved(
      String table, Dataset<Row> data, List<Column> metrics, String... partitionBy) {
    Path staged = staging(table);
    Row observed = writeObserved(data, staged, metrics, partitionBy);
    publish(table, staged);
    return observed;
  }

  /**
   * Writes {@code data} as Parquet to {@code path}, returning its row count and {@code metrics}.
   */
  public static Row writeObserved(
      Dataset<Row> data, Path path, List<Column> metrics, String... partitionBy) {
    Observation observation = new Observation("write-" + UUID.randomUUID());
    Column[] rest = metrics.toArray(Column[]::new);
    var writer =
        data.observe(observation, functions.count(functions.lit(1)).as("_rows"), rest)
            .write()
            .mode(SaveMode.Overwrite);
    if (partitionBy.length > 0) {
      writer = writer.partitionBy(partitionBy);
    }
    writer.parquet(path.toString());
    return observed(observation);
  }

  /** The metrics of an observation whose action has run (Spark hands them over as it ends). */
  public static Row observed(Observation observation) {
    try {
      return observation.getRow();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "no metrics for " + observation.name() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Replaces {@code table} by the folder {@code staged}: the marker goes into the staged folder (so
   * it is complete before anyone can see it), the old table is moved aside, the new one renamed in,
   * then the old one deleted. A run killed between the renames is repaired by the next {@link
   * #recover}.
   */
  public void publish(String table, Path staged) {
    try {
      FileSystem fs = fs();
      Marker marker =
          new Marker(runId, command, Instant.now().toString(), Lineage.inputsOf(table, markers()));
      writeSmall(
          new Path(staged, MARKER),
          JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(table, marker)));
      Path target = table(table);
      Path aside = staging(table + PREVIOUS);
      boolean hadOld = fs.exists(target);
      if (hadOld && !isMarked(target)) {
        throw new IOException(
            target + " was not written by Wirescope (no " + MARKER + "); it is left as it is");
      }
      if (hadOld && !fs.rename(target, aside)) {
        throw new IOException("cannot move " + target + " aside");
      }
      if (!fs.rename(staged, target)) {
        if (hadOld) {
          fs.rename(aside, target);
        }
        throw new IOException("cannot rename " + staged + " to " + target);
      }
      markers();
      markers.put(table, marker);
      markOutputFolder();
      if (hadOld) {
        fs.delete(aside, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("publishing " + table + " failed: " + e.getMessage(), e);
    }
  }

  private ObjectNode toJson(String table, Marker m) {
    ObjectNode n = markerJson();
    n.put("table", table);
    n.put("run_id", m.runId());
    n.put("command", m.command());
    n.put("written_at", m.writtenAt());
    ObjectNode from = n.putObject("derived_from");
    m.derivedFrom().forEach(from::put);
    return n;
  }

  private ObjectNode markerJson() {
    ObjectNode n = JSON.createObjectNode();
    n.put("wirescope", Manifest.wirescopeVersion());
    n.put("run_id", runId);
    n.put("command", command);
    n.put("written_at", Instant.now().toString());
    return n;
  }

  /**
   * Replaces a small file (manifest, report page) whole: written beside it, then renamed over it,
   * so a reader never sees half a file. Its folder, when not OUT itself, is marked.
   */
  public void replaceFile(Path target, byte[] content) {
    try {
      markParent(target);
      writeSmall(target, content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes a small file through a temporary one and an atomic rename where the disk has one (a
   * local disk: the old file is replaced in one step, so a kill leaves the old or the new).
   */
  private void writeSmall(Path target, byte[] content) throws IOException {
    FileSystem fs = fs();
    Path tmp = new Path(target.getParent(), "." + target.getName() + "." + runId + ".tmp");
    if (isLocal(fs)) {
      java.nio.file.Path t = java.nio.file.Path.of(target.toUri().getPath());
      java.nio.file.Path temp = java.nio.file.Path.of(tmp.toUri().getPath());
      Files.createDirectories(t.getParent());
      Files.write(temp, content);
      Files.move(temp, t, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      // Hadoop's checksum of an earlier version would no longer match.
      Files.deleteIfExists(t.resolveSibling("." + t.getFileName() + ".crc"));
      return;
    }
    try (OutputStream out = fs.create(tmp, true)) {
      out.write(content);
    }
    fs.delete(target, false);
    if (!fs.rename(tmp, target)) {
      throw new IOException("rename failed");
    }
  }

  static boolean isLocal(FileSystem fs) {
    return fs instanceof LocalFileSystem
        || fs instanceof RawLocalFileSystem
        || "file".equals(fs.getUri().getScheme());
  }

  // ---- Repair and cleanup ----------------------------------------------------------------------

  /**
   * Repairs what a killed run left between its two renames: a table folder that is missing while
   * {@code _staging/} holds its new version (complete: it carries the marker) or its previous one.
   * The new version goes in when complete, else the previous one goes back. Returns the tables
   * repaired.
   */
  public List<String> recover() {
    List<String> repaired = new ArrayList<>();
    try {
      FileSystem fs = fs();
      Path staging = new Path(root, STAGING);
      if (!fs.exists(staging)) {
        return repaired;
      }
      FileStatus[] entries = fs.listStatus(staging);
      List<String> names = new ArrayList<>(Tables.all().keySet());
      for (String table : names) {
        if (fs.exists(table(table))) {
          continue;
        }
        Path newer = null;
        Path previous = null;
        for (FileStatus e : entries) {
          String n = e.getPath().getName();
          int dash = n.indexOf('-');
          if (dash < 0 || n.startsWith(runId + "-")) {
            continue;
          }
          String rest = n.substring(dash + 1);
          if (rest.equals(table) && isMarked(e.getPath())) {
            newer = e.getPath();
          } else if (rest.equals(table + PREVIOUS)) {
            previous = e.getPath();
          }
        }
        Path back = newer != null ? newer : previous;
        if (back != null && fs.rename(back, table(table))) {
          repaired.add(table);
          LOG.warn(
              "{}: {} was missing after a killed run; put back its {} version",
              command,
              table,
              back == newer ? "new, complete" : "previous");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot repair " + root + ": " + e.getMessage(), e);
    }
    return repaired;
  }

  /**
   * For readers (sql, tables, export): repairs a folder left half-published by a killed run, when
   * no run holds it. A live run is left alone: its tables are missing for an instant at most.
   */
  public void recoverIfIdle() {
    try {
      FileSystem fs = fs();
      if (!fs.exists(new Path(root, STAGING)) || !needsRecovery()) {
        return;
      }
      try (OutputLock lock = OutputLock.acquire(fs, root, runId, "repair")) {
        recover();
      }
    } catch (OutputLock.Busy e) {
      // A run holds the folder and will finish its own publishes.
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot repair {}: {}", root, e.getMessage());
    }
  }

  private boolean needsRecovery() throws IOException {
    for (FileStatus e : fs().listStatus(new Path(root, STAGING))) {
      String n = e.getPath().getName();
      for (String table : Tables.all().keySet()) {
        if ((n.endsWith("-" + table) || n.endsWith("-" + table + PREVIOUS)) && !exists(table)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Under the lock: whatever other runs left under {@code _staging/} is litter. */
  private void removeStagingOfOtherRuns() {
    removeStaging(false);
  }

  /** Removes this run's intermediate data under {@code _staging/}; other runs' are not touched. */
  public void cleanStaging() {
    removeStaging(true);
  }

  /** Deletes the staging entries of this run ({@code ours}) or of every other run. */
  private void removeStaging(boolean ours) {
    try {
      FileSystem fs = fs();
      Path staging = new Path(root, STAGING);
      if (!fs.exists(staging)) {
        return;
      }
      for (FileStatus e : fs.listStatus(staging)) {
        if (e.getPath().getName().startsWith(runId + "-") == ours) {
          fs.delete(e.getPath(), true);
        }
      }
      if (fs.listStatus(staging).length == 0) {
        fs.delete(staging, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public FileSystem fs() throws IOException {
    return root.getFileSystem(hadoopConf());
  }

  private Configuration hadoopConf() {
    return spark.sparkContext().hadoopConfiguration();
  }
}
