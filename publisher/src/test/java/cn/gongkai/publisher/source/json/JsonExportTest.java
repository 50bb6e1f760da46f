package cn.gongkai.publisher.source.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.publisher.content.AgencyEntry;
import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.GuideEntry;
import cn.gongkai.publisher.content.ItemEntry;
import cn.gongkai.publisher.content.SiteContent;
import cn.gongkai.publisher.fixtures.TestSite;
import cn.gongkai.publisher.source.memory.MemorySiteContent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonExportTest {
  private final MemorySiteContent content = TestSite.varied(new TestSite.Files());

  @Test
  void anExportReadsBackAsTheSameContent() {
    MemorySiteContent read = JsonExport.read(in(export(content)));

    assertEquals(content.agencies(), read.agencies());
    assertEquals(content.catalogues(), read.catalogues());
    assertEquals(content.guide(1), read.guide(1));
    assertEquals(content.guide(2), read.guide(2));
    assertEquals(items(content), items(read));
    assertEquals(content.allRows(), read.allRows());
  }

  @Test
  void anExportIsOneObjectWithItsFourSectionsInOrder() {
    JsonObject export = Json.createReader(new ByteArrayInputStream(export(content))).readObject();

    assertEquals(
        List.of("format", "version", "agencies", "catalogues", "guides", "items"),
        List.copyOf(export.keySet()));
    assertEquals("gongkai-site-content", export.getString("format"));
    assertEquals(10, export.getJsonArray("items").size());
    JsonObject item = export.getJsonArray("items").getJsonObject(6);
    assertEquals("2024-03-01T16:00:00+08:00", item.getString("publishedAt"));
    assertEquals(
        "附件1：名单.pdf", item.getJsonArray("attachments").getJsonObject(0).getString("fileName"));
  }

  @Test
  void emptyContentIsAnExportWithEmptySections() {
    MemorySiteContent empty = MemorySiteContent.builder().build();

    String json = new String(export(empty), StandardCharsets.UTF_8);

    assertEquals(
        "{\"format\":\"gongkai-site-content\",\"version\":1,"
            + "\"agencies\":[],\"catalogues\":[],\"guides\":[],\"items\":[]}",
        json);
    assertEquals(0, JsonExport.read(in(json.getBytes(StandardCharsets.UTF_8))).itemCount());
  }

  @Test
  void entriesReachTheHandlerWhileTheExportIsStillBeingRead() {
    byte[] whole = export(TestSite.withNotices(3).build());
    String json = new String(whole, StandardCharsets.UTF_8);
    // Cut the export in the middle of the third item: the first two have been handled by then.
    byte[] cut = json.substring(0, json.indexOf("{\"id\":3,")).getBytes(StandardCharsets.UTF_8);
    List<Long> handled = new ArrayList<>();

    assertThrows(InvalidExport.class, () -> JsonExport.read(in(cut), itemsInto(handled)));

    assertEquals(List.of(1L, 2L), handled);
  }

  @Test
  void aMissingLastPublicationMeansTheFirstOne() {
    String json =
        withItem(
            "{\"id\":1,\"agencyId\":1,\"catalogueId\":14,\"title\":\"通知\","
                + "\"indexNumber\":\"A/2024-1\",\"validity\":\"EFFECTIVE\","
                + "\"publishedAt\":\"2024-03-01T09:00:00+08:00\"}");

    ItemEntry item = JsonExport.read(in(json)).item(1).orElseThrow();

    assertEquals(item.publishedAt(), item.lastPublishedAt());
    assertEquals(1, item.revision());
    assertEquals(List.of(), item.attachments());
  }

  @Test
  void aWrongFieldIsNamedWithItsEntry() {
    String json =
        withItem(
            "{\"id\":1,\"agencyId\":1,\"catalogueId\":14,\"title\":\"通知\","
                + "\"indexNumber\":\"A/2024-1\",\"validity\":\"EFFECTIVE\","
                + "\"publishedAt\":\"2024年3月1日\"}");

    InvalidExport e = assertThrows(InvalidExport.class, () -> JsonExport.read(in(json)));

    assertTrue(
        e.getMessage().startsWith("items[0].publishedAt must be a date-time"), e.getMessage());
  }

  @Test
  void anItemThatCannotBePublishedIsRefused() {
    String json =
        withItem(
            "{\"id\":5,\"agencyId\":1,\"catalogueId\":14,\"title\":\"通知\","
                + "\"validity\":\"EFFECTIVE\",\"publishedAt\":\"2024-03-01T09:00:00+08:00\"}");

    InvalidExport e = assertThrows(InvalidExport.class, () -> JsonExport.read(in(json)));

    assertTrue(e.getMessage().contains("Item 5 needs a title, an index number"), e.getMessage());
  }

  @Test
  void anotherVersionIsRefused() {
    String json = "{\"format\":\"gongkai-site-content\",\"version\":2,\"items\":[]}";

    InvalidExport e = assertThrows(InvalidExport.class, () -> JsonExport.read(in(json)));

    assertTrue(e.getMessage().contains("Only version 1"), e.getMessage());
  }

  @Test
  void malformedJsonIsAnInvalidExport() {
    assertThrows(InvalidExport.class, () -> JsonExport.read(in("{\"agencies\": [")));
  }

  @Test
  void theWriterKeepsTheSectionsInOrder() {
    ExportWriter writer = new ExportWriter(new ByteArrayOutputStream());
    writer.item(content.item(1).orElseThrow());

    assertThrows(IllegalStateException.class, () -> writer.agency(content.agencies().get(0)));
  }

  @Test
  void theWriterCountsWhatItWrote() {
    ExportWriter.Counts counts = JsonExport.write(content, new ByteArrayOutputStream());

    assertEquals(new ExportWriter.Counts(2, 10, 1, 10), counts);
  }

  private static String withItem(String item) {
    return new String(export(TestSite.structure().build()), StandardCharsets.UTF_8)
        .replace("\"items\":[]", "\"items\":[" + item + "]");
  }

  private static byte[] export(SiteContent content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonExport.write(content, out);
    return out.toByteArray();
  }

  private static ByteArrayInputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private static ByteArrayInputStream in(String json) {
    return in(json.getBytes(StandardCharsets.UTF_8));
  }

  private static List<ItemEntry> items(SiteContent source) {
    List<ItemEntry> out = new ArrayList<>();
    source.forEachItem(out::add);
    return out;
  }

  private static ExportHandler itemsInto(List<Long> ids) {
    return new ExportHandler() {
      @Override
      public void agency(AgencyEntry agency) {}

      @Override
      public void catalogue(CatalogueEntry catalogue) {}

      @Override
      public void guide(GuideEntry guide) {}

      @Override
      public void item(ItemEntry item) {
        ids.add(item.id());
      }
    };
  }
}
