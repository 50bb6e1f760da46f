package cn.gongkai.api.interfaces.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the JAX-RS runtime raises itself — unknown path, wrong method, wrong content type, a body
 * that is not valid JSON — answered as problem details like every other error.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Context UriInfo uri;

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    if (original.getEntity() instanceof Problem) {
      return original;
    }
    int status = original.getStatus();
    Problem problem =
        Problem.of(status, original.getStatusInfo().getReasonPhrase(), slug(e), detail(e));
    Response.ResponseBuilder out =
        Response.fromResponse(original)
            .type(Problem.MEDIA_TYPE)
            .entity(problem.at("/" + uri.getPath()));
    return out.build();
  }

  private static String slug(WebApplicationException e) {
    if (isJson(e)) {
      return "malformed-json";
    }
    return switch (e.getResponse().getStatus()) {
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 415 -> "unsupported-media-type";
      default -> "http-" + e.getResponse().getStatus();
    };
  }

  private static String detail(WebApplicationException e) {
    if (isJson(e)) {
      return MalformedJson.describe(e);
    }
    if (e instanceof NotFoundException) {
      return "There is no resource at this address. The API's paths are listed at /openapi.";
    }
    if (e instanceof NotAllowedException) {
      return "This address does not accept this HTTP method; allowed: "
          + e.getResponse().getAllowedMethods()
          + ".";
    }
    if (e instanceof NotSupportedException) {
      return "Send the request body as application/json.";
    }
    return e.getMessage();
  }

  private static boolean isJson(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
        return true;
      }
    }
    return false;
  }
}
