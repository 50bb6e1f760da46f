package cn.gongkai.api.interfaces.rest.publish;

import static cn.gongkai.api.interfaces.rest.security.Callers.actor;

import cn.gongkai.api.application.publishing.ReleaseService;
import cn.gongkai.api.interfaces.rest.ListView;
import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.release.ReleaseId;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.Optional;

/** Releases of the public site and the deploy targets that serve them. */
@Path("publish")
@Produces(MediaType.APPLICATION_JSON)
public class ReleaseResource {
  @Inject ReleaseService releases;
  @Context SecurityContext security;

  /** One release: what it holds and what it changed. */
  public record ReleaseView(
      String id,
      String parent,
      Instant createdAt,
      long files,
      long written,
      long reused,
      long deleted,
      boolean live,
      String note) {
    static ReleaseView of(Release r, Optional<ReleaseId> live) {
      return new ReleaseView(
          r.id().value(),
          r.parent().map(ReleaseId::value).orElse(null),
          r.createdAt(),
          r.fileCount(),
          r.counts().written(),
          r.counts().reused(),
          r.counts().deleted(),
          live.map(l -> l.equals(r.id())).orElse(false),
          r.note());
    }
  }

  /** A deploy target: the release it serves and its last result. */
  public record TargetView(
      String name,
      String live,
      String unreachable,
      String lastStep,
      Boolean lastSucceeded,
      String lastDetail,
      Instant lastAt) {}

  @GET
  @Path("releases")
  public ListView<ReleaseView> releases() {
    Optional<ReleaseId> live = releases.live().map(Release::id);
    var all = releases.history().stream().map(r -> ReleaseView.of(r, live)).toList();
    return new ListView<>(all, all.size());
  }

  @POST
  @Path("releases/rollback")
  public ReleaseView rollback() {
    releases.rollback(actor(security));
    Release live = releases.live().orElseThrow();
    return ReleaseView.of(live, Optional.of(live.id()));
  }

  @GET
  @Path("targets")
  public ListView<TargetView> targets() {
    var all =
        releases.targets().stream()
            .map(
                t ->
                    new TargetView(
                        t.target(),
                        t.live().map(ReleaseId::value).orElse(null),
                        t.unreachable().orElse(null),
                        t.lastOutcome().map(o -> o.step().name()).orElse(null),
                        t.lastOutcome().map(o -> o.succeeded()).orElse(null),
                        t.lastOutcome().map(o -> o.detail()).orElse(null),
                        t.lastOutcome().map(o -> o.at()).orElse(null)))
            .toList();
    return new ListView<>(all, all.size());
  }
}
