package org.wirescope.persons;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the person network as GEXF 1.3 for Gephi: nodes with their measures, undirected edges
 * weighted by shared articles, and each edge's spells, the periods in which the pair occurs, so
 * Gephi's timeline can play the network over time. Streams: nothing is held but the current row.
 */
public final class GexfWriter implements AutoCloseable {
  public static final String NS = "http://gexf.net/1.3";

  /** A node and its measures. */
  public record Node(
      String id,
      String label,
      long articles,
      long degree,
      long weightedDegree,
      double pagerank,
      String community) {}

  /** An edge, its measures and the [start, end] dates of the periods it exists in. */
  public record Edge(
      String source,
      String target,
      long articles,
      double npmi,
      double llr,
      List<String[]> spells) {}

  private final XMLStreamWriter xml;
  private boolean inNodes;
  private boolean inEdges;
  private long edgeId;

  public GexfWriter(OutputStream out, String description) throws IOException {
    try {
      xml =
          XMLOutputFactory.newInstance().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("gexf");
      xml.writeDefaultNamespace(NS);
      xml.writeAttribute("version", "1.3");
      xml.writeStartElement("meta");
      element("creator", "Wirescope");
      element("description", description);
      xml.writeEndElement();
      xml.writeStartElement("graph");
      xml.writeAttribute("mode", "dynamic");
      xml.writeAttribute("defaultedgetype", "undirected");
      xml.writeAttribute("timeformat", "date");
      xml.writeAttribute("timerepresentation", "interval");
      attributes(
          "node",
          new String[][] {
            {"articles", "long"},
            {"degree", "long"},
            {"weighted_degree", "long"},
            {"pagerank", "double"},
            {"community", "string"}
          });
      attributes(
          "edge", new String[][] {{"articles", "long"}, {"npmi", "double"}, {"llr", "double"}});
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private void attributes(String cls, String[][] defs) throws XMLStreamException {
    xml.writeStartElement("attributes");
    xml.writeAttribute("class", cls);
    for (String[] d : defs) {
      xml.writeEmptyElement("attribute");
      xml.writeAttribute("id", cls.charAt(0) + "_" + d[0]);
      xml.writeAttribute("title", d[0]);
      xml.writeAttribute("type", d[1]);
    }
    xml.writeEndElement();
  }

  private void element(String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  /** Nodes must all come before edges. */
  public void node(Node n) throws IOException {
    try {
      if (!inNodes) {
        xml.writeStartElement("nodes");
        inNodes = true;
      }
      xml.writeStartElement("node");
      xml.writeAttribute("id", n.id());
      xml.writeAttribute("label", n.label());
      xml.writeStartElement("attvalues");
      value("n_articles", Long.toString(n.articles()));
      value("n_degree", Long.toString(n.degree()));
      value("n_weighted_degree", Long.toString(n.weightedDegree()));
      value("n_pagerank", Double.toString(n.pagerank()));
      value("n_community", n.community());
      xml.writeEndElement();
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  public void edge(Edge e) throws IOException {
    try {
      if (inNodes) {
        xml.writeEndElement();
        inNodes = false;
      }
      if (!inEdges) {
        xml.writeStartElement("edges");
        inEdges = true;
      }
      xml.writeStartElement("edge");
      xml.writeAttribute("id", Long.toString(edgeId++));
      xml.writeAttribute("source", e.source());
      xml.writeAttribute("target", e.target());
      xml.writeAttribute("weight", Long.toString(e.articles()));
      xml.writeStartElement("attvalues");
      value("e_articles", Long.toString(e.articles()));
      value("e_npmi", Double.toString(e.npmi()));
      value("e_llr", Double.toString(e.llr()));
      xml.writeEndElement();
      if (!e.spells().isEmpty()) {
        xml.writeStartElement("spells");
        for (String[] s : e.spells()) {
          xml.writeEmptyElement("spell");
          xml.writeAttribute("start", s[0]);
          xml.writeAttribute("end", s[1]);
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
    } catch (XMLStreamException ex) {
      throw new IOException(ex);
    }
  }

  private void value(String id, String v) throws XMLStreamException {
    xml.writeEmptyElement("attvalue");
    xml.writeAttribute("for", id);
    xml.writeAttribute("value", v);
  }

  @Override
  public void close() throws IOException {
    try {
      if (inNodes) {
        xml.writeEndElement();
        xml.writeStartElement("edges");
        inEdges = true;
      } else if (!inEdges) {
        xml.writeStartElement("nodes");
        xml.writeEndElement();
        xml.writeStartElement("edges");
        inEdges = true;
      }
      xml.writeEndElement(); // edges
      xml.writeEndElement(); // graph
      xml.writeEndElement(); // gexf
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }
}
