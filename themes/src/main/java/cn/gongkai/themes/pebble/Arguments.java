package cn.gongkai.themes.pebble;

import cn.gongkai.themes.PageContext;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.Map;

/** Checks the arguments the theme's filters receive, failing with the template's line. */
final class Arguments {

  private Arguments() {}

  static PageContext pageContext(
      Map<String, Object> args, String filter, PebbleTemplate self, int lineNumber) {
    if (args.get("from") instanceof PageContext context) {
      return context;
    }
    throw new PebbleException(
        null,
        "The " + filter + " filter needs the page context: | " + filter + "(ctx)",
        lineNumber,
        self.getName());
  }

  static String text(Object input) {
    return input == null ? "" : input.toString();
  }
}
