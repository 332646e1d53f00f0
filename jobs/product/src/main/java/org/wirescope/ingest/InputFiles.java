package org.wirescope.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Expands {@code --input} arguments (files, folders walked recursively, globs) into the files to
 * read, through Hadoop's FileSystem API. Files named explicitly are always read. In a folder walk,
 * hidden files, documentation and answer keys (README, LICENSE, PROVENANCE, GOLD ...) and
 * extensions the chosen format does not read are skipped and listed; {@code metadata.tsv} files are
 * set aside for the text reader.
 *
 * <p>With {@code auto}, a folder whose structured files (Reuters SGML, NewsML, JSON, CSV) are all
 * of one format is taken for a corpus in that format, and the plain-text files beside them for its
 * documentation and word lists: the Reuters-21578 folder holds 22 {@code .sgm} files and seven
 * {@code .txt} files that are not articles. Such a text file is only set aside here, not skipped:
 * whether it is plain text or a TASS page can only be told from its content, which the executors
 * peek at anyway (see {@link Readers#peek}). The rule looks at one folder, not the whole input: a
 * parent folder given as the input (data/sample with {@code tass/} and {@code feeds/}) keeps every
 * corpus below it.
 */
public final class InputFiles {
  /**
   * The files to read, the metadata files found, what was skipped with why, and the text files
   * found beside structured files: path to the reason to skip them if they turn out to be plain
   * text.
   */
  public record Listing(
      List<SourceFile> files,
      List<SourceFile> metadata,
      Map<String, String> skipped,
      Map<String, String> textBeside) {
    public long bytes() {
      return files.stream().mapToLong(SourceFile::size).sum();
    }
  }

  private static final List<String> DOC_NAMES =
      List.of(
          "readme",
          "license",
          "licence",
          "provenance",
          "notice",
          "changelog",
          "copying",
          "authors",
          "gold");

  private InputFiles() {}

  public static Listing expand(List<String> inputs, Format format, Configuration conf)
      throws IOException {
    // path -> (relative path) keeps the order stable and drops a file named twice.
    TreeMap<String, String> files = new TreeMap<>();
    Map<String, Long> sizes = new HashMap<>();
    TreeMap<String, SourceFile> metadata = new TreeMap<>();
    TreeMap<String, String> skipped = new TreeMap<>();
    TreeMap<String, String> textBeside = new TreeMap<>();
    List<String> named = new ArrayList<>();
    for (String input : inputs) {
      Path p = new Path(input);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(p);
      if (matches == null || matches.length == 0) {
        throw new FileNotFoundException("input not found: " + input);
      }
      boolean glob = matches.length > 1 || !fs.makeQualified(p).equals(matches[0].getPath());
      for (FileStatus m : matches) {
        if (m.isDirectory()) {
          Walk w =
              new Walk(
                  fs, m.getPath().toString(), format, files, sizes, metadata, skipped, textBeside);
          w.folder(m.getPath());
        } else if (m.getPath().getName().equalsIgnoreCase(TextMetadata.FILE_NAME)) {
          metadata.put(
              m.getPath().toString(),
              new SourceFile(m.getPath().toString(), m.getPath().getName(), m.getLen()));
        } else if (!glob
            || format.claimsName(logical(m.getPath().getName()))
            || format == Format.AUTO) {
          files.putIfAbsent(m.getPath().toString(), m.getPath().getName());
          sizes.put(m.getPath().toString(), m.getLen());
          named.add(m.getPath().toString());
        } else {
          skipped.put(m.getPath().toString(), "not a " + format.label() + " file name");
        }
      }
    }
    // A file named on the command line is read, whatever a folder walk made of it.
    textBeside.keySet().removeAll(named);
    skipped.keySet().removeAll(files.keySet());
    return new Listing(
        uniqueRelativePaths(files, sizes), new ArrayList<>(metadata.values()), skipped, textBeside);
  }

  /**
   * One folder walk. Folders are listed one at a time with {@code listStatus}: on the local file
   * system {@code listFiles} builds a LocatedFileStatus per file, whose permissions Hadoop reads by
   * running {@code ls -ld} when it has no native library, one process per file (11 s for 2,000
   * files).
   */
  private record Walk(
      FileSystem fs,
      String root,
      Format format,
      Map<String, String> files,
      Map<String, Long> sizes,
      Map<String, SourceFile> metadata,
      Map<String, String> skipped,
      Map<String, String> textBeside) {

    void folder(Path dir) throws IOException {
      List<FileStatus> claimed = new ArrayList<>();
      for (FileStatus f : fs.listStatus(dir)) {
        String path = f.getPath().toString();
        String rel = path.substring(root.length()).replaceFirst("^/+", "");
        String lower = f.getPath().getName().toLowerCase(Locale.ROOT);
        if (hidden(rel)) {
          continue;
        }
        if (f.isDirectory()) {
          folder(f.getPath());
        } else if (lower.equals(TextMetadata.FILE_NAME)) {
          metadata.put(path, new SourceFile(path, rel, f.getLen()));
        } else if (DOC_NAMES.stream().anyMatch(lower::startsWith)) {
          skipped.put(path, "documentation, not an article");
        } else if (!format.claimsName(logical(f.getPath().getName()))) {
          skipped.put(
              path,
              format == Format.AUTO
                  ? "unknown extension"
                  : "not a " + format.label() + " file name");
        } else {
          files.putIfAbsent(path, rel);
          sizes.put(path, f.getLen());
          claimed.add(f);
        }
      }
      if (format == Format.AUTO) {
        markTextBesideStructured(claimed);
      }
    }

    /** Sets aside the text files of a folder whose structured files are all of one format. */
    private void markTextBesideStructured(List<FileStatus> claimed) {
      Map<Format, Integer> structured = new TreeMap<>();
      for (FileStatus f : claimed) {
        Format ext = Format.byExtension(logical(f.getPath().getName()));
        if (ext != Format.TEXT) {
          structured.merge(ext, 1, Integer::sum);
        }
      }
      if (structured.size() != 1) {
        return;
      }
      Map.Entry<Format, Integer> only = structured.entrySet().iterator().next();
      String label = only.getKey() == Format.JSONL ? "json" : only.getKey().label();
      String reason =
          String.format(
              "beside %,d %s file%s; name it in --input or pass --format text to read it",
              only.getValue(), label, only.getValue() == 1 ? "" : "s");
      for (FileStatus f : claimed) {
        if (Format.byExtension(logical(f.getPath().getName())) == Format.TEXT) {
          textBeside.put(f.getPath().toString(), reason);
        }
      }
    }
  }

  /** Any path part starting with '.' or '_' (e.g. .git, _SUCCESS, _staging). */
  private static boolean hidden(String rel) {
    for (String part : rel.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private static String logical(String name) {
    return new SourceFile(name, name, 0).logicalName();
  }

  /**
   * Relative paths make article ids independent of where a corpus lives. Two inputs can hold the
   * same relative path (a/x.txt and b/x.txt given as roots a and b); those fall back to their full
   * path so that no two files share an id.
   */
  private static List<SourceFile> uniqueRelativePaths(
      Map<String, String> files, Map<String, Long> sizes) {
    Map<String, Integer> seen = new HashMap<>();
    files.values().forEach(rel -> seen.merge(rel, 1, Integer::sum));
    List<SourceFile> out = new ArrayList<>();
    files.forEach(
        (path, rel) ->
            out.add(new SourceFile(path, seen.get(rel) > 1 ? path : rel, sizes.get(path))));
    return out;
  }
}
