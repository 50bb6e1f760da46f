package cn.gongkai.api.interfaces.rest.item;

import static cn.gongkai.api.interfaces.rest.security.Callers.actor;

import cn.gongkai.api.application.ItemQueries;
import cn.gongkai.api.application.ItemService;
import cn.gongkai.api.interfaces.rest.Bodies;
import cn.gongkai.api.interfaces.rest.ListView;
import cn.gongkai.api.interfaces.rest.Paging;
import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.item.DisclosureItem;
import cn.gongkai.domain.model.item.ItemFilter;
import cn.gongkai.domain.model.item.ItemState;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/** Creating and listing disclosure items. */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemResource {
  @Inject ItemService service;
  @Inject ItemQueries queries;
  @Inject ItemViews views;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @POST
  public Response create(@Valid ItemRequest body) {
    ItemRequest request = Bodies.require(body, "the item");
    if (request.agencyId == null) {
      throw new InvalidInput("agencyId", "Name the agency (发布机构) the item belongs to.");
    }
    DisclosureItem item = service.create(request.agencyId, request.toInput(), actor(security));
    return Response.created(uri.getAbsolutePathBuilder().path(item.id().toString()).build())
        .tag(new EntityTag(Long.toString(item.version())))
        .entity(views.of(item))
        .build();
  }

  @GET
  public ListView<ItemView> list(
      @QueryParam("state") String state,
      @QueryParam("agency") Long agency,
      @QueryParam("catalogue") Long catalogue,
      @QueryParam("q") String q,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    var parser = new FieldParser();
    ItemState wanted = parser.choice("state", state, ItemState.class);
    parser.done();
    Paging paging = Paging.of(page, size);
    var filter = new ItemFilter(wanted, agency, catalogue, null, null);
    var found = queries.list(filter, q, paging.offset(), paging.size(), actor(security));
    return new ListView<>(found.items().stream().map(views::of).toList(), found.total());
  }
}
