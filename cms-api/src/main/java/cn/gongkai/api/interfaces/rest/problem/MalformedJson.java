package cn.gongkai.api.interfaces.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body JSON-B could not read: say where and why, without a stack trace. */
@Provider
public class MalformedJson implements ExceptionMapper<JsonbException> {
  @Context UriInfo uri;

  @Override
  public Response toResponse(JsonbException e) {
    return Problem.of(Status.BAD_REQUEST, "malformed-json", describe(e))
        .at("/" + uri.getPath())
        .toResponse();
  }

  static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonParsingException parsing && parsing.getLocation() != null) {
        return "The request body is not valid JSON (line "
            + parsing.getLocation().getLineNumber()
            + ", column "
            + parsing.getLocation().getColumnNumber()
            + "): "
            + parsing.getMessage();
      }
    }
    String cause = e.getMessage();
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t.getMessage() != null) {
        cause = t.getMessage();
      }
    }
    return "The request body could not be read as this endpoint's JSON: " + cause;
  }
}
