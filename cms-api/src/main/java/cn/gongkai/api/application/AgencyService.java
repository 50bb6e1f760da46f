package cn.gongkai.api.application;

import cn.gongkai.domain.indexnumber.IndexNumberPattern;
import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.InvalidInput.FieldError;
import cn.gongkai.domain.model.NotFoundException;
import cn.gongkai.domain.model.PermissionDenied;
import cn.gongkai.domain.model.agency.Agency;
import cn.gongkai.domain.model.agency.AgencyRepository;
import cn.gongkai.domain.model.agency.Department;
import cn.gongkai.domain.model.agency.OrgCode;
import cn.gongkai.domain.model.catalogue.Catalogue;
import cn.gongkai.domain.model.catalogue.CatalogueKind;
import cn.gongkai.domain.model.catalogue.CatalogueRepository;
import cn.gongkai.domain.model.publishing.PublishJob;
import cn.gongkai.domain.model.publishing.PublishJobKind;
import cn.gongkai.domain.model.publishing.PublishJobRepository;
import cn.gongkai.domain.model.user.Actor;
import cn.gongkai.domain.model.user.Role;
import cn.gongkai.domain.rules.RuleSets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Registers issuing bodies; each starts with the four standard columns. */
@ApplicationScoped
@Transactional
public class AgencyService {
  /** The most common national form: org code / year - five-digit sequence. */
  public static final String DEFAULT_INDEX_PATTERN = "{org}/{yyyy}-{seq:5}";

  @Inject AgencyRepository agencies;
  @Inject CatalogueRepository catalogues;
  @Inject RuleSets ruleSets;
  @Inject PublishJobRepository jobs;
  @Inject Event<JobQueued> queued;
  @Inject Clock clock;

  /** What an administrator sends to register an agency. */
  public record NewAgency(
      String slug, String orgCode, String name, String ruleSet, String indexPattern) {}

  public Agency register(NewAgency in, Actor actor) {
    requireAdmin(actor);
    String ruleSet = in.ruleSet() == null ? ruleSets.defaultRuleSet().id() : in.ruleSet();
    String pattern = in.indexPattern() == null ? DEFAULT_INDEX_PATTERN : in.indexPattern();
    List<FieldError> errors = new ArrayList<>();
    if (in.slug() == null || !Agency.SLUG.matcher(in.slug()).matches()) {
      errors.add(
          new FieldError(
              "slug", "The slug is 2 to 40 lower-case letters, digits or hyphens, e.g. mengnuo."));
    } else if (agencies.findBySlug(in.slug()).isPresent()) {
      errors.add(new FieldError("slug", "Another agency already uses the slug " + in.slug() + "."));
    }
    if (!OrgCode.isValid(in.orgCode())) {
      errors.add(
          new FieldError(
              "orgCode", "The organisation code is 6 to 20 capital letters, digits or hyphens."));
    } else if (agencies.findByOrgCode(new OrgCode(in.orgCode())).isPresent()) {
      errors.add(new FieldError("orgCode", "Another agency already has this organisation code."));
    }
    if (in.name() == null || in.name().isBlank()) {
      errors.add(new FieldError("name", "The agency's full name is required."));
    }
    if (ruleSets.find(ruleSet).isEmpty()) {
      errors.add(
          new FieldError(
              "ruleSet",
              "Unknown rule set "
                  + ruleSet
                  + "; available: "
                  + ruleSets.all().stream().map(r -> r.id()).toList()));
    }
    try {
      IndexNumberPattern.parse(pattern);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("indexPattern", e.getMessage()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Agency agency =
        agencies.add(
            new Agency(
                in.slug(),
                new OrgCode(in.orgCode()),
                in.name().strip(),
                ruleSet,
                pattern,
                OffsetDateTime.now(clock)));
    Arrays.stream(CatalogueKind.values())
        .filter(CatalogueKind::standard)
        .forEach(kind -> catalogues.add(Catalogue.standard(agency.id(), kind)));
    jobs.add(
        PublishJob.forAgency(
            PublishJobKind.CATALOGUE, agency.id(), actor.username(), OffsetDateTime.now(clock)));
    queued.fire(new JobQueued());
    return agency;
  }

  public Department addDepartment(long agencyId, String name, Actor actor) {
    requireAdmin(actor);
    find(agencyId);
    if (name == null || name.isBlank()) {
      throw new InvalidInput("name", "The department's name is required.");
    }
    if (agencies.departments(agencyId).stream().anyMatch(d -> d.name().equals(name.strip()))) {
      throw new InvalidInput("name", "The agency already has a department called " + name + ".");
    }
    return agencies.addDepartment(new Department(agencyId, name.strip()));
  }

  public Agency find(long id) {
    return agencies.find(id).orElseThrow(() -> new NotFoundException("Agency", id));
  }

  public List<Agency> all() {
    return agencies.findAll();
  }

  public List<Department> departments(long agencyId) {
    find(agencyId);
    return agencies.departments(agencyId);
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new PermissionDenied("Only an administrator can register agencies and departments.");
    }
  }
}
