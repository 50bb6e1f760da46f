package cn.gongkai.api.interfaces.rest.item;

import static cn.gongkai.api.interfaces.rest.security.Callers.actor;

import cn.gongkai.api.application.AttachmentService;
import cn.gongkai.api.application.ItemQueries;
import cn.gongkai.api.interfaces.rest.ListView;
import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.item.Attachment;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item's attachments. Upload the raw bytes as the request body with the file's name in {@code
 * ?name=} (or a Content-Disposition header); the type is judged from the bytes.
 */
@Path("items/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentResource {
  private static final Pattern FILENAME_STAR =
      Pattern.compile("filename\\*=UTF-8''([^;]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]+)\"");

  @Inject AttachmentService attachments;
  @Inject ItemQueries queries;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @PathParam("id")
  long itemId;

  @GET
  public ListView<AttachmentView> list() {
    var all =
        queries.attachments(itemId, actor(security)).stream().map(AttachmentView::of).toList();
    return new ListView<>(all, all.size());
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      @QueryParam("name") String name,
      @HeaderParam("Content-Disposition") String disposition,
      InputStream body) {
    String fileName = name != null ? name : fileName(disposition);
    if (fileName == null || fileName.isBlank()) {
      throw new InvalidInput("name", "Give the file's name in ?name= (e.g. ?name=年度报告.pdf).");
    }
    Attachment a = attachments.upload(itemId, fileName, body, actor(security));
    return Response.created(uri.getAbsolutePathBuilder().path(a.id().toString()).build())
        .entity(AttachmentView.of(a))
        .build();
  }

  @GET
  @Path("{attachmentId}")
  public AttachmentView get(@PathParam("attachmentId") long attachmentId) {
    return AttachmentView.of(attachments.find(itemId, attachmentId, actor(security)));
  }

  @GET
  @Path("{attachmentId}/content")
  @Produces(MediaType.WILDCARD)
  public Response content(@PathParam("attachmentId") long attachmentId) {
    Attachment a = attachments.find(itemId, attachmentId, actor(security));
    String encoded = URLEncoder.encode(a.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(attachments.content(a), a.mediaType())
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @DELETE
  @Path("{attachmentId}")
  public Response remove(@PathParam("attachmentId") long attachmentId) {
    attachments.remove(itemId, attachmentId, actor(security));
    return Response.noContent().build();
  }

  static String fileName(String disposition) {
    if (disposition == null) {
      return null;
    }
    Matcher star = FILENAME_STAR.matcher(disposition);
    if (star.find()) {
      return URLDecoder.decode(star.group(1), StandardCharsets.UTF_8);
    }
    Matcher plain = FILENAME.matcher(disposition);
    return plain.find() ? plain.group(1) : null;
  }
}
