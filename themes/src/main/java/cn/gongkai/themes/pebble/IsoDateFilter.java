package cn.gongkai.themes.pebble;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** {@code {{ item.publishedOn | isoDate }}}: a date as YYYY-MM-DD, the national format. */
final class IsoDateFilter implements Filter {

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
    if (input instanceof LocalDate date) {
      return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
    if (input instanceof LocalDateTime dateTime) {
      return DateTimeFormatter.ISO_LOCAL_DATE.format(dateTime);
    }
    throw new PebbleException(
        null,
        "isoDate formats a LocalDate, not " + input.getClass().getName(),
        lineNumber,
        self.getName());
  }
}
