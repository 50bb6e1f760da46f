package cn.gongkai.publisher.site;

import cn.gongkai.publisher.content.AgencyEntry;
import cn.gongkai.publisher.content.AttachmentEntry;
import cn.gongkai.publisher.content.CatalogueEntry;
import java.util.Locale;

/**
 * Where every page of the site lives, relative to the site root and the same in every variant. An
 * item's path depends only on its agency and id, so it is fixed at its first publication and never
 * changes (revisions, catalogue moves, withdrawal). Items sit in buckets of {@value #BUCKET} so
 * that no directory grows with the size of the site: a release then copies only the few directories
 * a change touches.
 */
public final class SitePaths {
  public static final int BUCKET = 500;

  /** Items per sitemap file; the sitemap protocol allows 50,000. */
  public static final int SITEMAP_CHUNK = 5_000;

  private SitePaths() {}

  public static String home() {
    return "index.html";
  }

  public static String siteMap() {
    return "sitemap.html";
  }

  public static String notFound() {
    return "404.html";
  }

  public static String agency(AgencyEntry agency) {
    return agency.slug() + "/index.html";
  }

  /** The guide is the page of the 政府信息公开指南 column. */
  public static String guide(AgencyEntry agency, CatalogueEntry guideColumn) {
    return catalogueIndex(agency, guideColumn);
  }

  /** Page {@code archiveNumber} of a catalogue's list: 0 is the newest, 1 … the archives. */
  public static String catalogue(AgencyEntry agency, CatalogueEntry catalogue, int archiveNumber) {
    String dir = agency.slug() + "/" + catalogue.code() + "/";
    return archiveNumber <= 0 ? dir + "index.html" : dir + "index_" + archiveNumber + ".html";
  }

  public static String catalogueIndex(AgencyEntry agency, CatalogueEntry catalogue) {
    return agency.slug() + "/" + catalogue.code() + "/index.html";
  }

  public static String archivePattern(AgencyEntry agency, CatalogueEntry catalogue) {
    return agency.slug() + "/" + catalogue.code() + "/index_{n}.html";
  }

  public static String feed(AgencyEntry agency, CatalogueEntry catalogue) {
    return agency.slug() + "/" + catalogue.code() + "/feed.xml";
  }

  public static String item(String agencySlug, long itemId) {
    return agencySlug + "/art/" + (itemId / BUCKET) + "/" + itemId + ".html";
  }

  /** Attachments are stored once for all variants, under their content hash. */
  public static String attachment(AttachmentEntry file) {
    return "files/"
        + file.sha256().substring(0, 2)
        + "/"
        + file.sha256()
        + extension(file.fileName());
  }

  /** The SHA-256 in an attachment's path ({@code files/ab/abcdef….pdf}). */
  public static String hashOf(String attachmentPath) {
    String name = attachmentPath.substring(attachmentPath.lastIndexOf('/') + 1);
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  /** Whether a site path is an attachment's. */
  public static boolean isAttachment(String sitePath) {
    return sitePath.matches("files/[0-9a-f]{2}/[0-9a-f]{64}(\\.[a-z0-9]{1,5})?");
  }

  public static String sitemapIndex() {
    return "sitemap.xml";
  }

  public static String sitemapPages() {
    return "sitemaps/pages.xml";
  }

  public static String sitemapChunk(long chunk) {
    return "sitemaps/items-" + chunk + ".xml";
  }

  public static long chunkOf(long itemId) {
    return itemId / SITEMAP_CHUNK;
  }

  /** A safe extension from the uploader's file name: letters and digits only, at most 5. */
  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return "";
    }
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return ext.matches("[a-z0-9]{1,5}") ? "." + ext : "";
  }
}
