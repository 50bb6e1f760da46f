package cn.gongkai.api.interfaces.rest.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code detail} is a sentence a person can act on; {@code errors}
 * names each invalid field of the request.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldProblem> errors) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  /** One invalid field: its JSON path and what is wrong with it. */
  public record FieldProblem(String field, String message) {}

  public static Problem of(Response.Status status, String slug, String detail) {
    return new Problem(
        type(slug), status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
  }

  public static Problem of(int status, String title, String slug, String detail) {
    return new Problem(type(slug), title, status, detail, null, null);
  }

  public Problem withErrors(List<FieldProblem> fieldErrors) {
    return new Problem(type, title, status, detail, instance, fieldErrors);
  }

  public Problem at(String path) {
    return new Problem(type, title, status, detail, path, errors);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }

  /** Problem types are documented in the README under "Errors". */
  private static String type(String slug) {
    return "https://gongkai.cn/problems/" + slug;
  }
}
