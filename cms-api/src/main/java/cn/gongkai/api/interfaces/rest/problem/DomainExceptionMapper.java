package cn.gongkai.api.interfaces.rest.problem;

import cn.gongkai.domain.model.DomainException;
import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.NotFoundException;
import cn.gongkai.domain.model.PermissionDenied;
import cn.gongkai.domain.model.StaleVersion;
import cn.gongkai.domain.model.WorkflowViolation;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Domain rule violations become problem details with the status each kind of rule means. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
  @Context UriInfo uri;

  @Override
  public Response toResponse(DomainException e) {
    Problem problem = problemFor(e);
    return problem.at(uri == null ? null : "/" + uri.getPath()).toResponse();
  }

  private static Problem problemFor(DomainException e) {
    if (e instanceof NotFoundException) {
      return Problem.of(Status.NOT_FOUND, "not-found", e.getMessage());
    }
    if (e instanceof PermissionDenied) {
      return Problem.of(Status.FORBIDDEN, "forbidden", e.getMessage());
    }
    if (e instanceof WorkflowViolation) {
      return Problem.of(Status.CONFLICT, "illegal-transition", e.getMessage());
    }
    if (e instanceof StaleVersion) {
      return Problem.of(Status.PRECONDITION_FAILED, "stale-version", e.getMessage());
    }
    if (e instanceof cn.gongkai.domain.model.TooLarge) {
      return Problem.of(413, "Content Too Large", "too-large", e.getMessage());
    }
    if (e instanceof InvalidInput invalid) {
      return Problem.of(Status.BAD_REQUEST, "invalid-input", e.getMessage())
          .withErrors(
              invalid.errors().stream()
                  .map(fe -> new Problem.FieldProblem(fe.field(), fe.message()))
                  .toList());
    }
    return Problem.of(Status.BAD_REQUEST, "rule-violated", e.getMessage());
  }
}
