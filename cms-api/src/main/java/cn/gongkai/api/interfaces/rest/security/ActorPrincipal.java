package cn.gongkai.api.interfaces.rest.security;

import cn.gongkai.domain.model.user.Actor;
import java.security.Principal;

/** The signed-in user as JAX-RS sees it. */
public record ActorPrincipal(Actor actor) implements Principal {
  @Override
  public String getName() {
    return actor.username();
  }
}
