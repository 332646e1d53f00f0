package org.wirescope.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.wirescope.tables.Rejects;

/**
 * JSON articles: a file holding an array of objects (or an object with such an array, or one
 * object), or JSON Lines with one object per line. Fields are mapped by {@link FieldMapping}, so
 * the TASS scraper's {title, description, date, link, content[]} works as it is.
 *
 * <p>JSON Lines are streamed: a file of any size is read one line at a time, and a bad line becomes
 * one reject while its neighbours are kept.
 */
public final class JsonReader implements ArticleReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final boolean lines;

  public JsonReader(boolean lines) {
    this.lines = lines;
  }

  private String label() {
    return lines ? "jsonl" : "json";
  }

  @Override
  public Iterator<IngestRecord> read(SourceFile file, ReadOptions options, Configuration conf)
      throws IOException {
    return lines ? new LineIterator(file, options, conf) : readArray(file, options, conf);
  }

  private Iterator<IngestRecord> readArray(
      SourceFile file, ReadOptions options, Configuration conf) {
    WholeFile.Loaded loaded = WholeFile.load(file, label(), options.maxFileBytes(), conf);
    if (loaded.reject() != null) {
      return List.of(loaded.reject()).iterator();
    }
    TextDecoding.Decoded text = TextDecoding.decode(loaded.bytes());
    List<IngestRecord> out = new ArrayList<>();
    int index = 0;
    try (JsonParser p = JSON.getFactory().createParser(text.text())) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_OBJECT) {
        JsonNode root = p.readValueAsTree();
        JsonNode items = firstArray(root);
        if (items == null) {
          out.add(toArticle(file, "1", root, options));
        } else {
          for (JsonNode item : items) {
            out.add(toArticle(file, Integer.toString(++index), item, options));
          }
        }
      } else if (t == JsonToken.START_ARRAY) {
        while (p.nextToken() == JsonToken.START_OBJECT
            || p.currentToken() == JsonToken.START_ARRAY
            || (p.currentToken() != null && p.currentToken().isScalarValue())) {
          JsonNode item = p.readValueAsTree();
          out.add(toArticle(file, Integer.toString(++index), item, options));
        }
      } else {
        out.add(
            IngestRecord.reject(
                file,
                label(),
                null,
                Rejects.MALFORMED,
                file.name() + " is not a JSON array or object",
                text.text()));
      }
    } catch (IOException e) {
      out.add(
          IngestRecord.reject(
              file,
              label(),
              Integer.toString(index + 1),
              Rejects.MALFORMED,
              "invalid JSON after record " + index + ": " + firstLine(e.getMessage()),
              null));
    }
    if (text.repaired()) {
      for (IngestRecord r : out) {
        r.repairs.add("encoding: file had " + text.repairedBytes() + " bytes read as windows-1252");
      }
    }
    return out.iterator();
  }

  /** {"articles": [...]} and similar wrappers: the first array of objects among the fields. */
  private static JsonNode firstArray(JsonNode root) {
    for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
      JsonNode v = it.next();
      if (v.isArray() && v.size() > 0 && v.get(0).isObject()) {
        return v;
      }
    }
    return null;
  }

  private IngestRecord toArticle(SourceFile file, String key, JsonNode node, ReadOptions options) {
    if (!node.isObject()) {
      return IngestRecord.reject(
          file,
          label(),
          key,
          Rejects.MALFORMED,
          "record " + key + " is not a JSON object",
          node.toString());
    }
    return RecordMapper.toArticle(file, label(), key, fields(node), options);
  }

  /** Field access with dotted paths ("meta.date") and case-insensitive fallback. */
  static Function<String, Object> fields(JsonNode node) {
    return name -> {
      JsonNode v = node;
      for (String part : name.split("\\.")) {
        JsonNode next = v.get(part);
        if (next == null) {
          for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (f.equalsIgnoreCase(part)) {
              next = v.get(f);
              break;
            }
          }
        }
        if (next == null || next.isNull()) {
          return null;
        }
        v = next;
      }
      if (v.isArray()) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
          out.add(
              e.isValueNode() ? e.asText() : e.has("name") ? e.get("name").asText() : e.toString());
        }
        return out;
      }
      return v.isValueNode() ? v.asText() : v.toString();
    };
  }

  /** Streams JSON Lines: one record per non-blank line. */
  private final class LineIterator implements Iterator<IngestRecord> {
    private final SourceFile file;
    private final ReadOptions options;
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private long lineNo;
    private IngestRecord next;
    private boolean eof;
    private boolean checkedHead;

    LineIterator(SourceFile file, ReadOptions options, Configuration conf) throws IOException {
      this.file = file;
      this.options = options;
      this.in = file.open(conf);
    }

    @Override
    public boolean hasNext() {
      try {
        while (next == null && !eof) {
          next = readOne();
        }
      } catch (IOException e) {
        eof = true;
        close();
        throw new UncheckedIOException(e);
      }
      if (next == null) {
        close();
      }
      return next != null;
    }

    @Override
    public IngestRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      IngestRecord r = next;
      next = null;
      return r;
    }

    /** One line's record, or null for a blank line. */
    private IngestRecord readOne() throws IOException {
      line.reset();
      long size = 0;
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        if (size++ <= options.maxRecordBytes()) {
          line.write(b);
        }
      }
      if (b == -1) {
        eof = true;
      }
      byte[] bytes = line.toByteArray();
      if (!checkedHead) {
        checkedHead = true;
        if (eof && bytes.length == 0 && lineNo == 0) {
          return IngestRecord.reject(
              file, label(), null, Rejects.EMPTY, file.name() + " is empty", null);
        }
        if (TextDecoding.looksBinary(bytes, bytes.length)) {
          eof = true;
          return IngestRecord.reject(
              file,
              label(),
              null,
              Rejects.BINARY,
              file.name() + " holds binary data, not text",
              new String(
                  bytes,
                  0,
                  Math.min(bytes.length, 256),
                  java.nio.charset.StandardCharsets.ISO_8859_1));
        }
      }
      lineNo++;
      String key = Long.toString(lineNo);
      if (size > options.maxRecordBytes()) {
        return IngestRecord.reject(
            file,
            label(),
            key,
            Rejects.TOO_LARGE,
            String.format(
                "line %d is %,d bytes, over the limit of %,d",
                lineNo, size, options.maxRecordBytes()),
            new String(
                bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.UTF_8));
      }
      TextDecoding.Decoded text = TextDecoding.decode(bytes);
      if (text.text().isBlank()) {
        return null;
      }
      JsonNode node;
      try {
        node = JSON.readTree(text.text());
      } catch (IOException e) {
        return IngestRecord.reject(
            file,
            label(),
            key,
            Rejects.MALFORMED,
            "line " + lineNo + " is not valid JSON: " + firstLine(e.getMessage()),
            text.text());
      }
      IngestRecord r = toArticle(file, key, node, options);
      if (text.repaired()) {
        r.repairs.add("encoding: " + text.repairedBytes() + " bytes read as windows-1252");
      }
      return r;
    }

    private void close() {
      try {
        in.close();
      } catch (IOException ignored) {
        // Already done with it.
      }
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
