package cn.gongkai.publisher.deploy;

import static cn.gongkai.publisher.deploy.Releases.servedAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.release.ReleaseBuilder;
import cn.gongkai.publisher.release.ReleaseStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiTargetDeployerTest {

  @TempDir Path temp;
  private TestSftpServer server;
  private ReleaseStore store;
  private Path knownHosts;

  @BeforeEach
  void start() throws IOException {
    server = TestSftpServer.virtual(Files.createDirectories(temp.resolve("server")));
    knownHosts = server.knownHosts(temp);
    store = ReleaseStore.open(temp.resolve("site"));
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  @Test
  void switchesEveryTargetAndTheLocalSiteToTheRelease() throws IOException {
    MultiTargetDeployer deployer =
        new MultiTargetDeployer(store, List.of(local("a"), sftp("b", TestSftpServer.PASSWORD)));
    Release v1 = build(Map.of("index.html", "v1"));

    Deployment deployment = deployer.deploy(v1.id());

    assertTrue(deployment.live(), deployment.toString());
    assertEquals("v1", servedAt(temp.resolve("a"), "index.html"));
    assertEquals("v1", servedAt(temp.resolve("server/b"), "index.html"));
    assertEquals(v1.id(), store.live().orElseThrow().id());
  }

  @Test
  void aFailingUploadLeavesEveryTargetOnItsOldReleaseAndNamesTheTarget() throws IOException {
    Release v1 = build(Map.of("index.html", "v1"));
    new MultiTargetDeployer(
            store, List.of(local("a"), sftp("b", TestSftpServer.PASSWORD), local("c")))
        .deploy(v1.id());
    MultiTargetDeployer withBadPassword =
        new MultiTargetDeployer(store, List.of(local("a"), sftp("b", "wrong"), local("c")));
    Release v2 = build(Map.of("index.html", "v2"));

    Deployment deployment = withBadPassword.deploy(v2.id());

    assertFalse(deployment.live());
    TargetOutcome failure = deployment.failure().orElseThrow();
    assertEquals("b", failure.target());
    assertEquals(TargetOutcome.Step.UPLOAD, failure.step());
    assertTrue(failure.detail().contains("Could not log in"), failure.detail());
    assertEquals("v1", servedAt(temp.resolve("a"), "index.html"));
    assertEquals("v1", servedAt(temp.resolve("server/b"), "index.html"));
    assertEquals("v1", servedAt(temp.resolve("c"), "index.html"));
    assertEquals(v1.id(), store.live().orElseThrow().id());
  }

  @Test
  void aFailingSwitchPutsTheTargetsAlreadySwitchedBack() throws IOException {
    Release v1 = build(Map.of("index.html", "v1"));
    LocalDirectoryTarget legacy = local("legacy");
    MultiTargetDeployer deployer = new MultiTargetDeployer(store, List.of(local("a"), legacy));
    deployer.deploy(v1.id());
    // An operator replaced the legacy server's current link by a plain directory: it cannot switch.
    Path current = temp.resolve("legacy/current");
    Files.delete(current);
    Files.createDirectory(current);
    Release v2 = build(Map.of("index.html", "v2"));

    Deployment deployment = deployer.deploy(v2.id());

    assertFalse(deployment.live());
    assertEquals("legacy", deployment.failure().orElseThrow().target());
    assertEquals(TargetOutcome.Step.SWITCH, deployment.failure().orElseThrow().step());
    assertEquals(Optional.of(v1.id()), local("a").live());
    assertEquals(v1.id(), store.live().orElseThrow().id());
  }

  @Test
  void rollbackSwitchesEveryTargetBackInOneCall() throws IOException {
    MultiTargetDeployer deployer =
        new MultiTargetDeployer(store, List.of(local("a"), sftp("b", TestSftpServer.PASSWORD)));
    Release v1 = build(Map.of("index.html", "v1"));
    deployer.deploy(v1.id());
    deployer.deploy(build(Map.of("index.html", "v2")).id());

    Deployment rollback = deployer.rollback();

    assertTrue(rollback.live());
    assertEquals(v1.id(), rollback.release());
    assertEquals("v1", servedAt(temp.resolve("a"), "index.html"));
    assertEquals("v1", servedAt(temp.resolve("server/b"), "index.html"));
    assertEquals(v1.id(), store.live().orElseThrow().id());
  }

  @Test
  void reportsEachTargetsLiveReleaseAndLastOutcome() throws IOException {
    MultiTargetDeployer deployer =
        new MultiTargetDeployer(store, List.of(local("a"), sftp("b", TestSftpServer.PASSWORD)));
    Release v1 = build(Map.of("index.html", "v1"));
    deployer.deploy(v1.id());

    List<TargetStatus> status = deployer.status();

    assertEquals(List.of("a", "b"), status.stream().map(TargetStatus::target).toList());
    for (TargetStatus target : status) {
      assertEquals(Optional.of(v1.id()), target.live());
      assertEquals(TargetOutcome.Step.SWITCH, target.lastOutcome().orElseThrow().step());
      assertTrue(target.lastOutcome().orElseThrow().succeeded());
    }
  }

  /** Commits without activating: the deployer does the switching. */
  private Release build(Map<String, String> pages) throws IOException {
    try (ReleaseBuilder builder = store.begin()) {
      for (Map.Entry<String, String> page : pages.entrySet()) {
        builder.put(page.getKey(), page.getValue().getBytes(StandardCharsets.UTF_8));
      }
      return builder.commit("deployer test");
    }
  }

  private LocalDirectoryTarget local(String name) {
    return new LocalDirectoryTarget(name, temp.resolve(name));
  }

  private SftpTarget sftp(String name, String password) {
    return new SftpTarget(
        name,
        SftpSettings.withPassword(
                "127.0.0.1", server.port(), TestSftpServer.USER, password, name, knownHosts)
            .withLinkStyle(LinkStyle.ABSOLUTE));
  }
}
