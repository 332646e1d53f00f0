package org.wirescope.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.hadoop.conf.Configuration;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.w3c.dom.Element;
import org.w3c.dom.Entity;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.wirescope.tables.Rejects;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * NewsML 1.2 files wrapping NITF, as agencies deliver them to clients, and bare NITF documents.
 * Each {@code <NewsItem>} with text content becomes one article (a bare {@code <nitf>} root is one
 * article):
 *
 * <pre>
 * NewsItem
 *   Identification/NewsIdentifier/ProviderId   www.itar-tass.com  -> source (a known host gives "TASS")
 *   NewsManagement/FirstCreated                20190121T102708    -> published_at (naive: the source's zone)
 *   NewsComponent[@Duid] [@xml:lang]                              -> source_record (after guid), language
 *     NewsLines/HeadLine                                          -> title
 *     DescriptiveMetada(ta)/guid, Language, Location/City         -> source_record, language, dateline
 *     ContentItem/DataContent/nitf/body/body.content/p            -> body (the dateline cut off its start)
 *     item_keywords/item_keyword  itartassrubric_ECONOMY           -> section "Economy"
 * </pre>
 *
 * The parser is locked down: no external DTD, entity or XInclude is ever fetched, and entity
 * references are not expanded, so an entity bomb stays inert. A document may still carry a DOCTYPE,
 * as real NewsML does; an external entity it declares is left unresolved and noted in {@code
 * repairs}, and so is an internal entity whose text is lost (see {@link #builder()}).
 */
public final class NewsmlReader implements ArticleReader {
  static final String READER = "newsml";

  private static final String XML_NS = XMLConstants.XML_NS_URI;

  /** Far deeper than any NewsML item (about 15 levels), far shallower than a stack overflow. */
  private static final String MAX_ELEMENT_DEPTH = "1000";

  /** The encoding in an XML declaration, read from the file head as Latin-1. */
  private static final Pattern DECLARED_ENCODING =
      Pattern.compile(
          "^(?:\u00EF\u00BB\u00BF)?\\s*<\\?xml[^>]{0,200}?\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]{1,40})[\"']");

  /** An external parameter entity in the internal subset (the DOM lists only general ones). */
  private static final Pattern EXTERNAL_PARAMETER_ENTITY =
      Pattern.compile("<!ENTITY\\s+%\\s*([^\\s>]+)\\s+(?:SYSTEM|PUBLIC)\\b");

  /** TASS's rubric keyword, e.g. itartassrubric_ECONOMY. */
  private static final Pattern RUBRIC =
      Pattern.compile("(?i)^\\s*itartassrubric_([\\p{L}\\p{N}_ ]+?)\\s*$");

  /**
   * An apostrophe that the TASS feed turned into '?': between a letter and a contraction or
   * possessive ending that is followed by a non-letter ("EU?s", "don?t", "they?re").
   */
  private static final Pattern MANGLED_APOSTROPHE =
      Pattern.compile("(?<=\\p{L})\\?(?=(?:s|t|re|ll|ve|d|m)(?!\\p{L}))", Pattern.CASE_INSENSITIVE);

  /**
   * Typographic entities of the NITF and XHTML DTDs, which wire copy uses and which are undeclared
   * here because no DTD is loaded.
   */
  private static final Map<String, String> CHARACTER_ENTITIES =
      Map.ofEntries(
          Map.entry("nbsp", "\u00A0"),
          Map.entry("ensp", "\u2002"),
          Map.entry("emsp", "\u2003"),
          Map.entry("thinsp", "\u2009"),
          Map.entry("ndash", "\u2013"),
          Map.entry("mdash", "\u2014"),
          Map.entry("lsquo", "\u2018"),
          Map.entry("rsquo", "\u2019"),
          Map.entry("sbquo", "\u201A"),
          Map.entry("ldquo", "\u201C"),
          Map.entry("rdquo", "\u201D"),
          Map.entry("bdquo", "\u201E"),
          Map.entry("laquo", "\u00AB"),
          Map.entry("raquo", "\u00BB"),
          Map.entry("hellip", "\u2026"),
          Map.entry("bull", "\u2022"),
          Map.entry("middot", "\u00B7"),
          Map.entry("deg", "\u00B0"),
          Map.entry("copy", "\u00A9"),
          Map.entry("reg", "\u00AE"),
          Map.entry("trade", "\u2122"),
          Map.entry("euro", "\u20AC"),
          Map.entry("pound", "\u00A3"),
          Map.entry("yen", "\u00A5"),
          Map.entry("cent", "\u00A2"),
          Map.entry("sect", "\u00A7"));

  @Override
  public Iterator<IngestRecord> read(SourceFile file, ReadOptions options, Configuration conf)
      throws IOException {
    WholeFile.Loaded loaded = WholeFile.load(file, READER, options.maxFileBytes(), conf);
    if (loaded.reject() != null) {
      return List.of(loaded.reject()).iterator();
    }
    return parse(file, loaded.bytes(), options).iterator();
  }

  /** All records of one NewsML or NITF document. */
  static List<IngestRecord> parse(SourceFile file, byte[] bytes, ReadOptions options) {
    List<String> fileRepairs = new ArrayList<>();
    Document doc;
    try {
      doc = builder().parse(input(bytes, fileRepairs));
    } catch (SAXParseException e) {
      return List.of(
          malformed(
              file,
              bytes,
              "line "
                  + e.getLineNumber()
                  + ", column "
                  + e.getColumnNumber()
                  + ": "
                  + e.getMessage()));
    } catch (SAXException | IOException e) {
      // IOException here is a charset problem: the bytes are in memory.
      return List.of(malformed(file, bytes, e.getClass().getSimpleName() + ": " + e.getMessage()));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
    }
    Set<String> external = externalEntities(doc);
    for (String name : external) {
      fileRepairs.add("external entity not resolved: " + name);
    }

    Element root = doc.getDocumentElement();
    List<Element> items = new ArrayList<>();
    if ("nitf".equals(root.getLocalName())) {
      items.add(root);
    } else {
      NodeList l = doc.getElementsByTagNameNS("*", "NewsItem");
      for (int i = 0; i < l.getLength(); i++) {
        items.add((Element) l.item(i));
      }
      if (items.isEmpty() && !"NewsML".equals(root.getLocalName())) {
        return List.of(
            malformed(
                file,
                bytes,
                "root element <" + root.getNodeName() + "> is neither NewsML nor NITF"));
      }
    }
    // The envelope's date stands in for an item that has none of its own.
    String envelopeDate = text(first(root, "DateAndTime"));

    List<IngestRecord> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      IngestRecord r =
          item(file, items.get(i), i + 1, envelopeDate, fileRepairs, external, options);
      if (r != null) {
        out.add(r);
      }
    }
    if (out.isEmpty()) {
      out.add(
          IngestRecord.reject(
              file,
              READER,
              null,
              Rejects.NO_CONTENT,
              file.name() + " has no NewsItem with text content",
              new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.UTF_8)));
    }
    return out;
  }

  /** One article from a NewsItem (or nitf root); null when the item carries no text. */
  private static IngestRecord item(
      SourceFile file,
      Element item,
      int index,
      String envelopeDate,
      List<String> fileRepairs,
      Set<String> external,
      ReadOptions options) {
    boolean nitfRoot = "nitf".equals(item.getLocalName());
    Set<String> unexpanded = new TreeSet<>();
    Element content = first(item, "body.content");
    String body =
        content != null ? paragraphs(content, unexpanded) : plainContent(item, unexpanded);
    if (body == null && content == null) {
      return null; // a photo, a graphic or an empty item: no article here
    }

    IngestRecord r = IngestRecord.article(file, READER, recordKey(item, nitfRoot, index));
    r.repairs.addAll(fileRepairs);

    String provider = text(first(item, "ProviderId"));
    if (provider == null && nitfRoot) {
      provider = attr(first(item, "pubdata"), "name");
    }
    KnownSources.Source known =
        provider == null
            ? null
            : provider.contains("://")
                ? KnownSources.byUrl(provider)
                : KnownSources.byHost(provider);
    r.source = known != null ? known.name() : provider;

    String date = text(first(item, "FirstCreated"));
    if (date == null) {
      date = text(first(item, "ThisRevisionCreated"));
    }
    if (date == null) {
      date = attr(first(item, "date.issue"), "norm");
    }
    if (date == null) {
      date = envelopeDate;
    }
    if (date != null) {
      r.withDate(Dates.parse(date, options.naiveZone(known)), date);
      if (r.isReject()) {
        return r;
      }
    }

    r.title = text(first(item, "HeadLine"), unexpanded);
    if (r.title == null) {
      r.title = text(first(item, "hl1"), unexpanded);
    }
    if (r.title == null && nitfRoot) {
      r.title = text(first(item, "title"), unexpanded);
    }
    Element abstractEl = first(item, "abstract");
    r.lead = abstractEl == null ? null : paragraphs(abstractEl, unexpanded);
    unexpanded.removeAll(external); // already noted for the whole file
    for (String name : unexpanded) {
      r.repairs.add("entity not expanded: " + name);
    }

    Datelines.Split split = Datelines.split(body);
    if (split != null) {
      r.dateline = split.place();
      body = split.rest();
    } else {
      r.dateline = city(item);
    }
    r.body = body;
    r.language = language(content != null ? content : item, item);
    r.section = section(item);

    Repaired t = restoreApostrophes(r.title);
    Repaired l = restoreApostrophes(r.lead);
    Repaired b = restoreApostrophes(r.body);
    r.title = t.text();
    r.lead = l.text();
    r.body = b.text();
    int restored = t.count() + l.count() + b.count();
    if (restored > 0) {
      r.repairs.add("apostrophes: " + restored + " restored");
    }
    return r;
  }

  /** Text with its repairs counted. */
  record Repaired(String text, int count) {}

  /** Turns the feed's '?' back into ’ where it stands for an apostrophe. */
  static Repaired restoreApostrophes(String s) {
    if (s == null || s.indexOf('?') < 0) {
      return new Repaired(s, 0);
    }
    Matcher m = MANGLED_APOSTROPHE.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    int n = 0;
    while (m.find()) {
      m.appendReplacement(out, "\u2019");
      n++;
    }
    m.appendTail(out);
    return new Repaired(out.toString(), n);
  }

  /**
   * The item's id: its guid, else the Duid of its first NewsComponent, else (for a bare NITF
   * document) its doc-id, else its position in the file counted from 1.
   */
  private static String recordKey(Element item, boolean nitfRoot, int index) {
    String guid = text(first(item, "guid"));
    if (guid != null) {
      return guid;
    }
    NodeList components = item.getElementsByTagNameNS("*", "NewsComponent");
    for (int i = 0; i < components.getLength(); i++) {
      String duid = attr((Element) components.item(i), "Duid");
      if (duid != null) {
        return duid;
      }
    }
    String docId = nitfRoot ? attr(first(item, "doc-id"), "id-string") : null;
    return docId != null ? docId : String.valueOf(index);
  }

  /**
   * The {@code <p>} texts of an NITF block joined as paragraphs, or its whole text if it has none.
   */
  private static String paragraphs(Element block, Set<String> unexpanded) {
    NodeList ps = block.getElementsByTagNameNS("*", "p");
    if (ps.getLength() == 0) {
      return text(block, unexpanded);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ps.getLength(); i++) {
      String p = text((Element) ps.item(i), unexpanded);
      if (p != null) {
        out.add(p);
      }
    }
    return out.isEmpty() ? null : String.join("\n\n", out);
  }

  /** The text of a DataContent that holds plain text rather than markup, or null. */
  private static String plainContent(Element item, Set<String> unexpanded) {
    NodeList l = item.getElementsByTagNameNS("*", "DataContent");
    for (int i = 0; i < l.getLength(); i++) {
      Element dc = (Element) l.item(i);
      if (first(dc, "*") == null) {
        String t = text(dc, unexpanded);
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  /** The nearest xml:lang around the content, else the item's Language FormalName, else null. */
  private static String language(Element from, Element item) {
    for (Node n = from; n instanceof Element e; n = n.getParentNode()) {
      String lang = e.getAttributeNS(XML_NS, "lang");
      if (!lang.isBlank()) {
        return lang.strip();
      }
      if (e == item) {
        break;
      }
    }
    return attr(first(item, "Language"), "FormalName");
  }

  /** The City property of the item's Location, else the NITF dateline's city; null if neither. */
  private static String city(Element item) {
    NodeList props = item.getElementsByTagNameNS("*", "Property");
    for (int i = 0; i < props.getLength(); i++) {
      Element p = (Element) props.item(i);
      if ("City".equalsIgnoreCase(p.getAttribute("FormalName"))
          && p.getParentNode() instanceof Element parent
          && "Location".equals(parent.getLocalName())) {
        String v = attr(p, "Value");
        if (v != null) {
          return v;
        }
      }
    }
    Element dateline = first(item, "dateline");
    return dateline == null ? null : text(first(dateline, "city"));
  }

  /** "Economy" from a keyword itartassrubric_ECONOMY; null when the item has no rubric. */
  private static String section(Element item) {
    NodeList all = item.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      String name = e.getLocalName().toLowerCase(Locale.ROOT);
      String value = null;
      if (name.contains("keyword")) {
        value = attr(e, "key") != null ? attr(e, "key") : text(e);
      } else if (name.equals("property")
          && "Keyword".equalsIgnoreCase(e.getAttribute("FormalName"))) {
        value = attr(e, "Value");
      }
      Matcher m = value == null ? null : RUBRIC.matcher(value);
      if (m != null && m.matches()) {
        return titleCase(m.group(1));
      }
    }
    return null;
  }

  private static String titleCase(String rubric) {
    StringBuilder out = new StringBuilder();
    for (String w : rubric.split("[_\\s]+")) {
      if (!w.isEmpty()) {
        out.append(out.length() > 0 ? " " : "")
            .append(w.substring(0, 1).toUpperCase(Locale.ROOT))
            .append(w.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return out.length() == 0 ? null : out.toString();
  }

  /**
   * The external entities the DOCTYPE declares, by name ("%name" for parameter entities, which the
   * DOM does not list and are found in the internal subset instead). None is ever fetched.
   */
  private static Set<String> externalEntities(Document doc) {
    Set<String> out = new TreeSet<>();
    DocumentType dt = doc.getDoctype();
    if (dt == null) {
      return out;
    }
    NamedNodeMap entities = dt.getEntities();
    for (int i = 0; entities != null && i < entities.getLength(); i++) {
      Entity e = (Entity) entities.item(i);
      // Unparsed (NDATA) entities are never part of the text, resolved or not.
      if ((e.getSystemId() != null || e.getPublicId() != null) && e.getNotationName() == null) {
        out.add(e.getNodeName());
      }
    }
    String subset = dt.getInternalSubset();
    if (subset != null) {
      Matcher m = EXTERNAL_PARAMETER_ENTITY.matcher(subset);
      while (m.find()) {
        out.add("%" + m.group(1));
      }
    }
    return out;
  }

  /**
   * What the parser reads. A file declaring an encoding other than UTF-8 (or carrying a UTF-16 BOM)
   * goes to the parser as bytes, which honours the declaration. Otherwise it should be UTF-8; if it
   * is not, the parser would stop at the first bad byte, so the text is decoded here with the
   * windows-1252 fallback and parsed from characters, and the repair noted.
   */
  private static InputSource input(byte[] bytes, List<String> repairs) {
    boolean utf16 =
        bytes.length >= 2
            && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
    String declared = declaredEncoding(bytes);
    boolean utf8 =
        declared == null
            || declared.equalsIgnoreCase("UTF-8")
            || declared.equalsIgnoreCase("UTF8")
            || declared.equalsIgnoreCase("US-ASCII")
            || declared.equalsIgnoreCase("ASCII");
    if (!utf16 && utf8) {
      TextDecoding.Decoded d = TextDecoding.decode(bytes);
      if (d.repaired()) {
        repairs.add("encoding: " + d.repairedBytes() + " bytes read as windows-1252");
        return new InputSource(new StringReader(d.text()));
      }
    }
    return new InputSource(new ByteArrayInputStream(bytes));
  }

  static String declaredEncoding(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_ENCODING.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /**
   * A DOM parser that fetches nothing: no external DTD, no external entity (general or parameter),
   * no XInclude, no schema. Secure processing caps sizes, and element depth is capped too, so that
   * no document can overflow the stack of the text walk.
   *
   * <p>With {@code expandEntityReferences(false)} the JDK's parser leaves every entity reference as
   * an empty node and never scans the entity's text: a billion-laughs bomb costs nothing, but the
   * text of a harmless internal entity ({@code <!ENTITY co "Acme">}) is lost too. That is rare in
   * wire copy, and shows in {@code repairs} when it happens ({@link #text(Element, Set)}). Built
   * per file because factories and builders are not thread-safe.
   */
  static DocumentBuilder builder() throws ParserConfigurationException {
    // The JDK's own implementation, whatever XML parser the classpath brings: its limits are known.
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    f.setValidating(false);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", MAX_ELEMENT_DEPTH);
    DocumentBuilder b = f.newDocumentBuilder();
    // Belt and braces: should anything still ask for an external resource, it gets nothing.
    b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    b.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {
            // Not worth a reject, and the default handler would print it to stderr.
          }

          @Override
          public void error(SAXParseException e) {
            // Validity errors only; the parser is not validating against a DTD it never loads.
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
          }
        });
    return b;
  }

  private static IngestRecord malformed(SourceFile file, byte[] bytes, String detail) {
    return IngestRecord.reject(
        file,
        READER,
        null,
        Rejects.MALFORMED,
        file.name() + ": " + detail,
        new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.UTF_8));
  }

  /** The first descendant element of {@code scope} with this local name ("*" for any), or null. */
  private static Element first(Element scope, String localName) {
    if (scope == null) {
      return null;
    }
    NodeList l = scope.getElementsByTagNameNS("*", localName);
    return l.getLength() == 0 ? null : (Element) l.item(0);
  }

  /** The element's text, stripped; null for a missing element or blank text. */
  private static String text(Element e) {
    return text(e, null);
  }

  /**
   * The element's text, stripped; null for a missing element or blank text. The parser leaves
   * entity references as empty nodes (see {@link #builder()}): a common typographic one from a DTD
   * that is never loaded (&amp;mdash;, &amp;nbsp;) is filled in here, and the names of the others
   * are added to {@code unexpanded}, when given, so the loss shows in {@code repairs}.
   */
  private static String text(Element e, Set<String> unexpanded) {
    if (e == null) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    collect(e, b, unexpanded);
    return b.toString().isBlank() ? null : b.toString().strip();
  }

  private static void collect(Node n, StringBuilder out, Set<String> unexpanded) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      switch (c.getNodeType()) {
        case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(c.getNodeValue());
        case Node.ELEMENT_NODE -> collect(c, out, unexpanded);
        case Node.ENTITY_REFERENCE_NODE -> {
          String ch = CHARACTER_ENTITIES.get(c.getNodeName());
          if (c.hasChildNodes()) {
            collect(c, out, unexpanded);
          } else if (ch != null) {
            out.append(ch);
          } else if (unexpanded != null) {
            unexpanded.add(c.getNodeName());
          }
        }
        default -> {
          // comments and processing instructions are not text
        }
      }
    }
  }

  private static String attr(Element e, String name) {
    if (e == null) {
      return null;
    }
    String v = e.getAttribute(name);
    return v.isBlank() ? null : v.strip();
  }
}
