package cn.gongkai.themes.pebble;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * {@code {{ item.href | href(ctx) }}}: a site-root-relative path as a link from the current page.
 */
final class HrefFilter implements Filter {

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
    return Arguments.pageContext(args, "href", self, lineNumber).href(Arguments.text(input));
  }
}
