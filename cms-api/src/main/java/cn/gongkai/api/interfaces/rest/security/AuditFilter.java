package cn.gongkai.api.interfaces.rest.security;

import cn.gongkai.api.application.audit.AuditContext;
import cn.gongkai.api.application.audit.AuditTrail;
import cn.gongkai.api.interfaces.rest.problem.Problem;
import cn.gongkai.domain.model.audit.AuditEntry;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Writes the audit entry of every action: each request that changes something, and each request
 * that was refused (401, 403, 429) — who, what, when, from where, with the outcome and the
 * fingerprints of the content before and after.
 */
@Provider
@Priority(Priorities.USER + 1000)
public class AuditFilter implements ContainerResponseFilter {
  private static final Logger LOG = Logger.getLogger(AuditFilter.class.getName());
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
  private static final Set<Integer> REFUSALS = Set.of(401, 403, 429);
  private static final Pattern NUMBER = Pattern.compile("(?<=/|^)\\d+(?=/|$)");

  @Inject AuditTrail trail;
  @Inject AuditContext context;
  @Inject Clock clock;
  @Context HttpServletRequest http;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    int status = response.getStatus();
    if (READS.contains(request.getMethod()) && !REFUSALS.contains(status)) {
      return;
    }
    String path = request.getUriInfo().getPath();
    String action = request.getMethod() + " " + NUMBER.matcher(path).replaceAll("{id}");
    String targetType = context.targetType() != null ? context.targetType() : firstSegment(path);
    String targetId = context.targetId() != null ? context.targetId() : firstNumber(path);
    try {
      trail.record(
          new AuditEntry(
              OffsetDateTime.now(clock),
              actor(request),
              action.length() > 60 ? action.substring(0, 60) : action,
              targetType,
              targetId,
              http == null ? null : http.getRemoteAddr(),
              outcome(status),
              status + (response.getEntity() instanceof Problem p ? " " + p.detail() : ""),
              context.beforeHash(),
              context.afterHash()));
    } catch (RuntimeException e) {
      // The action already happened; losing its audit entry must be loud, not silent.
      LOG.log(Level.SEVERE, "Could not write the audit entry for " + action, e);
    }
  }

  private static String actor(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() != null) {
      return request.getSecurityContext().getUserPrincipal().getName();
    }
    return BasicAuthenticationFilter.attemptedUser(request)
        .map(u -> "unauthenticated:" + u)
        .orElse("anonymous");
  }

  private static String outcome(int status) {
    if (status < 400) {
      return "OK";
    }
    return status < 500 ? "REFUSED" : "ERROR";
  }

  private static String firstSegment(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    int slash = p.indexOf('/');
    return slash < 0 ? p : p.substring(0, slash);
  }

  private static String firstNumber(String path) {
    var m = NUMBER.matcher(path);
    return m.find() ? m.group() : null;
  }
}
