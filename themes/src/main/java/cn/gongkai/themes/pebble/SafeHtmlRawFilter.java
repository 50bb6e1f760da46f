package cn.gongkai.themes.pebble;

import cn.gongkai.themes.model.SafeHtml;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * {@code {{ item.body | raw }}}: prints sanitised editor HTML unescaped, and refuses anything that
 * is not a {@link SafeHtml}, so a template cannot open a hole in the autoescaping by mistake.
 */
public final class SafeHtmlRawFilter implements Filter {

  @Override
  public List<String> getArgumentNames() {
    return null;
  }

  @Override
  public Object apply(
      Object input,
      Map<String, Object> args,
      PebbleTemplate self,
      EvaluationContext context,
      int lineNumber) {
    if (input instanceof SafeHtml html) {
      return new SafeString(html.html());
    }
    throw new PebbleException(
        null,
        "raw prints only SafeHtml (sanitised editor HTML), not "
            + (input == null ? "null" : input.getClass().getName()),
        lineNumber,
        self == null ? null : self.getName());
  }
}
