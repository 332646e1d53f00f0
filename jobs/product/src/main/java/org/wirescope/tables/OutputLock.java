package org.wirescope.tables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * {@code OUT/_wirescope.lock}: one writing run per output folder at a time.
 *
 * <p>The lock is a small JSON file created exclusively (O_EXCL on a local disk, HDFS's atomic
 * create elsewhere) naming the run, its command, start time, host and process. A second run fails
 * at once with the first one's id and start time. A lock whose process is gone (same host, pid no
 * longer running or reused) or whose heartbeat is older than {@link #STALE_AFTER} (another host;
 * the holder touches the file every {@link #HEARTBEAT}) was left by a killed run: it is moved aside
 * and the new run takes its place. Moving it aside is atomic, so of two runs taking over the same
 * stale lock, one wins and the other is told who holds the folder now.
 */
public final class OutputLock implements AutoCloseable {
  public static final String FILE = "_wirescope.lock";
  static final Duration HEARTBEAT = Duration.ofSeconds(30);
  static final Duration STALE_AFTER = Duration.ofMinutes(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a lock file says about its holder. */
  public record Holder(
      String runId, String command, String startedAt, String host, long pid, String processStart) {
    String describe() {
      return "run "
          + runId
          + " ("
          + command
          + ", started "
          + startedAt
          + ", pid "
          + pid
          + " on "
          + host
          + ")";
    }
  }

  /** Thrown when another live run holds the folder. */
  public static final class Busy extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    Busy(String message) {
      super(message);
    }
  }

  private final FileSystem fs;
  private final Path path;
  private final Holder self;
  private final Thread heartbeat;
  private final Holder tookOverFrom;

  private OutputLock(FileSystem fs, Path path, Holder self, Holder tookOverFrom) {
    this.fs = fs;
    this.path = path;
    this.self = self;
    this.tookOverFrom = tookOverFrom;
    this.heartbeat = new Thread(this::beat, "wirescope-lock-heartbeat");
    heartbeat.setDaemon(true);
    heartbeat.start();
  }

  /** Takes the folder's lock for {@code runId}, or fails naming the run that holds it. */
  static OutputLock acquire(FileSystem fs, Path root, String runId, String command)
      throws IOException {
    Path path = new Path(root, FILE);
    Holder self = current(runId, command);
    Holder stale = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      if (create(fs, path, self)) {
        return new OutputLock(fs, path, self, stale);
      }
      Optional<Holder> holder = read(fs, path);
      if (holder.isEmpty()) {
        continue; // released between our create and read
      }
      if (alive(fs, path, holder.get())) {
        throw new Busy(
            "the output folder "
                + root
                + " is in use by "
                + holder.get().describe()
                + "; wait for it to finish, or choose another --output");
      }
      // Left by a killed run: move it aside (atomically), then check we moved the one we judged.
      Path aside = new Path(root, FILE + ".stale-" + runId);
      if (!move(fs, path, aside)) {
        continue; // someone else moved it first; try again
      }
      Optional<Holder> moved = read(fs, aside);
      if (moved.isPresent() && !moved.get().runId().equals(holder.get().runId())) {
        // A live run's fresh lock, taken over between our read and our move: give it back.
        move(fs, aside, path);
        throw new Busy("the output folder " + root + " is in use by " + moved.get().describe());
      }
      fs.delete(aside, false);
      stale = holder.get();
    }
    Optional<Holder> holder = read(fs, path);
    throw new Busy(
        "the output folder "
            + root
            + " is locked"
            + holder.map(h -> " by " + h.describe()).orElse("")
            + "; try again");
  }

  /** The run this lock replaced because its process was gone, if any. */
  public Optional<Holder> tookOverFrom() {
    return Optional.ofNullable(tookOverFrom);
  }

  public Holder holder() {
    return self;
  }

  @Override
  public void close() {
    heartbeat.interrupt();
    try {
      Optional<Holder> h = read(fs, path);
      if (h.isPresent() && h.get().runId().equals(self.runId())) {
        fs.delete(path, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release " + path + ": " + e.getMessage(), e);
    }
  }

  private void beat() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Thread.sleep(HEARTBEAT.toMillis());
        fs.setTimes(path, System.currentTimeMillis(), -1);
      } catch (InterruptedException e) {
        return;
      } catch (IOException | RuntimeException e) {
        // A missed beat only makes the lock look older to another host; the next one retries.
      }
    }
  }

  static Holder current(String runId, String command) {
    ProcessHandle me = ProcessHandle.current();
    return new Holder(
        runId,
        command,
        Instant.now().toString(),
        hostName(),
        me.pid(),
        me.info().startInstant().map(Instant::toString).orElse(""));
  }

  static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("unknown-host");
    }
  }

  /**
   * Whether the holder of a lock still runs: on this host, its process (same pid and start time);
   * elsewhere, a heartbeat within {@link #STALE_AFTER}.
   */
  static boolean alive(FileSystem fs, Path path, Holder h) throws IOException {
    if (h.host().equals(hostName())) {
      Optional<ProcessHandle> p = ProcessHandle.of(h.pid());
      if (p.isEmpty() || !p.get().isAlive()) {
        return false;
      }
      String started = p.get().info().startInstant().map(Instant::toString).orElse("");
      return h.processStart().isEmpty() || started.isEmpty() || started.equals(h.processStart());
    }
    try {
      FileStatus st = fs.getFileStatus(path);
      return Instant.ofEpochMilli(st.getModificationTime())
          .plus(STALE_AFTER)
          .isAfter(Instant.now());
    } catch (java.io.FileNotFoundException e) {
      return false;
    }
  }

  /** Creates the lock file only if there is none; false when one exists. */
  private static boolean create(FileSystem fs, Path path, Holder h) throws IOException {
    byte[] content = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(h));
    if (TableStore.isLocal(fs)) {
      java.nio.file.Path local = java.nio.file.Path.of(path.toUri().getPath());
      try {
        Files.createDirectories(local.getParent());
        Files.write(Files.createFile(local), content);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      }
    }
    try (OutputStream out = fs.create(path, false)) {
      out.write(content);
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      if (fs.exists(path)) {
        return false;
      }
      throw e;
    }
  }

  private static boolean move(FileSystem fs, Path from, Path to) throws IOException {
    if (TableStore.isLocal(fs)) {
      try {
        Files.move(
            java.nio.file.Path.of(from.toUri().getPath()),
            java.nio.file.Path.of(to.toUri().getPath()),
            StandardCopyOption.ATOMIC_MOVE);
        return true;
      } catch (NoSuchFileException e) {
        return false;
      }
    }
    return fs.rename(from, to);
  }

  static Optional<Holder> read(FileSystem fs, Path path) throws IOException {
    try (InputStream in = fs.open(path)) {
      JsonNode n = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return Optional.of(
          new Holder(
              n.path("run_id").asText(""),
              n.path("command").asText(""),
              n.path("started_at").asText(""),
              n.path("host").asText(""),
              n.path("pid").asLong(-1),
              n.path("process_start").asText("")));
    } catch (java.io.FileNotFoundException e) {
      return Optional.empty();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // Half-written by a run killed while creating it: a holder that cannot be alive.
      return Optional.of(new Holder("unreadable", "?", "?", "?", -1, ""));
    }
  }

  private static ObjectNode toJson(Holder h) {
    ObjectNode n = JSON.createObjectNode();
    n.put("run_id", h.runId());
    n.put("command", h.command());
    n.put("started_at", h.startedAt());
    n.put("host", h.host());
    n.put("pid", h.pid());
    n.put("process_start", h.processStart());
    return n;
  }
}
