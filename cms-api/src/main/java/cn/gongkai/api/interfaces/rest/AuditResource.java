package cn.gongkai.api.interfaces.rest;

import static cn.gongkai.api.interfaces.rest.security.Callers.actor;

import cn.gongkai.api.application.audit.AuditQueries;
import cn.gongkai.api.application.audit.AuditQueries.Filter;
import cn.gongkai.api.application.audit.AuditQueries.Verification;
import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.audit.AuditEntry;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The audit log for auditors: search, a verifiable export, and a check of the chain. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  @Inject AuditQueries queries;
  @Context SecurityContext security;

  /** One audit entry. */
  public record EntryView(
      long id,
      OffsetDateTime at,
      String actor,
      String action,
      String targetType,
      String targetId,
      String remoteAddress,
      String outcome,
      String detail,
      String beforeHash,
      String afterHash,
      String previousHash,
      String entryHash) {
    static EntryView of(AuditEntry e) {
      return new EntryView(
          e.id(),
          e.at(),
          e.actor(),
          e.action(),
          e.targetType(),
          e.targetId(),
          e.remoteAddress(),
          e.outcome(),
          e.detail(),
          e.beforeHash(),
          e.afterHash(),
          e.previousHash(),
          e.entryHash());
    }
  }

  @GET
  public ListView<EntryView> find(
      @QueryParam("actor") String actor,
      @QueryParam("targetType") String targetType,
      @QueryParam("targetId") String targetId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Paging paging = Paging.of(page, size);
    var found =
        queries.find(
            new Filter(actor, targetType, targetId, time("from", from), time("to", to)),
            paging.offset(),
            paging.size(),
            actor(security));
    return new ListView<>(found.items().stream().map(EntryView::of).toList(), found.total());
  }

  /** Every entry, oldest first, one JSON object a line (JSON Lines), hashes included. */
  @GET
  @Path("export")
  @Produces("application/x-ndjson")
  public Response export() {
    var actor = actor(security);
    StreamingOutput body =
        out -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          queries.export(
              e -> {
                try {
                  w.write(line(e));
                  w.write('\n');
                } catch (java.io.IOException io) {
                  throw new java.io.UncheckedIOException(io);
                }
              },
              actor);
          w.flush();
        };
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"gongkai-audit.ndjson\"")
        .build();
  }

  @GET
  @Path("verify")
  public Verification verify() {
    return queries.verify(actor(security));
  }

  private static String line(AuditEntry e) {
    JsonObjectBuilder o = Json.createObjectBuilder().add("id", e.id()).add("at", e.at().toString());
    add(o, "actor", e.actor());
    add(o, "action", e.action());
    add(o, "targetType", e.targetType());
    add(o, "targetId", e.targetId());
    add(o, "remoteAddress", e.remoteAddress());
    add(o, "outcome", e.outcome());
    add(o, "detail", e.detail());
    add(o, "beforeHash", e.beforeHash());
    add(o, "afterHash", e.afterHash());
    add(o, "previousHash", e.previousHash());
    add(o, "entryHash", e.entryHash());
    return o.build().toString();
  }

  private static void add(JsonObjectBuilder o, String name, String value) {
    if (value != null) {
      o.add(name, value);
    }
  }

  private static OffsetDateTime time(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "Write the time as ISO 8601, e.g. 2026-11-22T00:00:00+08:00.");
    }
  }
}
