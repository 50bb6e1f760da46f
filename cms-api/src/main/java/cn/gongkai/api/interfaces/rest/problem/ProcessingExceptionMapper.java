package cn.gongkai.api.interfaces.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The JAX-RS runtime wraps a body JSON-B could not read in a ProcessingException: that is the
 * client's mistake (400), anything else is ours.
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {
  @Context UriInfo uri;

  @Override
  public Response toResponse(ProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonParsingException) {
        return Problem.of(Status.BAD_REQUEST, "malformed-json", MalformedJson.describe(e))
            .at("/" + uri.getPath())
            .toResponse();
      }
    }
    UnexpectedErrorMapper unexpected = new UnexpectedErrorMapper();
    unexpected.uri = uri;
    return unexpected.toResponse(e);
  }
}
