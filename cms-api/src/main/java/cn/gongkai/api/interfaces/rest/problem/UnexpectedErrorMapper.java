package cn.gongkai.api.interfaces.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: logged in full with a reference, answered with the reference only, so
 * internals never reach the client and an operator can still find the cause.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Context UriInfo uri;

  @Override
  public Response toResponse(Throwable e) {
    Throwable root = unwrap(e);
    if (root instanceof cn.gongkai.domain.model.DomainException domain) {
      return new DomainExceptionMapper().toResponse(domain);
    }
    if (root instanceof jakarta.persistence.OptimisticLockException) {
      return Problem.of(
              Status.PRECONDITION_FAILED,
              "stale-version",
              "Someone changed this record at the same moment; reload it and try again.")
          .toResponse();
    }
    String ref = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error " + ref + " at " + uri.getPath(), e);
    return Problem.of(
            Status.INTERNAL_SERVER_ERROR,
            "internal-error",
            "Something went wrong on the server; nothing was changed. Quote reference "
                + ref
                + " to the administrator.")
        .at("/" + uri.getPath())
        .toResponse();
  }

  /** Container wrappers (transaction, EJB) hide the exception that says what went wrong. */
  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null
        && (t instanceof jakarta.transaction.RollbackException
            || t instanceof jakarta.transaction.TransactionalException
            || t instanceof jakarta.ejb.EJBException
            || t instanceof jakarta.persistence.RollbackException
            || t.getClass().getName().startsWith("jakarta.enterprise")
            || t instanceof java.lang.reflect.UndeclaredThrowableException)) {
      t = t.getCause();
    }
    return t;
  }
}
