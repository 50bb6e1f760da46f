package cn.gongkai.themes.examples;

import cn.gongkai.themes.model.SafeHtml;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns parsed example JSON into the typed model the macros receive, so component examples use the
 * same records as real pages: objects become records by component name, strings become dates, enums
 * and {@link SafeHtml} where the record says so. Examples only, never on the render path.
 */
final class ModelBinder {

  private static final String MODEL_PACKAGE = "cn.gongkai.themes.model.";

  private ModelBinder() {}

  /**
   * A type written in examples.json: {@code String}, {@code int}, {@code ItemDetail}, {@code
   * List<Link>}.
   */
  static Type typeNamed(String name) {
    String trimmed = name.trim();
    if (trimmed.startsWith("List<") && trimmed.endsWith(">")) {
      Type element = typeNamed(trimmed.substring(5, trimmed.length() - 1));
      return new ListType(element);
    }
    return switch (trimmed) {
      case "String" -> String.class;
      case "int" -> Integer.class;
      case "long" -> Long.class;
      case "boolean" -> Boolean.class;
      case "LocalDate" -> LocalDate.class;
      case "LocalDateTime" -> LocalDateTime.class;
      default -> modelClass(trimmed);
    };
  }

  static Object bind(Object json, Type type) {
    if (type instanceof ParameterizedType list) {
      return bindList(json, list.getActualTypeArguments()[0]);
    }
    Class<?> target = (Class<?>) type;
    if (json == null) {
      return defaultValue(target);
    }
    if (target == String.class) {
      return (String) json;
    }
    if (target == Integer.class || target == int.class) {
      return ((BigDecimal) json).intValueExact();
    }
    if (target == Long.class || target == long.class) {
      return ((BigDecimal) json).longValueExact();
    }
    if (target == Boolean.class || target == boolean.class) {
      return (Boolean) json;
    }
    if (target == LocalDate.class) {
      return LocalDate.parse((String) json);
    }
    if (target == LocalDateTime.class) {
      return LocalDateTime.parse((String) json);
    }
    if (target == SafeHtml.class) {
      return new SafeHtml((String) json);
    }
    if (target.isEnum()) {
      return enumConstant(target, (String) json);
    }
    if (target.isRecord()) {
      return bindRecord((Map<?, ?>) json, target);
    }
    throw new IllegalArgumentException("Examples cannot hold a " + target.getName());
  }

  private static List<Object> bindList(Object json, Type element) {
    List<Object> values = new ArrayList<>();
    if (json != null) {
      for (Object value : (List<?>) json) {
        values.add(bind(value, element));
      }
    }
    return values;
  }

  private static Object bindRecord(Map<?, ?> json, Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] parameterTypes = new Class<?>[components.length];
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      parameterTypes[i] = components[i].getType();
      arguments[i] = bind(json.get(components[i].getName()), components[i].getGenericType());
    }
    for (Object key : json.keySet()) {
      if (Arrays.stream(components).noneMatch(c -> c.getName().equals(key))) {
        throw new IllegalArgumentException(type.getSimpleName() + " has no field '" + key + "'.");
      }
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(
          "Invalid " + type.getSimpleName() + " in an example: " + e.getCause().getMessage(), e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot build " + type.getName(), e);
    }
  }

  private static Object defaultValue(Class<?> target) {
    if (target == int.class) {
      return 0;
    }
    if (target == long.class) {
      return 0L;
    }
    if (target == boolean.class) {
      return false;
    }
    if (target == List.class) {
      return List.of();
    }
    return null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> type, String name) {
    return Enum.valueOf((Class<? extends Enum>) type, name);
  }

  private static Class<?> modelClass(String simpleName) {
    try {
      return Class.forName(MODEL_PACKAGE + simpleName.replace('.', '$'));
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("No model type '" + simpleName + "' for an example.", e);
    }
  }

  /** {@code List<element>}, as a record component's generic type would say it. */
  private record ListType(Type element) implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return new Type[] {element};
    }

    @Override
    public Type getRawType() {
      return List.class;
    }

    @Override
    public Type getOwnerType() {
      return null;
    }
  }
}
