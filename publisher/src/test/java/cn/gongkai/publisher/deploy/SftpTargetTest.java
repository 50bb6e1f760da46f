package cn.gongkai.publisher.deploy;

import static cn.gongkai.publisher.deploy.Releases.commit;
import static cn.gongkai.publisher.deploy.Releases.servedAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.publisher.release.Release;
import cn.gongkai.publisher.release.ReleaseStore;
import cn.gongkai.publisher.release.StoreLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SftpTargetTest {

  @TempDir Path temp;
  private Path serverRoot;
  private TestSftpServer server;
  private ReleaseStore store;

  @BeforeEach
  void startServer() throws IOException {
    serverRoot = Files.createDirectories(temp.resolve("server"));
    server = TestSftpServer.virtual(serverRoot);
    store = ReleaseStore.open(temp.resolve("site"));
  }

  @AfterEach
  void stopServer() throws IOException {
    server.close();
  }

  @Test
  void uploadsAReleaseAndSwitchesTheServersWebRootToIt() throws IOException {
    SftpTarget target = new SftpTarget("www", passwordSettings());
    Release v1 = commit(store, Map.of("index.html", "首页", "items/a.html", "A"));

    target.upload(v1, store);
    assertEquals(Optional.empty(), target.live());
    target.activate(v1.id());

    assertEquals(Optional.of(v1.id()), target.live());
    assertEquals("首页", servedAt(serverRoot.resolve("www"), "index.html"));
    assertEquals("A", servedAt(serverRoot.resolve("www"), "items/a.html"));
  }

  @Test
  void aDirectoryWithManySubdirectoriesArrivesWhole() throws IOException {
    // More subdirectories than the links sent before the first answer is awaited (64): the
    // pipelined links must all be made, each pointing at its own segment.
    SftpTarget target = new SftpTarget("www", passwordSettings());
    Map<String, String> pages = new java.util.HashMap<>();
    for (int chunk = 0; chunk < 150; chunk++) {
      pages.put("art/" + chunk + "/" + chunk + ".html", "第" + chunk + "页");
    }
    Release v1 = commit(store, pages);

    target.upload(v1, store);
    target.activate(v1.id());

    for (int chunk = 0; chunk < 150; chunk++) {
      assertEquals(
          "第" + chunk + "页",
          servedAt(serverRoot.resolve("www"), "art/" + chunk + "/" + chunk + ".html"));
    }
  }

  @Test
  void aSecondUploadOfAnUnchangedReleaseTransfersNothing() throws IOException {
    SftpTarget target = new SftpTarget("www", passwordSettings());
    Release v1 = commit(store, Map.of("index.html", "v1", "items/a.html", "A"));
    target.upload(v1, store);
    int filesBefore = server.filesWritten.get();
    long bytesBefore = server.bytesWritten.get();

    UploadResult again = target.upload(v1, store);

    assertEquals(new UploadResult(0, 1, 0, 0, 0), again);
    assertEquals(filesBefore, server.filesWritten.get());
    assertEquals(bytesBefore, server.bytesWritten.get());
  }

  @Test
  void anIncrementalUploadSendsTheChangedFileAndLinksTheRestOnTheServer() throws IOException {
    SftpTarget target = new SftpTarget("www", passwordSettings());
    Release v1 = commit(store, Map.of("items/a.html", "A", "items/b.html", "B", "index.html", "I"));
    target.upload(v1, store);
    target.activate(v1.id());
    Release v2 = commit(store, Map.of("items/a.html", "A2"));
    int filesBefore = server.filesWritten.get();

    UploadResult result = target.upload(v2, store);

    assertEquals(1, result.filesSent());
    assertEquals(2, result.filesLinked()); // items/b.html and index.html
    // a.html, two listings (root, items/) and the release record.
    assertEquals(4, server.filesWritten.get() - filesBefore);
    Path www = serverRoot.resolve("www");
    assertEquals(
        Files.getAttribute(www.resolve("releases/" + v1.id() + "/items/b.html"), "unix:ino"),
        Files.getAttribute(www.resolve("releases/" + v2.id() + "/items/b.html"), "unix:ino"));
  }

  @Test
  void refusesAServerWhoseHostKeyIsUnknown() throws IOException {
    Path emptyKnownHosts = Files.createFile(temp.resolve("empty_known_hosts"));
    SftpSettings settings =
        SftpSettings.withPassword(
            "127.0.0.1",
            server.port(),
            TestSftpServer.USER,
            TestSftpServer.PASSWORD,
            "www",
            emptyKnownHosts);
    SftpTarget target = new SftpTarget("www", settings);
    Release v1 = commit(store, Map.of("index.html", "v1"));

    IOException refused = assertThrows(IOException.class, () -> target.upload(v1, store));

    assertTrue(refused.getMessage().contains("unknown"), refused.getMessage());
    assertEquals(0, server.filesWritten.get());
  }

  @Test
  void refusesAServerWhoseHostKeyChanged() throws Exception {
    SftpSettings settings =
        SftpSettings.withPassword(
            "127.0.0.1",
            server.port(),
            TestSftpServer.USER,
            TestSftpServer.PASSWORD,
            "www",
            server.knownHostsWithAnotherKey(temp));
    SftpTarget target = new SftpTarget("www", settings);

    IOException refused = assertThrows(IOException.class, target::live);

    assertTrue(refused.getMessage().contains("CHANGED"), refused.getMessage());
  }

  @Test
  void trustsAHostKeyByItsConfiguredFingerprint() throws IOException {
    Path emptyKnownHosts = Files.createFile(temp.resolve("empty_known_hosts"));
    SftpSettings settings =
        SftpSettings.withPassword(
                "127.0.0.1",
                server.port(),
                TestSftpServer.USER,
                TestSftpServer.PASSWORD,
                "www",
                emptyKnownHosts)
            .withTrustedFingerprint(server.hostKeyFingerprint())
            .withLinkStyle(LinkStyle.ABSOLUTE);

    assertEquals(Optional.empty(), new SftpTarget("www", settings).live());
  }

  @Test
  void refusesAWrongPassword() throws IOException {
    SftpTarget target = new SftpTarget("www", passwordSettings().withPassword("wrong"));

    IOException refused = assertThrows(IOException.class, target::live);

    assertTrue(refused.getMessage().contains("Could not log in"), refused.getMessage());
  }

  @Test
  void logsInWithAPrivateKey() throws Exception {
    SftpSettings settings =
        SftpSettings.withPrivateKey(
                "127.0.0.1",
                server.port(),
                TestSftpServer.USER,
                server.userPrivateKey(temp),
                Optional.empty(),
                "www",
                server.knownHosts(temp))
            .withLinkStyle(LinkStyle.ABSOLUTE);
    SftpTarget target = new SftpTarget("www", settings);
    Release v1 = commit(store, Map.of("index.html", "v1"));

    target.upload(v1, store);
    target.activate(v1.id());

    assertEquals("v1", servedAt(serverRoot.resolve("www"), "index.html"));
  }

  @Test
  void neverShowsThePasswordInItsDescription() throws IOException {
    SftpTarget target = new SftpTarget("www", passwordSettings());

    assertFalse(target.toString().contains(TestSftpServer.PASSWORD), target.toString());
  }

  @Test
  void explainsThatMinasVirtualFileSystemNeedsAbsoluteLinks() throws IOException {
    SftpSettings relative = passwordSettings().withLinkStyle(LinkStyle.RELATIVE);
    SftpTarget target = new SftpTarget("www", relative);
    Release v1 = commit(store, Map.of("items/a.html", "A"));

    IOException refused = assertThrows(IOException.class, () -> target.upload(v1, store));

    assertTrue(refused.getMessage().contains("LinkStyle.ABSOLUTE"), refused.getMessage());
  }

  @Test
  void writesRelativeLinksOnAServerThatAllowsThem() throws IOException {
    try (TestSftpServer openSshLike = TestSftpServer.nativeFileSystem()) {
      Path www = temp.resolve("native-www");
      SftpSettings settings =
          SftpSettings.withPassword(
              "127.0.0.1",
              openSshLike.port(),
              TestSftpServer.USER,
              TestSftpServer.PASSWORD,
              www.toString(),
              openSshLike.knownHosts(temp));
      SftpTarget target = new SftpTarget("www", settings);
      Release v1 = commit(store, Map.of("items/a.html", "A"));

      target.upload(v1, store);
      target.activate(v1.id());

      assertEquals("A", servedAt(www, "items/a.html"));
      assertEquals(
          Path.of(StoreLayout.releaseLinkTarget(v1.root())),
          Files.readSymbolicLink(www.resolve(StoreLayout.releaseLink(v1.id()))));
    }
  }

  private SftpSettings passwordSettings() throws IOException {
    Path knownHosts = temp.resolve("known_hosts");
    if (!Files.exists(knownHosts)) {
      server.knownHosts(temp);
    }
    return SftpSettings.withPassword(
            "127.0.0.1",
            server.port(),
            TestSftpServer.USER,
            TestSftpServer.PASSWORD,
            "www",
            knownHosts)
        .withLinkStyle(LinkStyle.ABSOLUTE);
  }
}
