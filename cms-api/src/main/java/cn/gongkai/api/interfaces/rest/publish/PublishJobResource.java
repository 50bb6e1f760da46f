package cn.gongkai.api.interfaces.rest.publish;

import static cn.gongkai.api.interfaces.rest.security.Callers.actor;

import cn.gongkai.api.application.PublishJobQueries;
import cn.gongkai.api.interfaces.rest.ListView;
import cn.gongkai.api.interfaces.rest.Paging;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The publish jobs, newest first. */
@Path("publish/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class PublishJobResource {
  @Inject PublishJobQueries queries;
  @Inject cn.gongkai.api.application.publishing.RebuildService rebuild;
  @Context SecurityContext security;

  @GET
  public ListView<PublishJobView> list(
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    Paging paging = Paging.of(page, size);
    var found = queries.recent(paging.offset(), paging.size(), actor(security));
    return new ListView<>(found.items().stream().map(PublishJobView::of).toList(), found.total());
  }

  /** Queues a full rebuild; answers with the job to follow. */
  @POST
  @Path("rebuild")
  public Response rebuild() {
    var job = rebuild.queue(actor(security));
    return Response.accepted(PublishJobView.of(job)).build();
  }

  @GET
  @Path("{id}")
  public PublishJobView get(@PathParam("id") long id) {
    return PublishJobView.of(queries.find(id, actor(security)));
  }
}
