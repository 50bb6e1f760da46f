package cn.gongkai.themes.examples;

import cn.gongkai.themes.Theme;
import cn.gongkai.themes.Variant;
import cn.gongkai.themes.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One realistic example of every page type, rendered in all four variants: the pages the
 * publisher's accessibility checks run over. Traditional pages use the given simplified →
 * traditional converter for labels and content (the publisher passes OpenCC); without one they keep
 * simplified text.
 */
public final class ExamplePages {

  /** A rendered example page. */
  public record ExamplePage(String name, Variant variant, String path, String html) {
    @Override
    public String toString() {
      return name + " (" + variant + ", " + variant.prefix() + path + ")";
    }
  }

  private ExamplePages() {}

  /** Every example page in every variant, traditional text left unconverted. */
  public static List<ExamplePage> all() {
    return all(UnaryOperator.identity());
  }

  /** Every example page in every variant, traditional text made with {@code toTraditional}. */
  public static List<ExamplePage> all(UnaryOperator<String> toTraditional) {
    Theme theme = Theme.defaultTheme();
    List<ExamplePage> rendered = new ArrayList<>();
    for (Variant variant : Variant.values()) {
      for (var example : models(variant, toTraditional)) {
        rendered.add(
            new ExamplePage(
                example.name(),
                variant,
                example.page().frame().path(),
                theme.render(example.page())));
      }
    }
    return rendered;
  }

  /** A named example page model. */
  public record NamedPage(String name, Page page) {}

  /** The example page models of one variant. */
  public static List<NamedPage> models(Variant variant, UnaryOperator<String> toTraditional) {
    ExampleContent content = new ExampleContent(variant, toTraditional);
    ExampleItems items = new ExampleItems(content);
    ExampleSections sections = new ExampleSections(content, items);
    return List.of(
        new NamedPage("home", sections.home()),
        new NamedPage("agency", sections.agency()),
        new NamedPage("catalogue", sections.catalogue()),
        new NamedPage("item-with-attachments", items.noticeWithAttachments()),
        new NamedPage("item-withdrawn", items.withdrawn()),
        new NamedPage("item-revised-reprint", items.revisedReprint()),
        new NamedPage("guide", sections.guide()),
        new NamedPage("sitemap", sections.siteMap()),
        new NamedPage("not-found", sections.notFound()),
        new NamedPage("gone", sections.gone()));
  }
}
