package cn.gongkai.api.interfaces.rest.security;

import cn.gongkai.api.application.Authenticator;
import cn.gongkai.api.application.SessionService;
import cn.gongkai.api.application.SignInGuard;
import cn.gongkai.api.interfaces.rest.problem.Problem;
import cn.gongkai.domain.model.user.Actor;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The API is never open. A request signs in with HTTP Basic (scripts, curl) or carries the session
 * cookie of the admin console; a cookie-signed request that changes something must also send the
 * {@value #CSRF_HEADER} header, which another site cannot make a browser send. Repeated wrong
 * passwords lock the username and the address out for a while (429).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthenticationFilter implements ContainerRequestFilter {
  public static final String SESSION_COOKIE = "gongkai_session";
  public static final String CSRF_HEADER = "X-Gongkai-Csrf";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject Authenticator authenticator;
  @Inject SessionService sessions;
  @Inject SignInGuard guard;
  @Context HttpServletRequest http;

  @Override
  public void filter(ContainerRequestContext request) {
    if (isSignIn(request)) {
      return; // POST /api/session checks the password itself.
    }
    Optional<String[]> basic = credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    if (basic.isPresent()) {
      basicAuth(request, basic.get()[0], basic.get()[1]);
      return;
    }
    Cookie cookie = request.getCookies().get(SESSION_COOKIE);
    Optional<Actor> actor = cookie == null ? Optional.empty() : sessions.resolve(cookie.getValue());
    if (actor.isEmpty()) {
      request.abortWith(
          unauthorized(
              "Sign in with your Gongkai username and password (HTTP Basic or POST /api/session)."));
      return;
    }
    if (!SAFE_METHODS.contains(request.getMethod())
        && request.getHeaderString(CSRF_HEADER) == null) {
      request.abortWith(
          Problem.of(
                  Response.Status.FORBIDDEN,
                  "csrf",
                  "A change made with the session cookie must carry the "
                      + CSRF_HEADER
                      + " header.")
              .toResponse());
      return;
    }
    signIn(request, actor.get());
  }

  private void basicAuth(ContainerRequestContext request, String username, String password) {
    String address = address();
    Optional<Duration> wait = guard.lockedOut(username, address);
    if (wait.isPresent()) {
      request.abortWith(locked(wait.get()));
      return;
    }
    Optional<Actor> actor = authenticator.authenticate(username, password);
    if (actor.isEmpty()) {
      guard.failed(username, address);
      request.abortWith(challenge(request, "The username or password is wrong."));
      return;
    }
    guard.succeeded(username);
    signIn(request, actor.get());
  }

  private static void signIn(ContainerRequestContext request, Actor actor) {
    boolean secure = request.getSecurityContext().isSecure();
    request.setSecurityContext(new ActorSecurityContext(new ActorPrincipal(actor), secure));
  }

  static boolean isSignIn(ContainerRequestContext request) {
    return "POST".equals(request.getMethod())
        && "session".equals(trimmed(request.getUriInfo().getPath()));
  }

  private String address() {
    return http == null ? "unknown" : http.getRemoteAddr();
  }

  /**
   * A 401 for scripts carries the Basic challenge; the admin console says it is a script page
   * ({@code X-Requested-With: XMLHttpRequest}) and gets none, because a browser would answer the
   * challenge with its own password dialog in front of the console's sign-in form.
   */
  private static Response challenge(ContainerRequestContext request, String detail) {
    if ("XMLHttpRequest".equalsIgnoreCase(request.getHeaderString("X-Requested-With"))) {
      return Problem.of(Response.Status.UNAUTHORIZED, "unauthorized", detail).toResponse();
    }
    return unauthorized(detail);
  }

  public static Response unauthorized(String detail) {
    return Response.fromResponse(
            Problem.of(Response.Status.UNAUTHORIZED, "unauthorized", detail).toResponse())
        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"gongkai\", charset=\"UTF-8\"")
        .build();
  }

  public static Response locked(Duration wait) {
    long seconds = Math.max(1, wait.toSeconds());
    return Response.fromResponse(
            Problem.of(
                    429,
                    "Too Many Requests",
                    "too-many-attempts",
                    "Too many wrong passwords. Try again in "
                        + ((seconds + 59) / 60)
                        + " minute(s).")
                .toResponse())
        .header("Retry-After", seconds)
        .build();
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

  private static String trimmed(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
