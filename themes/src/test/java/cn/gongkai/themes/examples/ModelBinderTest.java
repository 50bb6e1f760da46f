package cn.gongkai.themes.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gongkai.themes.model.Attachment;
import cn.gongkai.themes.model.CatalogueNode;
import cn.gongkai.themes.model.Link;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelBinderTest {

  @Test
  void jsonReadsNestedValuesAndEscapes() {
    Object value = Json.parse("{\"a\": [1, 2.5, true, null], \"b\": \"\\u516c\\u5f00\\n\"}");
    assertEquals(
        Map.of(
            "a",
            java.util.Arrays.asList(new BigDecimal("1"), new BigDecimal("2.5"), true, null),
            "b",
            "公开\n"),
        value);
  }

  @Test
  void jsonRejectsTrailingText() {
    assertThrows(IllegalArgumentException.class, () -> Json.parse("{} x"));
  }

  @Test
  void objectsBecomeRecordsAndMissingListsEmpty() {
    Object node =
        ModelBinder.bind(
            Json.parse("{\"name\": \"通知公告\", \"href\": \"mengnuo/tzgg/index.html\"}"),
            ModelBinder.typeNamed("CatalogueNode"));
    assertEquals(new CatalogueNode("通知公告", "mengnuo/tzgg/index.html", List.of(), List.of()), node);
  }

  @Test
  void typedListsBindTheirElements() {
    Object links =
        ModelBinder.bind(
            Json.parse("[{\"text\": \"首页\", \"href\": \"index.html\"}]"),
            ModelBinder.typeNamed("List<Link>"));
    assertEquals(List.of(new Link("首页", "index.html")), links);
  }

  @Test
  void numbersBindToTheComponentsType() {
    Attachment attachment =
        (Attachment)
            ModelBinder.bind(
                Json.parse("{\"title\": \"a\", \"href\": \"a.pdf\", \"sizeBytes\": 1258291}"),
                ModelBinder.typeNamed("Attachment"));
    assertEquals(1_258_291L, attachment.sizeBytes());
  }

  @Test
  void anUnknownFieldIsAnError() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ModelBinder.bind(
                Json.parse("{\"text\": \"a\", \"href\": \"b\", \"colour\": \"red\"}"),
                ModelBinder.typeNamed("Link")));
  }
}
