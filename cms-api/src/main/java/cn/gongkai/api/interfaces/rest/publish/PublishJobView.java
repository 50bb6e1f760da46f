package cn.gongkai.api.interfaces.rest.publish;

import cn.gongkai.domain.model.publishing.PublishJob;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.time.OffsetDateTime;

/** A publish job: what it publishes, where it stands, and what it wrote and found. */
public record PublishJobView(
    long id,
    String kind,
    Long agencyId,
    Long itemId,
    Integer revision,
    String state,
    int attempts,
    String requestedBy,
    OffsetDateTime createdAt,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    OffsetDateTime nextAttemptAt,
    String releaseId,
    Integer pagesWritten,
    Long durationMillis,
    @JsonbTypeSerializer(RawJsonSerializer.class) String findings,
    String error) {

  public static PublishJobView of(PublishJob j) {
    return new PublishJobView(
        j.id(),
        j.kind().name(),
        j.agencyId(),
        j.itemId(),
        j.revisionNo(),
        j.state().name(),
        j.attempts(),
        j.requestedBy(),
        j.createdAt(),
        j.startedAt(),
        j.finishedAt(),
        j.nextAttemptAt(),
        j.releaseId(),
        j.pagesWritten(),
        j.durationMillis(),
        j.findings(),
        j.error());
  }
}
