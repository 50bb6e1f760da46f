package cn.gongkai.api.interfaces.rest;

import cn.gongkai.api.application.SessionService;
import cn.gongkai.api.application.SignInGuard;
import cn.gongkai.api.interfaces.rest.security.BasicAuthenticationFilter;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Signing in to the admin console: a session cookie (HttpOnly, SameSite=Strict, path /api). */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
  @Inject SessionService sessions;
  @Inject SignInGuard guard;
  @Context HttpServletRequest http;

  /** The username and password, sent once. */
  public static class SignIn {
    public String username;
    public String password;
  }

  /** Who signed in, and the header every change must carry. */
  public record Signed(String username, List<String> roles, String csrfHeader) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response signIn(SignIn body) {
    SignIn in = Bodies.require(body, "your username and password");
    if (in.username == null || in.password == null) {
      throw new cn.gongkai.domain.model.InvalidInput(
          "username", "Send both username and password.");
    }
    String address = http.getRemoteAddr();
    Optional<Duration> wait = guard.lockedOut(in.username, address);
    if (wait.isPresent()) {
      return locked(wait.get());
    }
    var opened = sessions.signIn(in.username, in.password, address);
    if (opened.isEmpty()) {
      guard.failed(in.username, address);
      return unauthorized();
    }
    guard.succeeded(in.username);
    NewCookie cookie =
        new NewCookie.Builder(BasicAuthenticationFilter.SESSION_COOKIE)
            .value(opened.get().token())
            .path("/")
            .httpOnly(true)
            .secure(http.isSecure())
            .sameSite(NewCookie.SameSite.STRICT)
            .maxAge((int) cn.gongkai.domain.model.user.UserSession.ABSOLUTE.toSeconds())
            .build();
    var actor = opened.get().actor();
    return Response.status(Response.Status.CREATED)
        .cookie(cookie)
        .entity(
            new Signed(
                actor.username(),
                actor.roles().stream().map(Enum::name).sorted().toList(),
                BasicAuthenticationFilter.CSRF_HEADER))
        .build();
  }

  @DELETE
  public Response signOut(@CookieParam(BasicAuthenticationFilter.SESSION_COOKIE) String token) {
    if (token != null) {
      sessions.signOut(token);
    }
    NewCookie expired =
        new NewCookie.Builder(BasicAuthenticationFilter.SESSION_COOKIE)
            .value("")
            .path("/")
            .maxAge(0)
            .httpOnly(true)
            .build();
    return Response.noContent().cookie(expired).build();
  }

  /** No Basic challenge here: this is the console's own sign-in, not a browser's dialog. */
  private static Response unauthorized() {
    return cn.gongkai.api.interfaces.rest.problem.Problem.of(
            Response.Status.UNAUTHORIZED, "unauthorized", "The username or password is wrong.")
        .toResponse();
  }

  private static Response locked(Duration wait) {
    return BasicAuthenticationFilter.locked(wait);
  }
}
