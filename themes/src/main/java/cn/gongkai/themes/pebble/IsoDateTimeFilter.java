package cn.gongkai.themes.pebble;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** {@code {{ reprint.reprintedAt | isoDateTime }}}: YYYY-MM-DD HH:MM. */
final class IsoDateTimeFilter implements Filter {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

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
    if (input == null) {
      return "";
    }
    if (input instanceof LocalDateTime dateTime) {
      return FORMAT.format(dateTime);
    }
    throw new PebbleException(
        null,
        "isoDateTime formats a LocalDateTime, not " + input.getClass().getName(),
        lineNumber,
        self.getName());
  }
}
