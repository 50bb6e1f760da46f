package cn.gongkai.api.interfaces.rest.item;

import static cn.gongkai.api.interfaces.rest.security.Callers.actor;

import cn.gongkai.api.application.ItemInput;
import cn.gongkai.api.application.ItemQueries;
import cn.gongkai.api.application.ItemService;
import cn.gongkai.api.application.ReviewInput;
import cn.gongkai.api.interfaces.rest.Bodies;
import cn.gongkai.api.interfaces.rest.problem.Problem;
import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.item.DisclosureItem;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** One item: reading, editing (with If-Match), and its way through review. */
@Path("items/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemDocumentResource {
  @Inject ItemService service;
  @Inject ItemQueries queries;
  @Inject ItemViews views;
  @Context SecurityContext security;

  @PathParam("id")
  long id;

  @GET
  public Response get() {
    return withTag(queries.find(id, actor(security)));
  }

  @PUT
  public Response update(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ItemRequest request) {
    long expected = expectedVersion(ifMatch);
    ItemInput input = Bodies.require(request, "the item").toInput();
    return withTag(service.update(id, expected, input, actor(security)));
  }

  @POST
  @Path("submit")
  public Response submit(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Long expected = ifMatch == null ? null : expectedVersion(ifMatch);
    return withTag(service.submit(id, expected, actor(security)));
  }

  @POST
  @Path("reviews")
  public Response review(@Valid ReviewRequest request) {
    ReviewInput input = Bodies.require(request, "the decision").toInput();
    return withTag(service.review(id, input, actor(security)));
  }

  /** The one-call fix for personal data found at submit: masks every number in the working copy. */
  @POST
  @Path("mask-personal-data")
  public Response mask(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return withTag(service.maskPersonalData(id, expectedVersion(ifMatch), actor(security)));
  }

  @POST
  @Path("withdraw")
  public Response withdraw(@Valid WithdrawRequest request) {
    String reason = Bodies.require(request, "the reason").reason;
    return withTag(service.withdraw(id, reason, actor(security)));
  }

  @GET
  @Path("history")
  public HistoryView history() {
    return HistoryView.of(queries.history(id, actor(security)));
  }

  private Response withTag(DisclosureItem item) {
    return Response.ok(views.of(item)).tag(new EntityTag(Long.toString(item.version()))).build();
  }

  /** If-Match carries the version from the item's ETag, quoted or not. */
  static long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new WebApplicationException(
          Problem.of(
                  428,
                  "Precondition Required",
                  "precondition-required",
                  "Send the version you edited in an If-Match header (the ETag of GET"
                      + " /api/items/{id}), so a concurrent change is never overwritten.")
              .toResponse());
    }
    String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new InvalidInput("If-Match", "If-Match must carry the item's version, e.g. \"3\".");
    }
  }
}
