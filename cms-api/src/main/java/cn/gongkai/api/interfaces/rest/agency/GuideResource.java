package cn.gongkai.api.interfaces.rest.agency;

import static cn.gongkai.api.interfaces.rest.security.Callers.actor;

import cn.gongkai.api.application.GuideService;
import cn.gongkai.api.interfaces.rest.Bodies;
import cn.gongkai.api.interfaces.rest.ListView;
import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.guide.DisclosureGuide;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** An agency's disclosure guide: the current version, its history, and a new version by PUT. */
@Path("agencies/{id}/guide")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GuideResource {
  @Inject GuideService service;
  @Context SecurityContext security;

  @PathParam("id")
  long agencyId;

  @GET
  public Response current() {
    return tagged(service.current(agencyId));
  }

  @GET
  @Path("versions")
  public ListView<GuideView> versions() {
    var all = service.versions(agencyId).stream().map(GuideView::of).toList();
    return new ListView<>(all, all.size());
  }

  @PUT
  public Response revise(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, GuideView.Request request) {
    Bodies.require(request, "the guide");
    Integer expected = null;
    if (ifMatch != null && !ifMatch.isBlank()) {
      try {
        expected = Integer.parseInt(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
      } catch (NumberFormatException e) {
        throw new InvalidInput("If-Match", "If-Match must carry the guide's version, e.g. \"2\".");
      }
    }
    return tagged(service.revise(agencyId, expected, request.toInput(), actor(security)));
  }

  private static Response tagged(DisclosureGuide g) {
    return Response.ok(GuideView.of(g)).tag(new EntityTag(Integer.toString(g.versionNo()))).build();
  }
}
