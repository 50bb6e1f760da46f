package cn.gongkai.themes.pebble;

import cn.gongkai.themes.FileSizes;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/** {@code {{ attachment.sizeBytes | fileSize }}}: {@code 1.2 MB}. */
final class FileSizeFilter implements Filter {

  @Override
  public List<String> getArgumentNames() {
    return List.of();
  }

  @Override
  public Object apply(
      Object input,
      Map<String, Object> args,
      PebbleTemplate self,
      EvaluationContext context,
      int lineNumber) {
    return FileSizes.humanReadable(((Number) input).longValue());
  }
}
