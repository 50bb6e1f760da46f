package cn.gongkai.themes.examples;

import cn.gongkai.themes.PageContext;
import cn.gongkai.themes.Theme;
import cn.gongkai.themes.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Renders every named example of every component (each component's {@code examples.json}) as an
 * HTML fragment, GOV.UK Frontend style: the inputs of the markup tests and the accessibility
 * checks.
 *
 * <p>An examples.json names the macro, the type of each macro argument after {@code ctx}, and the
 * examples: their arguments, and optionally the variant and path of the page they stand on.
 */
public final class ThemeExamples {

  private static final String DEFAULT_PATH = "mengnuo/tzgg/index.html";

  /** A rendered component example. */
  public record ComponentExample(String component, String name, Variant variant, String html) {}

  /** The declaration of a component's examples. */
  public record ComponentSpec(
      String component, String macro, Map<String, Type> parameters, List<Example> examples) {}

  /** One named example: the macro's arguments, by name, as typed models. */
  public record Example(String name, Variant variant, String path, Map<String, Object> arguments) {}

  private ThemeExamples() {}

  /** Every example of every component. */
  public static List<ComponentExample> renderAll() {
    List<ComponentExample> rendered = new ArrayList<>();
    for (String component : Theme.COMPONENTS) {
      rendered.addAll(render(component));
    }
    return rendered;
  }

  /** Every example of one component. */
  public static List<ComponentExample> render(String component) {
    Theme theme = Theme.defaultTheme();
    List<ComponentExample> rendered = new ArrayList<>();
    for (Example example : spec(component).examples()) {
      ExampleContent content = new ExampleContent(example.variant(), UnaryOperator.identity());
      PageContext context =
          PageContext.of(
              content.frame(
                  example.path(),
                  content.t("通知公告"),
                  List.of(content.mengnuo()),
                  content.column("通知公告", "信息列表")));
      String html = theme.renderComponent(component, context, example.arguments());
      rendered.add(new ComponentExample(component, example.name(), example.variant(), html));
    }
    return rendered;
  }

  /** A component's examples.json, read and bound to the model types. */
  public static ComponentSpec spec(String component) {
    Map<?, ?> json = (Map<?, ?>) Json.parse(read(component));
    Map<String, Type> parameters = new LinkedHashMap<>();
    ((Map<?, ?>) json.get("parameters"))
        .forEach(
            (name, type) -> parameters.put((String) name, ModelBinder.typeNamed((String) type)));
    List<Example> examples = new ArrayList<>();
    for (Object entry : (List<?>) json.get("examples")) {
      Map<?, ?> example = (Map<?, ?>) entry;
      Map<?, ?> givenArguments = (Map<?, ?>) example.get("arguments");
      Map<String, Object> arguments = new HashMap<>();
      parameters.forEach(
          (name, type) -> arguments.put(name, ModelBinder.bind(givenArguments.get(name), type)));
      for (Object name : givenArguments.keySet()) {
        if (!parameters.containsKey(name)) {
          throw new IllegalArgumentException(
              component + " example '" + example.get("name") + "' has no parameter " + name);
        }
      }
      Object variant = example.get("variant");
      Object path = example.get("path");
      examples.add(
          new Example(
              (String) example.get("name"),
              variant == null ? Variant.SIMPLIFIED : Variant.valueOf((String) variant),
              path == null ? DEFAULT_PATH : (String) path,
              arguments));
    }
    return new ComponentSpec(component, (String) json.get("macro"), parameters, examples);
  }

  private static String read(String component) {
    String name = "cn/gongkai/themes/default/components/" + component + "/examples.json";
    try (InputStream in = ThemeExamples.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The component " + component + " has no examples.json");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
