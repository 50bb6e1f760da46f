package cn.gongkai.api.interfaces.rest.agency;

import static cn.gongkai.api.interfaces.rest.security.Callers.actor;

import cn.gongkai.api.application.CatalogueService;
import cn.gongkai.api.application.CatalogueService.NewCatalogue;
import cn.gongkai.api.interfaces.rest.Bodies;
import cn.gongkai.api.interfaces.rest.ListView;
import cn.gongkai.api.interfaces.rest.item.FieldParser;
import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.catalogue.Catalogue;
import cn.gongkai.domain.model.catalogue.ColumnType;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Catalogue trees (公开目录). */
@Path("catalogues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogueResource {
  @Inject CatalogueService service;
  @Context SecurityContext security;

  @GET
  public ListView<CatalogueView> tree(@QueryParam("agency") Long agency) {
    var all = service.tree(agency).stream().map(CatalogueView::of).toList();
    return new ListView<>(all, all.size());
  }

  @POST
  public Response add(CatalogueView.Request body) {
    CatalogueView.Request r = Bodies.require(body, "the catalogue");
    if (r.agencyId() == null) {
      throw new InvalidInput("agencyId", "Name the agency the catalogue belongs to.");
    }
    FieldParser p = new FieldParser();
    ColumnType type = p.choice("columnType", r.columnType(), ColumnType.class);
    p.done();
    Catalogue c =
        service.add(
            new NewCatalogue(r.agencyId(), r.parentId(), r.code(), r.name(), type, r.position()),
            actor(security));
    return Response.status(Response.Status.CREATED).entity(CatalogueView.of(c)).build();
  }
}
