package cn.gongkai.themes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.themes.examples.ExamplePages;
import cn.gongkai.themes.model.Page;
import cn.gongkai.themes.model.SafeHtml;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bytes a build writes are the page as a string, encoded: the same file either way. */
class RenderUtf8Test {

  private final Theme theme = Theme.defaultTheme();

  @Test
  void everyExamplePageIsTheSameFileEitherWay() {
    int pages = 0;
    for (Variant variant : Variant.values()) {
      for (ExamplePages.NamedPage example : ExamplePages.models(variant, s -> s)) {
        Page page = example.page();
        assertArrayEquals(
            theme.render(page).getBytes(StandardCharsets.UTF_8),
            theme.renderUtf8(page),
            example.name() + " / " + variant);
        pages++;
      }
    }
    assertTrue(pages >= 4 * 7, "pages: " + pages);
  }

  @Test
  void charactersBeyondTheBasicPlaneAreEncodedWhole() {
    // 𠮷 (U+20BB7) is a surrogate pair in Java, common in names; 𡈽 too.
    String title = "关于吉𠮷、𡈽同志任职的通知";
    Page page =
        Fixtures.itemPage(
            Variant.SIMPLIFIED,
            "mengnuo/art/0/1.html",
            Fixtures.item(title, new SafeHtml("<p>" + title + "</p>")));
    byte[] file = theme.renderUtf8(page);
    assertArrayEquals(theme.render(page).getBytes(StandardCharsets.UTF_8), file);
    assertTrue(new String(file, StandardCharsets.UTF_8).contains(title));
  }
}
