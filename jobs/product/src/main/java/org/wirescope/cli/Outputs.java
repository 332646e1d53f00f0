package org.wirescope.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirescope.tables.Lineage;
import org.wirescope.tables.OutputLock;
import org.wirescope.tables.TableStore;

/**
 * How commands use an output folder: writers hold its lock for the whole run and are checked before
 * any work (see {@link TableStore#open}); everyone is told when its tables no longer describe one
 * another.
 */
final class Outputs {
  private static final Logger LOG = LoggerFactory.getLogger("wirescope");

  private Outputs() {}

  /** Runs {@code body} holding the folder's lock, then warns about stale tables. */
  static <T> T writing(
      TableStore store,
      String command,
      Collection<String> writes,
      Collection<String> inputs,
      Callable<T> body)
      throws Exception {
    try (OutputLock lock = store.open(command, writes, inputs)) {
      T result = body.call();
      store.cleanStaging();
      warnIfStale(store, command);
      return result;
    }
  }

  /** What a run of these stages writes under OUT, besides the manifest. */
  static List<String> writes(Collection<Lineage.Stage> stages) {
    List<String> out = new ArrayList<>();
    for (Lineage.Stage s : stages) {
      out.addAll(s.paths());
    }
    return out;
  }

  /** For readers: repairs a killed run's half-publish if no one is writing, then warns. */
  static void reading(TableStore store, String command) {
    store.recoverIfIdle();
    warnIfStale(store, command);
  }

  /** One warning line per stale table, and what to run. */
  static void warnIfStale(TableStore store, String command) {
    Map<String, String> stale = store.stale();
    if (stale.isEmpty()) {
      return;
    }
    LOG.warn(
        "{}: {} of the tables in {} no longer describe the others; rerun the stages that write them "
            + "(pipeline --from <stage>) or read them knowing that:",
        command,
        stale.size(),
        store.shown());
    stale.forEach((table, why) -> LOG.warn("  stale: {}: {}", table, why));
  }
}
