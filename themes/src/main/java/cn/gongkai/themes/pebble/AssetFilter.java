package cn.gongkai.themes.pebble;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * {@code {{ 'assets/gongkai.css' | asset(ctx) }}}: a theme asset as a link from the current page.
 */
final class AssetFilter implements Filter {

  @Override
  public List<String> getArgumentNames() {
    return List.of("from");
  }

  @Override
  public Object apply(
      Object input,
      Map<String, Object> args,
      PebbleTemplate self,
      EvaluationContext context,
      int lineNumber) {
    return Arguments.pageContext(args, "asset", self, lineNumber).asset(Arguments.text(input));
  }
}
