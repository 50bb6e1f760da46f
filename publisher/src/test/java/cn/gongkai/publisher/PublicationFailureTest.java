package cn.gongkai.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.publisher.deploy.LocalDirectoryTarget;
import cn.gongkai.publisher.fixtures.TestSite;
import cn.gongkai.publisher.gate.GateFinding;
import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.source.ContentUnavailable;
import cn.gongkai.publisher.source.memory.MemorySiteContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever goes wrong in a publication, the release that was live stays live, unchanged. */
class PublicationFailureTest {
  /** A valid 18-digit 身份证号 (checksum X): personal data that must never go online. */
  private static final String ID_NUMBER = "11010519491231002X";

  @TempDir Path temp;

  @Test
  void anIdNumberInABodyBlocksThePublicationAndTheLiveSiteStays() throws IOException {
    LiveSite site = site();
    String home = site.read("index.html");
    MemorySiteContent after =
        site.content.toBuilder()
            .item(TestSite.notice(12).body("<p>联系人身份证号：" + ID_NUMBER + "。</p>").build())
            .build();

    Publication p = site.publish(after, 12);

    assertFalse(p.succeeded());
    assertTrue(p.release().isEmpty());
    assertTrue(p.report().blocks());
    assertTrue(
        p.report().findings().stream()
            .filter(GateFinding::blocking)
            .allMatch(f -> f.gate().equals("screening")),
        p.report().summary());
    assertEquals(site.first.id(), site.live().id());
    assertEquals(home, site.read("index.html"));
    assertFalse(Files.exists(site.served("mengnuo/art/0/12.html")));
  }

  @Test
  void aSourceFailureMidRenderLeavesTheOldReleaseLive() throws IOException {
    LiveSite site = site();
    String home = site.read("index.html");
    MemorySiteContent after = site.content.toBuilder().item(TestSite.notice(12).build()).build();

    assertThrows(
        ContentUnavailable.class, () -> site.publish(FailingContent.atLatestItems(after), 12));

    assertEquals(site.first.id(), site.live().id());
    assertEquals(site.first.id(), site.store.history().get(0).id(), "no release was recorded");
    assertEquals(home, site.read("index.html"));
    assertFalse(Files.exists(site.served("mengnuo/art/0/12.html")));
  }

  @Test
  void theNextPublicationAfterAFailedOneGoesLive() throws IOException {
    LiveSite site = site();
    MemorySiteContent after = site.content.toBuilder().item(TestSite.notice(12).build()).build();
    assertThrows(
        ContentUnavailable.class, () -> site.publish(FailingContent.atLatestItems(after), 12));

    Publication retry = site.publish(after, 12);

    assertTrue(retry.succeeded(), retry.failure());
    assertEquals(retry.release().orElseThrow().id(), site.live().id());
    assertTrue(Files.isRegularFile(site.served("mengnuo/art/0/12.html")));
  }

  @Test
  void aSourceFailureMidFullBuildLeavesTheOldReleaseLive() throws IOException {
    LiveSite site = site();
    String home = site.read("index.html");
    MemorySiteContent changed = site.content.toBuilder().item(TestSite.notice(12).build()).build();

    assertThrows(
        RuntimeException.class,
        () -> site.publisher.rebuild(FailingContent.afterItems(changed, 5), "rebuild", 2));

    assertEquals(site.first.id(), site.live().id());
    assertEquals(home, site.read("index.html"));
    assertTrue(site.publisher.rebuild(changed, "rebuild", 2).succeeded(), "the store is usable");
  }

  @Test
  void anItemThatCannotBeRenderedFailsTheFullBuild() throws IOException {
    LiveSite site =
        LiveSite.built(
            temp.resolve("site"), new TestSite.Files(), TestSite.withNotices(12).build());

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                site.publisher.rebuild(
                    FailingContent.withUnrenderableItem(site.content, 3), "rebuild", 2));

    assertTrue(e.getMessage().contains("No catalogue 999"), e.getMessage());
    assertEquals(site.first.id(), site.live().id());
  }

  @Test
  void aFailedSwitchOnATargetLeavesTheOldReleaseLiveEverywhere() throws IOException {
    Path web = temp.resolve("webserver");
    LiveSite site =
        LiveSite.built(
            temp.resolve("site"),
            new TestSite.Files(),
            TestSite.withNotices(11).build(),
            List.of(new LocalDirectoryTarget("web", web)));
    String home = site.read("index.html");
    // An operator replaced the server's current link by a plain directory: it cannot switch.
    Path current = web.resolve("current");
    Files.delete(current);
    Files.createDirectory(current);

    Publication p =
        site.publish(site.content.toBuilder().item(TestSite.notice(12).build()).build(), 12);

    assertFalse(p.succeeded());
    assertTrue(p.failure().contains("web"), p.failure());
    Release committed = p.release().orElseThrow();
    assertFalse(committed.id().equals(site.live().id()));
    assertEquals(site.first.id(), site.live().id());
    assertEquals(home, site.read("index.html"));
  }

  private LiveSite site() throws IOException {
    return LiveSite.built(
        temp.resolve("site"), new TestSite.Files(), TestSite.withNotices(11).build());
  }
}
