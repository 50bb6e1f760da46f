package cn.gongkai.api.interfaces.rest.security;

import cn.gongkai.api.application.Authenticator;
import cn.gongkai.api.interfaces.rest.problem.Problem;
import cn.gongkai.domain.model.user.Actor;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;

/**
 * The API is never open: every request carries HTTP Basic credentials of a staff account, checked
 * against the stored hash. Failures answer 401 with a problem detail and a challenge.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthenticationFilter implements ContainerRequestFilter {
  @Inject Authenticator authenticator;

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<Actor> actor =
        credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION))
            .flatMap(c -> authenticator.authenticate(c[0], c[1]));
    if (actor.isEmpty()) {
      request.abortWith(
          Response.fromResponse(
                  Problem.of(
                          Response.Status.UNAUTHORIZED,
                          "unauthorized",
                          "Sign in with your Gongkai username and password (HTTP Basic).")
                      .toResponse())
              .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"gongkai\", charset=\"UTF-8\"")
              .build());
      return;
    }
    boolean secure = request.getSecurityContext().isSecure();
    request.setSecurityContext(new ActorSecurityContext(new ActorPrincipal(actor.get()), secure));
  }

  /** The username a request tried to sign in with (never the password), for the audit log. */
  static Optional<String> attemptedUser(ContainerRequestContext request) {
    return credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION)).map(c -> c[0]);
  }

  private static Optional<String[]> credentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 1
          ? Optional.empty()
          : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private record ActorSecurityContext(ActorPrincipal principal, boolean secure)
      implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
      return principal.actor().roles().stream().anyMatch(r -> r.name().equalsIgnoreCase(role));
    }

    @Override
    public boolean isSecure() {
      return secure;
    }

    @Override
    public String getAuthenticationScheme() {
      return BASIC_AUTH;
    }
  }
}
