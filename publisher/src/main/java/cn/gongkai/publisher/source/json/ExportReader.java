package cn.gongkai.publisher.source.json;

import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.InputStream;
import java.util.function.Consumer;
import org.apache.commons.io.input.CloseShieldInputStream;

/**
 * Reads an export with the streaming parser: only one entry at a time is ever a JSON object in
 * memory. Keys other than the four sections, {@code format} and {@code version} are skipped.
 */
final class ExportReader {
  private final JsonParser parser;
  private final ExportHandler handler;

  ExportReader(InputStream in, ExportHandler handler) {
    this.parser = JsonProvider.provider().createParser(CloseShieldInputStream.wrap(in));
    this.handler = handler;
  }

  void read() {
    try (parser) {
      expect(Event.START_OBJECT, "The export must be one JSON object");
      for (Event e = parser.next(); e != Event.END_OBJECT; e = parser.next()) {
        String key = parser.getString();
        Event value = parser.next();
        switch (key) {
          case "format" -> checkFormat(value);
          case "version" -> checkVersion(value);
          case "agencies" -> each(key, value, f -> handler.agency(EntryJson.agency(f)));
          case "catalogues" -> each(key, value, f -> handler.catalogue(EntryJson.catalogue(f)));
          case "guides" -> each(key, value, f -> handler.guide(EntryJson.guide(f)));
          case "items" -> each(key, value, f -> handler.item(EntryJson.item(f)));
          default -> skip(value);
        }
      }
    } catch (JsonException e) {
      throw new InvalidExport("The export is not valid JSON: " + e.getMessage(), e);
    }
  }

  private void each(String section, Event start, Consumer<EntryJson.Fields> entry) {
    if (start != Event.START_ARRAY) {
      throw invalid("'" + section + "' must be an array");
    }
    int k = 0;
    for (Event e = parser.next(); e != Event.END_ARRAY; e = parser.next(), k++) {
      if (e != Event.START_OBJECT) {
        throw invalid(section + "[" + k + "] must be an object");
      }
      entry.accept(new EntryJson.Fields(parser.getObject(), section + "[" + k + "]"));
    }
  }

  private void checkFormat(Event value) {
    if (value != Event.VALUE_STRING || !JsonExport.FORMAT.equals(parser.getString())) {
      throw invalid(
          "This is not a Gongkai content export (format must be " + JsonExport.FORMAT + ")");
    }
  }

  private void checkVersion(Event value) {
    if (value != Event.VALUE_NUMBER || parser.getInt() != JsonExport.VERSION) {
      throw invalid("Only version " + JsonExport.VERSION + " exports can be read");
    }
  }

  private void skip(Event value) {
    if (value == Event.START_OBJECT) {
      parser.skipObject();
    } else if (value == Event.START_ARRAY) {
      parser.skipArray();
    }
  }

  private void expect(Event wanted, String message) {
    if (!parser.hasNext() || parser.next() != wanted) {
      throw invalid(message);
    }
  }

  private InvalidExport invalid(String message) {
    JsonLocation at = parser.getLocation();
    return new InvalidExport(
        message + " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ").");
  }
}
