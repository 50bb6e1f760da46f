package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gongkai.themes.model.Attachment;
import cn.gongkai.themes.model.HomePage;
import cn.gongkai.themes.model.PageFrame;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageModelTest {

  @Test
  void aPagePathIsSiteRelativeAndNamesAnHtmlFile() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Fixtures.frame(Variant.SIMPLIFIED, "/mengnuo/index.html", "x"));
    assertThrows(
        IllegalArgumentException.class, () -> Fixtures.frame(Variant.SIMPLIFIED, "mengnuo/", "x"));
  }

  @Test
  void theSiteDomainMustBeAnOriginAndLosesATrailingSlash() {
    assertEquals("https://xxgk.example.gov.cn", Fixtures.site().siteDomain());
    assertEquals("xxgk.example.gov.cn", Fixtures.site().host());
    assertEquals("35042302000001", Fixtures.site().publicSecurityFilingCode());
  }

  @Test
  void anAttachmentsTypeComesFromItsExtension() {
    assertEquals("PDF", new Attachment("a", "x/files/a.pdf", 1).format());
    assertEquals("DOCX", new Attachment("a", "x/files/a.b.docx", 1).format());
    assertEquals("", new Attachment("a", "x.y/files/readme", 1).format());
  }

  @Test
  void aMissingLabelFailsTheRender() {
    PageFrame frame = Fixtures.frame(Variant.SIMPLIFIED, "index.html", "首页");
    PageFrame withoutLabels =
        new PageFrame(
            frame.site(),
            frame.variant(),
            cn.gongkai.themes.Labels.of(Map.of("home", "首页")),
            frame.path(),
            frame.title(),
            frame.breadcrumbs(),
            frame.column(),
            frame.keywords(),
            frame.description());
    HomePage page = new HomePage(withoutLabels, List.of(), List.of());
    RuntimeException failure =
        assertThrows(RuntimeException.class, () -> Theme.defaultTheme().render(page));
    assertEquals(
        true, String.valueOf(failure.getMessage()).contains("has no label"), failure.getMessage());
  }
}
