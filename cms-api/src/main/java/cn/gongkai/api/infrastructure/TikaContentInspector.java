package cn.gongkai.api.infrastructure;

import cn.gongkai.api.application.ContentInspector;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Apache Tika sniffs the type from the bytes and extracts the text of PDF, Word and Excel files.
 * OFD, the national layout format, is a ZIP with an {@code OFD.xml} at its root, which Tika does
 * not know: that one check is ours.
 */
@ApplicationScoped
public class TikaContentInspector implements ContentInspector {
  /** Characters of text kept per file; enough to screen any real document. */
  static final int TEXT_LIMIT = 2_000_000;

  private final Tika tika = new Tika();
  private final AutoDetectParser parser = new AutoDetectParser();

  @Override
  public Inspection inspect(Path file) throws IOException {
    String type = tika.detect(file);
    if ("application/zip".equals(type) && isOfd(file)) {
      return new Inspection("application/ofd", null);
    }
    return new Inspection(type, hasText(type) ? text(file) : null);
  }

  private static boolean hasText(String type) {
    return type.equals("application/pdf")
        || type.startsWith("application/vnd.openxmlformats-officedocument")
        || type.equals("application/msword")
        || type.equals("application/vnd.ms-excel");
  }

  private String text(Path file) throws IOException {
    BodyContentHandler handler = new BodyContentHandler(TEXT_LIMIT);
    try (InputStream in = Files.newInputStream(file)) {
      parser.parse(in, handler, new Metadata(), new ParseContext());
    } catch (SAXException e) {
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new IOException("The file's text could not be read: " + e.getMessage(), e);
      }
    } catch (TikaException e) {
      throw new IOException("The file could not be read as its format: " + e.getMessage(), e);
    }
    return handler.toString();
  }

  private static boolean isOfd(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.getEntry("OFD.xml") != null;
    } catch (IOException e) {
      return false;
    }
  }
}
