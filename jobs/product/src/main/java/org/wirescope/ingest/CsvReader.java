package org.wirescope.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.wirescope.tables.Rejects;

/**
 * CSV exports with a header row: RFC 4180 quoting, fields spanning lines, doubled quotes. The
 * delimiter (comma, semicolon or tab) is taken from the header. Columns map to article fields
 * through {@link FieldMapping}; list columns (topics, persons) split on ';' or '|'.
 */
public final class CsvReader implements ArticleReader {
  static final String READER = "csv";

  @Override
  public Iterator<IngestRecord> read(SourceFile file, ReadOptions options, Configuration conf)
      throws IOException {
    WholeFile.Loaded loaded = WholeFile.load(file, READER, options.maxFileBytes(), conf);
    if (loaded.reject() != null) {
      return List.of(loaded.reject()).iterator();
    }
    TextDecoding.Decoded text = TextDecoding.decode(loaded.bytes());
    Parser parser = new Parser(text.text());
    List<IngestRecord> out = new ArrayList<>();
    List<String> header = parser.next();
    if (header == null || header.stream().allMatch(String::isBlank)) {
      out.add(
          IngestRecord.reject(
              file, READER, null, Rejects.NO_CONTENT, file.name() + " has no header row", null));
      return out.iterator();
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    int row = 0;
    List<String> cells;
    while ((cells = parser.next()) != null) {
      row++;
      String key = Integer.toString(row);
      if (parser.unterminated) {
        out.add(
            IngestRecord.reject(
                file,
                READER,
                key,
                Rejects.MALFORMED,
                "row " + row + " opens a quoted field that never closes",
                String.join(",", cells)));
        break;
      }
      if (cells.size() == 1 && cells.get(0).isBlank()) {
        continue;
      }
      long size = cells.stream().mapToLong(String::length).sum();
      if (size > options.maxRecordBytes()) {
        out.add(
            IngestRecord.reject(
                file,
                READER,
                key,
                Rejects.TOO_LARGE,
                String.format(
                    "row %d is %,d characters, over the limit of %,d",
                    row, size, options.maxRecordBytes()),
                String.join(",", cells)));
        continue;
      }
      final List<String> rowCells = cells;
      IngestRecord r =
          RecordMapper.toArticle(
              file,
              READER,
              key,
              name -> {
                Integer i = columns.get(name.toLowerCase(Locale.ROOT));
                return i == null || i >= rowCells.size() || rowCells.get(i).isBlank()
                    ? null
                    : rowCells.get(i);
              },
              options);
      if (text.repaired()) {
        r.repairs.add("encoding: file had " + text.repairedBytes() + " bytes read as windows-1252");
      }
      out.add(r);
    }
    return out.iterator();
  }

  /** A small RFC 4180 parser over a string; linear, no backtracking. */
  static final class Parser {
    private final String s;
    private int pos;
    private final char delimiter;
    boolean unterminated;

    Parser(String s) {
      this.s = s.startsWith("\uFEFF") ? s.substring(1) : s;
      this.delimiter = sniff(this.s);
    }

    /** The delimiter that occurs most often, outside quotes, in the first line. */
    private static char sniff(String s) {
      int comma = 0;
      int semi = 0;
      int tab = 0;
      boolean quoted = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
          break;
        } else if (!quoted) {
          comma += c == ',' ? 1 : 0;
          semi += c == ';' ? 1 : 0;
          tab += c == '\t' ? 1 : 0;
        }
      }
      return tab > comma && tab >= semi ? '\t' : semi > comma ? ';' : ',';
    }

    /** The next row's cells, or null at the end. */
    List<String> next() {
      if (pos >= s.length()) {
        return null;
      }
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      boolean wasQuoted = false;
      while (pos < s.length()) {
        char c = s.charAt(pos++);
        if (quoted) {
          if (c == '"') {
            if (pos < s.length() && s.charAt(pos) == '"') {
              cell.append('"');
              pos++;
            } else {
              quoted = false;
            }
          } else {
            cell.append(c);
          }
        } else if (c == '"' && (cell.length() == 0 || cell.toString().isBlank()) && !wasQuoted) {
          cell.setLength(0);
          quoted = true;
          wasQuoted = true;
        } else if (c == delimiter) {
          cells.add(cell.toString());
          cell.setLength(0);
          wasQuoted = false;
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && pos < s.length() && s.charAt(pos) == '\n') {
            pos++;
          }
          cells.add(cell.toString());
          return cells;
        } else {
          cell.append(c);
        }
      }
      unterminated = quoted;
      cells.add(cell.toString());
      return cells;
    }
  }
}
