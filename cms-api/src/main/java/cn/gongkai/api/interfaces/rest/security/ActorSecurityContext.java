package cn.gongkai.api.interfaces.rest.security;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The signed-in actor as JAX-RS's SecurityContext. */
record ActorSecurityContext(ActorPrincipal principal, boolean secure) implements SecurityContext {
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
