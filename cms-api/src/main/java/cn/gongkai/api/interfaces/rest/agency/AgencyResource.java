package cn.gongkai.api.interfaces.rest.agency;

import static cn.gongkai.api.interfaces.rest.security.Callers.actor;

import cn.gongkai.api.application.AgencyService;
import cn.gongkai.api.application.AgencyService.NewAgency;
import cn.gongkai.api.interfaces.rest.Bodies;
import cn.gongkai.api.interfaces.rest.ListView;
import cn.gongkai.domain.model.agency.Agency;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/** Issuing bodies (发布机构) and their departments. */
@Path("agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgencyResource {
  @Inject AgencyService service;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @GET
  public ListView<AgencyView> list() {
    var all = service.all().stream().map(AgencyView::of).toList();
    return new ListView<>(all, all.size());
  }

  @POST
  public Response register(@Valid AgencyRequest body) {
    AgencyRequest r = Bodies.require(body, "the agency");
    Agency a =
        service.register(
            new NewAgency(r.slug, r.orgCode, r.name, r.ruleSet, r.indexPattern), actor(security));
    return Response.created(uri.getAbsolutePathBuilder().path(a.id().toString()).build())
        .entity(AgencyView.of(a))
        .build();
  }

  @GET
  @Path("{id}")
  public AgencyView get(@PathParam("id") long id) {
    return AgencyView.of(service.find(id));
  }

  @GET
  @Path("{id}/departments")
  public ListView<DepartmentView> departments(@PathParam("id") long id) {
    var all = service.departments(id).stream().map(DepartmentView::of).toList();
    return new ListView<>(all, all.size());
  }

  @POST
  @Path("{id}/departments")
  public Response addDepartment(@PathParam("id") long id, DepartmentView.Request r) {
    var d = service.addDepartment(id, Bodies.require(r, "the department").name(), actor(security));
    return Response.status(Response.Status.CREATED).entity(DepartmentView.of(d)).build();
  }
}
