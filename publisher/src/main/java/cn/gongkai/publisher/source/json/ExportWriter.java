package cn.gongkai.publisher.source.json;

import cn.gongkai.publisher.content.AgencyEntry;
import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.GuideEntry;
import cn.gongkai.publisher.content.ItemEntry;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.util.Map;
import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * Writes an export (format in {@link JsonExport}) entry by entry, straight to the stream: agencies,
 * then catalogues, then guides, then items — each section once, in that order. A generator of
 * synthetic content writes its items here one at a time and never holds them. {@link #close()}
 * finishes the document (writing empty sections for any not given) but leaves the stream open.
 */
public final class ExportWriter implements ExportHandler, AutoCloseable {
  private enum Section {
    NONE,
    AGENCIES,
    CATALOGUES,
    GUIDES,
    ITEMS,
    DONE;

    String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** How many entries of each kind a writer wrote. */
  public record Counts(int agencies, int catalogues, int guides, long items) {}

  private final JsonGenerator out;
  private Section section = Section.NONE;
  private int agencies;
  private int catalogues;
  private int guides;
  private long items;

  public ExportWriter(OutputStream stream) {
    this.out =
        JsonProvider.provider()
            .createGeneratorFactory(Map.of())
            .createGenerator(
                CloseShieldOutputStream.wrap(stream), java.nio.charset.StandardCharsets.UTF_8);
    out.writeStartObject().write("format", JsonExport.FORMAT).write("version", JsonExport.VERSION);
  }

  @Override
  public void agency(AgencyEntry agency) {
    enter(Section.AGENCIES);
    EntryJson.write(out, agency);
    agencies++;
  }

  @Override
  public void catalogue(CatalogueEntry catalogue) {
    enter(Section.CATALOGUES);
    EntryJson.write(out, catalogue);
    catalogues++;
  }

  @Override
  public void guide(GuideEntry guide) {
    enter(Section.GUIDES);
    EntryJson.write(out, guide);
    guides++;
  }

  @Override
  public void item(ItemEntry item) {
    enter(Section.ITEMS);
    EntryJson.write(out, item);
    items++;
  }

  public Counts counts() {
    return new Counts(agencies, catalogues, guides, items);
  }

  /** Ends the document and flushes it; the underlying stream stays open. */
  @Override
  public void close() {
    if (section == Section.DONE) {
      return;
    }
    enter(Section.DONE);
    out.writeEnd();
    out.close();
  }

  /** Opens {@code next}'s array, closing the current one and writing any skipped ones empty. */
  private void enter(Section next) {
    if (next == section) {
      return;
    }
    if (next.ordinal() < section.ordinal()) {
      throw new IllegalStateException(
          "An export lists agencies, catalogues, guides, then items: "
              + next.key()
              + " cannot follow "
              + section.key()
              + ".");
    }
    if (section != Section.NONE) {
      out.writeEnd();
    }
    for (int s = section.ordinal() + 1; s < next.ordinal(); s++) {
      out.writeStartArray(Section.values()[s].key()).writeEnd();
    }
    if (next != Section.DONE) {
      out.writeStartArray(next.key());
    }
    section = next;
  }
}
