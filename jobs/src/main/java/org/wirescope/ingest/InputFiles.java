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
 * hidden files, documentation and answer keys (README, LICENSE, PROVENANCE, GOLD ...) and extensions the chosen format
 * does not read are skipped and listed; {@code metadata.tsv} files are set aside for the text
 * reader.
 */
public final class InputFiles {
  /** The files to read, the metadata files found, and what was skipped with why. */
  public record Listing(List<SourceFile> files, List<SourceFile> metadata, Map<String, String> skipped) {
    public long bytes() {
      return files.stream().mapToLong(SourceFile::size).sum();
    }
  }

  private static final List<String> DOC_NAMES = List.of("readme", "license", "licence", "provenance",
      "notice", "changelog", "copying", "authors", "gold");

  private InputFiles() {}

  public static Listing expand(List<String> inputs, Format format, Configuration conf) throws IOException {
    // path -> (relative path) keeps the order stable and drops a file named twice.
    TreeMap<String, String> files = new TreeMap<>();
    Map<String, Long> sizes = new HashMap<>();
    TreeMap<String, SourceFile> metadata = new TreeMap<>();
    TreeMap<String, String> skipped = new TreeMap<>();
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
          Walk w = new Walk(fs, m.getPath().toString(), format, files, sizes, metadata, skipped);
          w.folder(m.getPath());
        } else if (m.getPath().getName().equalsIgnoreCase(TextMetadata.FILE_NAME)) {
          metadata.put(m.getPath().toString(), new SourceFile(m.getPath().toString(), m.getPath().getName(), m.getLen()));
        } else if (!glob || format.claimsName(logical(m.getPath().getName())) || format == Format.AUTO) {
          files.putIfAbsent(m.getPath().toString(), m.getPath().getName());
          sizes.put(m.getPath().toString(), m.getLen());
        } else {
          skipped.put(m.getPath().toString(), "not a " + format.label() + " file name");
        }
      }
    }
    return new Listing(uniqueRelativePaths(files, sizes), new ArrayList<>(metadata.values()), skipped);
  }

  /**
   * One folder walk. Folders are listed one at a time with {@code listStatus}: on the local file
   * system {@code listFiles} builds a LocatedFileStatus per file, whose permissions Hadoop reads by
   * running {@code ls -ld} when it has no native library, one process per file (11 s for 2,000
   * files).
   */
  private record Walk(FileSystem fs, String root, Format format, Map<String, String> files,
      Map<String, Long> sizes, Map<String, SourceFile> metadata, Map<String, String> skipped) {

    void folder(Path dir) throws IOException {
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
          skipped.put(path, format == Format.AUTO ? "unknown extension" : "not a " + format.label() + " file name");
        } else {
          files.putIfAbsent(path, rel);
          sizes.put(path, f.getLen());
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
  private static List<SourceFile> uniqueRelativePaths(Map<String, String> files, Map<String, Long> sizes) {
    Map<String, Integer> seen = new HashMap<>();
    files.values().forEach(rel -> seen.merge(rel, 1, Integer::sum));
    List<SourceFile> out = new ArrayList<>();
    files.forEach((path, rel) -> out.add(new SourceFile(path, seen.get(rel) > 1 ? path : rel, sizes.get(path))));
    return out;
  }
}
