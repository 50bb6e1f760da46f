package cn.gongkai.api.interfaces.rest.publish;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;

/** Writes a JSON document stored as text (gate findings) as JSON, not as a quoted string. */
public class RawJsonSerializer implements JsonbSerializer<String> {
  @Override
  public void serialize(String json, JsonGenerator generator, SerializationContext ctx) {
    if (json == null || json.isBlank()) {
      generator.writeNull();
      return;
    }
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      generator.write(value);
    }
  }
}
