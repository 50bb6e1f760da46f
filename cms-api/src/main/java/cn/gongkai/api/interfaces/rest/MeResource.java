package cn.gongkai.api.interfaces.rest;

import static cn.gongkai.api.interfaces.rest.security.Callers.actor;

import cn.gongkai.domain.model.user.Actor;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** Who the caller is, as the server sees it: the admin console shows what the caller may do. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
  @Context SecurityContext security;

  /** The signed-in user. */
  public record MeView(
      String username, List<String> roles, Integer reviewLevel, Long agencyId, Long departmentId) {}

  @GET
  public MeView me() {
    Actor a = actor(security);
    return new MeView(
        a.username(),
        a.roles().stream().map(Enum::name).sorted().toList(),
        a.reviewLevel(),
        a.agencyId(),
        a.departmentId());
  }
}
