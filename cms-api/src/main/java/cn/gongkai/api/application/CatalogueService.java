package cn.gongkai.api.application;

import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.InvalidInput.FieldError;
import cn.gongkai.domain.model.PermissionDenied;
import cn.gongkai.domain.model.catalogue.Catalogue;
import cn.gongkai.domain.model.catalogue.CatalogueKind;
import cn.gongkai.domain.model.catalogue.CatalogueRepository;
import cn.gongkai.domain.model.catalogue.ColumnType;
import cn.gongkai.domain.model.publishing.PublishJob;
import cn.gongkai.domain.model.publishing.PublishJobKind;
import cn.gongkai.domain.model.publishing.PublishJobRepository;
import cn.gongkai.domain.model.user.Actor;
import cn.gongkai.domain.model.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Keeps an agency's catalogue tree; the disclosure office adds its own categories. */
@ApplicationScoped
@Transactional
public class CatalogueService {
  @Inject CatalogueRepository catalogues;
  @Inject AgencyService agencies;
  @Inject PublishJobRepository jobs;
  @Inject Event<JobQueued> queued;
  @Inject Clock clock;

  /** A new category under a parent (by default under 法定主动公开内容). */
  public record NewCatalogue(
      long agencyId,
      Long parentId,
      String code,
      String name,
      ColumnType columnType,
      Integer position) {}

  public Catalogue add(NewCatalogue in, Actor actor) {
    if (!(actor.has(Role.OFFICE) || actor.has(Role.ADMIN)) || !actor.inAgency(in.agencyId())) {
      throw new PermissionDenied("Only the agency's disclosure office can change its catalogue.");
    }
    agencies.find(in.agencyId());
    List<FieldError> errors = new ArrayList<>();
    Long parent = in.parentId();
    if (parent == null) {
      parent =
          catalogues
              .findByCode(in.agencyId(), CatalogueKind.STATUTORY.standardCode())
              .map(Catalogue::id)
              .orElse(null);
    } else if (catalogues.find(parent).filter(c -> c.agencyId() == in.agencyId()).isEmpty()) {
      errors.add(new FieldError("parentId", "The parent is not one of this agency's catalogues."));
    } else if (catalogues.find(parent).orElseThrow().kind() == CatalogueKind.GUIDE) {
      errors.add(new FieldError("parentId", "The guide column has no sub-catalogues."));
    }
    if (in.code() == null || !Catalogue.CODE.matcher(in.code()).matches()) {
      errors.add(
          new FieldError(
              "code",
              "The code is its part of the public URL: 1 to 40 lower-case letters, digits or"
                  + " hyphens, e.g. tzgg."));
    } else if (catalogues.findByCode(in.agencyId(), in.code()).isPresent()) {
      errors.add(
          new FieldError(
              "code", "The agency already has a catalogue with code " + in.code() + "."));
    }
    if (in.name() == null || in.name().isBlank()) {
      errors.add(new FieldError("name", "The catalogue's name is required."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Catalogue added =
        catalogues.add(
            new Catalogue(
                in.agencyId(),
                parent,
                in.code(),
                in.name().strip(),
                CatalogueKind.CUSTOM,
                in.columnType() == null ? ColumnType.NOTICE : in.columnType(),
                in.position() == null ? 100 : in.position()));
    jobs.add(
        PublishJob.forAgency(
            PublishJobKind.CATALOGUE, in.agencyId(), actor.username(), OffsetDateTime.now(clock)));
    queued.fire(new JobQueued());
    return added;
  }

  public List<Catalogue> tree(Long agencyId) {
    if (agencyId == null) {
      return catalogues.findAll();
    }
    agencies.find(agencyId);
    return catalogues.tree(agencyId);
  }
}
