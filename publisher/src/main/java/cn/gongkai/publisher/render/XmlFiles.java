package cn.gongkai.publisher.render;

import cn.gongkai.publisher.content.ItemRow;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The site's machine-readable files, written with the JDK's StAX writer so escaping is never
 * hand-made: Atom feeds per column (RFC 4287) and sitemaps (sitemaps.org 0.9).
 */
final class XmlFiles {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private XmlFiles() {}

  /** One entry of a feed: an item's title, absolute URL and dates. */
  record FeedEntry(String title, String url, OffsetDateTime published, OffsetDateTime updated) {}

  static byte[] atom(
      String feedUrl,
      String siteUrl,
      String title,
      OffsetDateTime updated,
      List<FeedEntry> entries) {
    return write(
        xml -> {
          xml.writeStartElement("feed");
          xml.writeDefaultNamespace(ATOM);
          xml.writeAttribute("xml:lang", "zh-Hans");
          element(xml, "id", feedUrl);
          element(xml, "title", title);
          element(xml, "updated", time(updated));
          link(xml, "self", feedUrl);
          link(xml, "alternate", siteUrl);
          xml.writeStartElement("author");
          element(xml, "name", title);
          xml.writeEndElement();
          for (FeedEntry e : entries) {
            xml.writeStartElement("entry");
            element(xml, "id", e.url());
            element(xml, "title", e.title());
            link(xml, "alternate", e.url());
            element(xml, "published", time(e.published()));
            element(xml, "updated", time(e.updated()));
            xml.writeEndElement();
          }
          xml.writeEndElement();
        });
  }

  /** A sitemap {@code <urlset>}: each URL with its last modification, if known. */
  record SitemapUrl(String loc, OffsetDateTime lastModified) {}

  static byte[] urlset(List<SitemapUrl> urls) {
    return write(
        xml -> {
          xml.writeStartElement("urlset");
          xml.writeDefaultNamespace(SITEMAP);
          for (SitemapUrl u : urls) {
            xml.writeStartElement("url");
            element(xml, "loc", u.loc());
            if (u.lastModified() != null) {
              element(xml, "lastmod", u.lastModified().toLocalDate().toString());
            }
            xml.writeEndElement();
          }
          xml.writeEndElement();
        });
  }

  static byte[] sitemapIndex(List<SitemapUrl> sitemaps) {
    return write(
        xml -> {
          xml.writeStartElement("sitemapindex");
          xml.writeDefaultNamespace(SITEMAP);
          for (SitemapUrl u : sitemaps) {
            xml.writeStartElement("sitemap");
            element(xml, "loc", u.loc());
            if (u.lastModified() != null) {
              element(xml, "lastmod", u.lastModified().toLocalDate().toString());
            }
            xml.writeEndElement();
          }
          xml.writeEndElement();
        });
  }

  static OffsetDateTime newest(List<ItemRow> rows) {
    return rows.stream()
        .map(ItemRow::lastPublishedAt)
        .filter(java.util.Objects::nonNull)
        .max(OffsetDateTime::compareTo)
        .orElse(null);
  }

  private interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private static byte[] write(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      body.write(xml);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Writing XML in memory failed", e);
    }
    return out.toByteArray();
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text == null ? "" : text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
  }

  private static String time(OffsetDateTime t) {
    return t == null ? "1970-01-01T00:00:00Z" : t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
