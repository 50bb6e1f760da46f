package cn.gongkai.api.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.domain.model.agency.Agency;
import cn.gongkai.domain.model.agency.OrgCode;
import cn.gongkai.domain.model.catalogue.Catalogue;
import cn.gongkai.domain.model.catalogue.CatalogueKind;
import cn.gongkai.domain.model.catalogue.ColumnType;
import cn.gongkai.domain.model.guide.DisclosureGuide;
import cn.gongkai.domain.model.guide.GuideContent;
import cn.gongkai.domain.model.item.ConfidentialityConclusion;
import cn.gongkai.domain.model.item.ConfidentialityReview;
import cn.gongkai.domain.model.item.Disclosure;
import cn.gongkai.domain.model.item.DisclosureItem;
import cn.gongkai.domain.model.item.ItemAction;
import cn.gongkai.domain.model.item.ItemContent;
import cn.gongkai.domain.model.item.ItemEvent;
import cn.gongkai.domain.model.item.ItemFilter;
import cn.gongkai.domain.model.item.ItemState;
import cn.gongkai.domain.model.item.ReviewDecision;
import cn.gongkai.domain.model.item.ReviewOutcome;
import cn.gongkai.domain.model.publishing.PublishJob;
import cn.gongkai.domain.model.user.Actor;
import cn.gongkai.domain.model.user.Role;
import cn.gongkai.domain.model.user.User;
import jakarta.persistence.EntityManager;
import jakarta.persistence.RollbackException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the JPA repositories must do on every supported database. Subclasses name the database; each
 * test works in its own agency, so tests share one migrated schema without interfering.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RepositoryContract {
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 3, 2, 9, 30, 0, 0, ZoneOffset.ofHours(8));

  private TestDatabase db;
  private int agencies;

  abstract TestDatabase open();

  @BeforeAll
  void migrate() {
    db = open();
  }

  @AfterAll
  void drop() {
    db.close();
  }

  @Test
  void keepsTheCatalogueTreeParentsFirstAndSiblingsByPosition() {
    Agency agency = newAgency();
    Catalogue statutory =
        db.inTransaction(
            em -> repo(em).add(Catalogue.standard(agency.id(), CatalogueKind.STATUTORY)));
    db.run(
        em -> {
          var r = repo(em);
          r.add(Catalogue.standard(agency.id(), CatalogueKind.GUIDE));
          r.add(
              new Catalogue(
                  agency.id(),
                  statutory.id(),
                  "zcwj",
                  "政策文件",
                  CatalogueKind.CUSTOM,
                  ColumnType.POLICY,
                  20));
          r.add(
              new Catalogue(
                  agency.id(),
                  statutory.id(),
                  "tzgg",
                  "通知公告",
                  CatalogueKind.CUSTOM,
                  ColumnType.NOTICE,
                  10));
          r.add(Catalogue.standard(agency.id(), CatalogueKind.ANNUAL_REPORT));
        });
    List<String> codes =
        db.inTransaction(em -> repo(em).tree(agency.id()).stream().map(Catalogue::code).toList());
    assertEquals(List.of("zhinan", "fdzdgknr", "tzgg", "zcwj", "nianbao"), codes);
  }

  @Test
  void storesAnItemWithItsContentAndFindsItAgain() {
    Agency agency = newAgency();
    DisclosureItem saved =
        db.inTransaction(em -> items(em).add(draft(em, agency, "关于开展冬季森林防火工作的通知")));
    DisclosureItem found = db.inTransaction(em -> items(em).find(saved.id()).orElseThrow());
    assertEquals("关于开展冬季森林防火工作的通知", found.content().title());
    assertEquals(LocalDate.of(2026, 2, 27), found.content().writtenOn());
    assertEquals(Disclosure.PROACTIVE, found.content().disclosure());
    assertEquals(ItemState.DRAFT, found.state());
    assertEquals(NOW.toInstant(), found.createdAt().toInstant());
  }

  @Test
  void filtersItemsByStateAgencyAndIds() {
    Agency agency = newAgency();
    Agency other = newAgency();
    List<Long> ids = new ArrayList<>();
    db.run(
        em -> {
          for (int i = 0; i < 3; i++) {
            ids.add(items(em).add(draft(em, agency, "事项 " + i)).id());
          }
          items(em).add(draft(em, other, "别的机构的事项"));
        });
    db.run(em -> items(em).find(ids.get(0)).orElseThrow().submit(drafter(agency), 3, NOW));
    ItemFilter inAgency = new ItemFilter(null, agency.id(), null, null, null);
    ItemFilter inReview = new ItemFilter(ItemState.IN_REVIEW, agency.id(), null, null, null);
    ItemFilter byIds =
        new ItemFilter(null, agency.id(), null, null, Set.of(ids.get(1), ids.get(2)));
    db.run(
        em -> {
          assertEquals(3, items(em).count(inAgency));
          assertEquals(
              List.of(ids.get(0)),
              items(em).search(inReview, 0, 10).stream().map(DisclosureItem::id).toList());
          assertEquals(2, items(em).search(byIds, 0, 10).size());
          assertEquals(0, items(em).count(new ItemFilter(null, agency.id(), null, null, Set.of())));
          assertEquals(1, items(em).search(inAgency, 2, 10).size());
        });
  }

  @Test
  void keepsHistoryWithTheConfidentialityRecordInOrder() {
    Agency agency = newAgency();
    long id =
        db.inTransaction(
            em -> {
              DisclosureItem item = items(em).add(draft(em, agency, "保密审查记录测试"));
              items(em).addEvent(item.creationEvent());
              items(em).addEvent(item.submit(drafter(agency), 1, NOW.plusMinutes(1)));
              ReviewOutcome outcome =
                  item.review(
                      reviewer(agency, 1),
                      ReviewDecision.APPROVE,
                      "同意发布",
                      new ConfidentialityReview(
                          ConfidentialityConclusion.NOT_SECRET,
                          null,
                          "不涉密",
                          "保密审查记录测试",
                          "勐政发〔2026〕1号"),
                      NOW.plusMinutes(2));
              items(em).addEvent(outcome.event());
              items(em).addRevision(outcome.revision().orElseThrow());
              return item.id();
            });
    List<ItemEvent> history = db.inTransaction(em -> items(em).history(id));
    assertEquals(
        List.of(ItemAction.CREATED, ItemAction.SUBMITTED, ItemAction.SIGNED_OFF),
        history.stream().map(ItemEvent::action).toList());
    ConfidentialityReview record = history.get(2).confidentiality();
    assertEquals(ConfidentialityConclusion.NOT_SECRET, record.conclusion());
    assertEquals("勐政发〔2026〕1号", record.reviewedReference());
    assertEquals("reviewer-1", history.get(2).actor());
    assertTrue(db.inTransaction(em -> items(em).revision(id, 1)).isPresent());
  }

  @Test
  void refusesAStaleConcurrentUpdate() {
    Agency agency = newAgency();
    long id = db.inTransaction(em -> items(em).add(draft(em, agency, "并发修改")).id());
    EntityManager first = db.entityManager();
    EntityManager second = db.entityManager();
    try {
      first.getTransaction().begin();
      second.getTransaction().begin();
      DisclosureItem a = first.find(DisclosureItem.class, id);
      DisclosureItem b = second.find(DisclosureItem.class, id);
      a.submit(drafter(agency), 3, NOW);
      b.submit(drafter(agency), 2, NOW);
      first.getTransaction().commit();
      assertThrows(RollbackException.class, () -> second.getTransaction().commit());
    } finally {
      first.close();
      second.close();
    }
    assertEquals(
        Integer.valueOf(3),
        db.inTransaction(em -> items(em).find(id).orElseThrow().requiredLevels()));
  }

  @Test
  void handsOutEverySequenceValueOnceUnderConcurrency() throws Exception {
    String scope = "scope-" + newAgency().id();
    int threads = 4;
    int perThread = 15;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Long> values = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Callable<Void>> tasks = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        tasks.add(
            () -> {
              for (int i = 0; i < perThread; i++) {
                values.add(db.inTransaction(em -> new JpaIndexSequences(em).next(scope)));
              }
              return null;
            });
      }
      for (Future<Void> f : pool.invokeAll(tasks)) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    List<Long> expected = new ArrayList<>();
    for (long v = 1; v <= threads * perThread; v++) {
      expected.add(v);
    }
    assertEquals(expected, values.stream().sorted().toList());
  }

  @Test
  void givesARolledBackSequenceValueBack() {
    String scope = "rollback-" + newAgency().id();
    long first = db.inTransaction(em -> new JpaIndexSequences(em).next(scope));
    assertEquals(1, first);
    EntityManager em = db.entityManager();
    try {
      em.getTransaction().begin();
      assertEquals(2, new JpaIndexSequences(em).next(scope));
      em.getTransaction().rollback();
    } finally {
      em.close();
    }
    long again = db.inTransaction(e -> new JpaIndexSequences(e).next(scope));
    assertEquals(2, again, "the rolled-back value is handed out again");
  }

  @Test
  void findsDuePendingJobsOldestFirstAndRunningOnes() {
    Agency agency = newAgency();
    long itemId = db.inTransaction(em -> items(em).add(draft(em, agency, "发布任务")).id());
    List<Long> ids =
        db.inTransaction(
            em -> {
              var jobs = new JpaPublishJobRepository(em);
              PublishJob first =
                  jobs.add(PublishJob.forRevision(agency.id(), itemId, 1, "r3", NOW));
              PublishJob second =
                  jobs.add(PublishJob.forRevision(agency.id(), itemId, 2, "r3", NOW));
              PublishJob later =
                  jobs.add(PublishJob.forRevision(agency.id(), itemId, 3, "r3", NOW.plusHours(1)));
              second.start("node-a", NOW);
              return List.of(first.id(), second.id(), later.id());
            });
    db.run(
        em -> {
          var jobs = new JpaPublishJobRepository(em);
          List<Long> due = jobs.due(NOW.plusMinutes(1), 100);
          assertTrue(due.contains(ids.get(0)));
          assertFalse(due.contains(ids.get(1)), "a running job is not due");
          assertFalse(due.contains(ids.get(2)), "a job due later is not due yet");
          assertTrue(jobs.running().stream().anyMatch(j -> j.id().equals(ids.get(1))));
        });
  }

  @Test
  void keepsEveryGuideVersionAndAnswersTheNewestAsCurrent() {
    Agency agency = newAgency();
    GuideContent v1 = guide("0875-1111111");
    db.run(
        em -> {
          var guides = new JpaGuideRepository(em);
          DisclosureGuide first =
              guides.add(new DisclosureGuide(agency.id(), 1, v1, "office", NOW));
          guides.add(first.revise(guide("0875-2222222"), "office", NOW.plusDays(1)));
        });
    db.run(
        em -> {
          var guides = new JpaGuideRepository(em);
          assertEquals(2, guides.current(agency.id()).orElseThrow().versionNo());
          assertEquals("0875-2222222", guides.current(agency.id()).orElseThrow().content().phone());
          assertEquals(2, guides.versions(agency.id()).size());
        });
  }

  @Test
  void storesAUsersRolesAndFindsItByName() {
    Agency agency = newAgency();
    String name = "user-" + agency.id();
    db.run(
        em ->
            new JpaUserRepository(em)
                .add(
                    new User(
                        name,
                        "审核人",
                        "hash",
                        EnumSet.of(Role.REVIEWER, Role.AUDITOR),
                        2,
                        agency.id(),
                        null,
                        NOW)));
    User found =
        db.inTransaction(em -> new JpaUserRepository(em).findByUsername(name).orElseThrow());
    assertEquals(Set.of(Role.REVIEWER, Role.AUDITOR), found.roles());
    assertEquals(Integer.valueOf(2), found.reviewLevel());
    assertNotNull(found.id());
  }

  private Agency newAgency() {
    int n = ++agencies;
    return db.inTransaction(
        em ->
            new JpaAgencyRepository(em)
                .add(
                    new Agency(
                        "agency-" + n + "-" + System.nanoTime() % 100000,
                        new OrgCode("ORG" + n + "-" + System.nanoTime() % 100000),
                        "测试机构" + n,
                        "national-2019",
                        "{org}/{yyyy}-{seq:5}",
                        NOW)));
  }

  private DisclosureItem draft(EntityManager em, Agency agency, String title) {
    long catalogue = catalogue(em, agency);
    ItemContent content =
        ItemContent.builder()
            .title(title)
            .summary("摘要")
            .body("<p>正文</p>")
            .writtenOn(LocalDate.of(2026, 2, 27))
            .disclosure(Disclosure.PROACTIVE)
            .build(NOW.toLocalDate());
    return DisclosureItem.draft(agency.id(), catalogue, content, drafter(agency), NOW);
  }

  private long catalogue(EntityManager em, Agency agency) {
    var repo = repo(em);
    return repo.findByCode(agency.id(), "fdzdgknr")
        .orElseGet(() -> repo.add(Catalogue.standard(agency.id(), CatalogueKind.STATUTORY)))
        .id();
  }

  private static JpaCatalogueRepository repo(EntityManager em) {
    return new JpaCatalogueRepository(em);
  }

  private static JpaItemRepository items(EntityManager em) {
    return new JpaItemRepository(em);
  }

  private static Actor drafter(Agency agency) {
    return new Actor("drafter", Set.of(Role.DRAFTER), null, agency.id(), null);
  }

  private static Actor reviewer(Agency agency, int level) {
    return new Actor("reviewer-" + level, Set.of(Role.REVIEWER), level, agency.id(), null);
  }

  private static GuideContent guide(String phone) {
    return new GuideContent("分类", "获取方式", "党政办", "镇政府", "工作日", phone, null, null, null, null);
  }
}
