package cn.gongkai.api.interfaces.rest.item;

import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.InvalidInput.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads enum and date fields that arrive as strings, collecting every mistake with the allowed
 * values, so a client learns all that is wrong with one request instead of one field at a time.
 */
public final class FieldParser {
  private final List<FieldError> errors = new ArrayList<>();

  public <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      errors.add(
          new FieldError(
              field,
              "Unknown value \""
                  + value
                  + "\"; use one of "
                  + String.join(
                      ", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
                  + "."));
      return null;
    }
  }

  public LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "\"" + value + "\" is not a date; write it as YYYY-MM-DD."));
      return null;
    }
  }

  /** Throws once with every error found so far. */
  public void done() {
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }
}
