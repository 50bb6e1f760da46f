package cn.gongkai.api.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the content API as a user with a password would call it. */
public final class ApiClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;

  public ApiClient(URL deployment) {
    this.base = URI.create(deployment.toString());
  }

  /** A response with its body parsed when it is JSON. */
  public record Reply(int status, String body, HttpResponse<String> raw) {
    public JsonObject json() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }
  }

  public URI api(String path) {
    return base.resolve("api/" + path);
  }

  public URI server(String path) {
    return base.resolve("/" + path);
  }

  public Reply get(String user, String path) {
    return send(request(user, api(path)).GET());
  }

  public Reply post(String user, String path, String json) {
    return send(
        request(user, api(path)).POST(body(json)).header("Content-Type", "application/json"));
  }

  public Reply put(String user, String path, String ifMatch, String json) {
    HttpRequest.Builder b =
        request(user, api(path)).PUT(body(json)).header("Content-Type", "application/json");
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return send(b);
  }

  public Reply raw(HttpRequest.Builder request) {
    return send(request);
  }

  public static String string(JsonObject o, String field) {
    JsonValue v = o.get(field);
    return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : o.getString(field);
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
  }

  /** Demo users have the password {@code <name>-demo}; a null user sends no credentials. */
  private static HttpRequest.Builder request(String user, URI uri) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri);
    if (user != null) {
      String token =
          Base64.getEncoder()
              .encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
      b.header("Authorization", "Basic " + token);
    }
    return b;
  }

  private Reply send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r =
          http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
