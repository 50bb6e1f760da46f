package cn.gongkai.publisher.release;

import java.util.Optional;

/**
 * Where things live under a site directory, as {@code /}-separated relative paths; shared by the
 * local store and the deploy targets, which keep the same layout:
 *
 * <pre>
 * current                 -> releases/&lt;id&gt;          the web root, switched by rename(2)
 * releases/&lt;id&gt;          -> ../store/&lt;rootHash&gt;
 * releases/&lt;id&gt;.release     id, root, parent, created, counts, note
 * store/&lt;hash&gt;/            a directory segment: read-only files, subdirectories as ../&lt;childHash&gt;
 * store/&lt;hash&gt;.tree        its listing; the SHA-256 of this file is &lt;hash&gt;
 * staging/                  work in progress; anything here after a crash is deleted
 * </pre>
 */
public final class StoreLayout {

  public static final String CURRENT = "current";
  public static final String RELEASES = "releases";
  public static final String STORE = "store";
  public static final String STAGING = "staging";
  public static final String TREE_SUFFIX = ".tree";
  public static final String RECORD_SUFFIX = ".release";

  private StoreLayout() {}

  public static String segment(TreeHash hash) {
    return STORE + "/" + hash;
  }

  public static String treeFile(TreeHash hash) {
    return STORE + "/" + hash + TREE_SUFFIX;
  }

  public static String releaseLink(ReleaseId id) {
    return RELEASES + "/" + id;
  }

  public static String releaseRecord(ReleaseId id) {
    return RELEASES + "/" + id + RECORD_SUFFIX;
  }

  /** Target of a subdirectory link inside a segment: segments are siblings in {@code store/}. */
  public static String childLinkTarget(TreeHash child) {
    return "../" + child;
  }

  public static String releaseLinkTarget(TreeHash root) {
    return "../" + STORE + "/" + root;
  }

  public static String currentLinkTarget(ReleaseId id) {
    return RELEASES + "/" + id;
  }

  /**
   * The release a {@code current} link names, whether the link was written relative or absolute.
   */
  public static Optional<ReleaseId> releaseNamedBy(String currentLinkTarget) {
    return lastName(currentLinkTarget).map(ReleaseId::of);
  }

  /** The segment a release link names, whether written relative or absolute. */
  public static Optional<TreeHash> segmentNamedBy(String releaseLinkTarget) {
    return lastName(releaseLinkTarget).filter(TreeHash::isTreeHash).map(TreeHash::new);
  }

  private static Optional<String> lastName(String linkTarget) {
    String trimmed =
        linkTarget.endsWith("/") ? linkTarget.substring(0, linkTarget.length() - 1) : linkTarget;
    String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }
}
