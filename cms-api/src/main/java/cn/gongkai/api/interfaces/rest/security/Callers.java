package cn.gongkai.api.interfaces.rest.security;

import cn.gongkai.domain.model.user.Actor;
import jakarta.ws.rs.core.SecurityContext;

/** The actor behind a request; the authentication filter guarantees there is one. */
public final class Callers {
  private Callers() {}

  public static Actor actor(SecurityContext context) {
    return ((ActorPrincipal) context.getUserPrincipal()).actor();
  }
}
