package cn.gongkai.api.application.demo;

import cn.gongkai.api.application.AgencyService;
import cn.gongkai.api.application.AgencyService.NewAgency;
import cn.gongkai.api.application.CatalogueService;
import cn.gongkai.api.application.CatalogueService.NewCatalogue;
import cn.gongkai.api.application.GuideService;
import cn.gongkai.api.application.GuideService.GuideInput;
import cn.gongkai.api.application.ItemInput;
import cn.gongkai.api.application.ItemService;
import cn.gongkai.api.application.ReviewInput;
import cn.gongkai.api.application.demo.DemoManifest.AgencySeed;
import cn.gongkai.api.application.demo.DemoManifest.GuideSeed;
import cn.gongkai.api.application.demo.DemoManifest.ItemSeed;
import cn.gongkai.domain.model.agency.Agency;
import cn.gongkai.domain.model.agency.AgencyRepository;
import cn.gongkai.domain.model.catalogue.CatalogueRepository;
import cn.gongkai.domain.model.catalogue.ColumnType;
import cn.gongkai.domain.model.item.ConfidentialityConclusion;
import cn.gongkai.domain.model.item.Disclosure;
import cn.gongkai.domain.model.item.DisclosureItem;
import cn.gongkai.domain.model.item.ReviewDecision;
import cn.gongkai.domain.model.user.Actor;
import cn.gongkai.domain.model.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Loads the customer's five seed documents as real content: their agencies with catalogues and
 * guides, and each document as an item that goes through the same draft, submit and three-level
 * review as any other, signed by import accounts of its agency. Runs only into an empty database.
 */
@ApplicationScoped
public class DemoContent {
  private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
  private static final String BASE = "/cn/gongkai/api/demo/";

  @Inject AgencyService agencyService;
  @Inject CatalogueService catalogueService;
  @Inject GuideService guideService;
  @Inject ItemService itemService;
  @Inject AgencyRepository agencies;
  @Inject CatalogueRepository catalogues;
  @Inject DemoUsers demoUsers;

  /**
   * Loads everything in one transaction: a failure leaves the database empty, as it was. The
   * request context is activated because the use cases record their audit target in it.
   */
  @Transactional
  @jakarta.enterprise.context.control.ActivateRequestContext
  public void loadIntoEmptyDatabase() {
    if (!agencies.findAll().isEmpty()) {
      return;
    }
    DemoManifest manifest = manifest();
    Actor admin = new Actor("system", Set.of(Role.ADMIN), null, null, null);
    for (AgencySeed seed : manifest.agencies()) {
      register(seed, admin);
    }
    demoUsers.create(agencies.findBySlug(manifest.agencies().get(0).slug()).orElseThrow());
    for (ItemSeed seed : manifest.items()) {
      publish(seed);
    }
    LOG.info(
        () ->
            "Demo content loaded: "
                + manifest.agencies().size()
                + " agencies, "
                + manifest.items().size()
                + " items signed and queued for publication.");
  }

  private void register(AgencySeed seed, Actor admin) {
    Agency agency =
        agencyService.register(
            new NewAgency(seed.slug(), seed.orgCode(), seed.name(), null, seed.indexPattern()),
            admin);
    seed.departments().forEach(d -> agencyService.addDepartment(agency.id(), d, admin));
    Actor office = importer(agency, Role.OFFICE, null);
    int position = 10;
    for (var c : seed.catalogues()) {
      catalogueService.add(
          new NewCatalogue(
              agency.id(), null, c.code(), c.name(), ColumnType.valueOf(c.columnType()), position),
          office);
      position += 10;
    }
    guideService.revise(agency.id(), null, guide(agency, seed.guide()), office);
  }

  private void publish(ItemSeed seed) {
    Agency agency = agencies.findBySlug(seed.agency()).orElseThrow();
    long catalogue = catalogues.findByCode(agency.id(), seed.catalogue()).orElseThrow().id();
    ItemInput input =
        new ItemInput(
            catalogue,
            seed.title(),
            seed.summary(),
            SeedText.toHtml(SeedText.trim(lines(seed.seed()), seed.dropLines(), seed.stopAt())),
            seed.documentNumber(),
            LocalDate.parse(seed.writtenOn()),
            Disclosure.PROACTIVE,
            null,
            seed.keywords(),
            null,
            seed.sourceName(),
            null);
    DisclosureItem item =
        itemService.create(agency.id(), input, importer(agency, Role.DRAFTER, null));
    itemService.submit(item.id(), null, importer(agency, Role.DRAFTER, null));
    for (int level = 1; level <= item.requiredLevels(); level++) {
      itemService.review(
          item.id(),
          new ReviewInput(
              ReviewDecision.APPROVE,
              "导入客户提供的原文，核对无误。",
              ConfidentialityConclusion.NOT_SECRET,
              null,
              "已公开发布的制度文件，不涉及国家秘密、商业秘密和个人隐私。"),
          importer(agency, Role.REVIEWER, level));
    }
  }

  /** The import drafter writes for the agency's first department, like any drafter would. */
  private Actor drafter(Agency agency) {
    long department = agencies.departments(agency.id()).get(0).id();
    return new Actor("import-drafter", Set.of(Role.DRAFTER), null, agency.id(), department);
  }

  /** The import account of an agency for one role; its name shows in the item's history. */
  private static Actor importer(Agency agency, Role role, Integer level) {
    String name = "import-" + role.name().toLowerCase() + (level == null ? "" : "-" + level);
    return new Actor(name, Set.of(role), level, agency.id(), null);
  }

  private static GuideInput guide(Agency agency, GuideSeed g) {
    if (g != null) {
      return new GuideInput(
          g.classification(),
          g.howToObtain(),
          g.officeName(),
          g.officeAddress(),
          g.officeHours(),
          g.phone(),
          g.fax(),
          g.email(),
          null,
          null);
    }
    return new GuideInput(
        "本机关政府信息按公开目录分为政府信息公开指南、政府信息公开制度、法定主动公开内容和政府信息公开年报。",
        "主动公开的政府信息在本平台发布；申请获取其他政府信息，请向本机关提交书面申请，本机关自收到申请之日起 20 个工作日内答复。",
        agency.name() + "办公室",
        agency.name() + "（演示地址）",
        "工作日上午 9:00–12:00，下午 14:30–17:30（法定节假日除外）",
        "（演示号码）",
        null,
        null,
        null,
        null);
  }

  private static DemoManifest manifest() {
    try (InputStream in = DemoContent.class.getResourceAsStream(BASE + "demo-content.json")) {
      return JsonbBuilder.create().fromJson(in, DemoManifest.class);
    } catch (Exception e) {
      throw new IllegalStateException("The demo manifest could not be read", e);
    }
  }

  private static List<String> lines(String seedFile) {
    InputStream in = DemoContent.class.getResourceAsStream(BASE + "seeds/" + seedFile);
    if (in == null) {
      throw new IllegalStateException("Seed file " + seedFile + " is missing from the build.");
    }
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
