package cn.gongkai.benchmarks;

import cn.gongkai.publisher.cli.SyntheticSite;
import cn.gongkai.publisher.content.AgencyEntry;
import cn.gongkai.publisher.content.AttachmentEntry;
import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.GuideEntry;
import cn.gongkai.publisher.content.ItemEntry;
import cn.gongkai.publisher.site.SitePaths;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * Puts a {@link SyntheticSite} straight into the CMS's database (PostgreSQL or H2), as if every
 * item had been drafted, signed at three levels and published: agencies with a department, the
 * standard columns and the agencies' own catalogues, guides, items with their signed revision 1
 * live, their attachments (files written to the attachment store), the 索引号 sequences, and the
 * accounts the benchmark signs in with. The schema is content-model's Flyway migrations, run first,
 * exactly as the server runs them. Rows go in JDBC batches in one transaction.
 */
final class DatabaseLoader {
  /** The accounts a benchmark uses, all in agency 1, each with this password. */
  static final String PASSWORD = "bench-password-1";

  static final List<String> USERS =
      List.of("admin", "office", "drafter", "reviewer1", "reviewer2", "reviewer3");

  private static final int BATCH = 500;
  private static final String SIGNER = "bench-loader";

  private final String url;
  private final String user;
  private final String password;

  DatabaseLoader(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** Migrates an empty database and loads {@code site} into it; returns the items loaded. */
  long load(SyntheticSite site, Path attachments) throws Exception {
    Flyway.configure(DatabaseLoader.class.getClassLoader())
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    site.writeAttachments(attachments);
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.setAutoCommit(false);
      OffsetDateTime now = OffsetDateTime.now();
      agencies(c, site.agencies(), now);
      catalogues(c, site.catalogues());
      guides(c, site.guides());
      long items = items(c, site);
      sequences(c, site.sequences());
      users(c, now);
      restartIdentities(c);
      c.commit();
      if (url.startsWith("jdbc:postgresql:")) {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
          s.execute("ANALYZE"); // the planner's statistics, as autovacuum would gather them
        }
      }
      return items;
    }
  }

  private void agencies(Connection c, List<AgencyEntry> agencies, OffsetDateTime now)
      throws SQLException {
    try (PreparedStatement a =
            c.prepareStatement(
                "INSERT INTO agency (id, version, slug, org_code, name, rule_set, index_pattern,"
                    + " created_at) VALUES (?, 0, ?, ?, ?, 'national-2019', ?, ?)");
        PreparedStatement d =
            c.prepareStatement("INSERT INTO department (id, agency_id, name) VALUES (?, ?, ?)")) {
      for (AgencyEntry agency : agencies) {
        a.setLong(1, agency.id());
        a.setString(2, agency.slug());
        a.setString(3, agency.orgCode());
        a.setString(4, agency.name());
        a.setString(5, SyntheticSite.INDEX_PATTERN);
        a.setObject(6, now);
        a.addBatch();
        d.setLong(1, agency.id());
        d.setLong(2, agency.id());
        d.setString(3, "办公室");
        d.addBatch();
      }
      a.executeBatch();
      d.executeBatch();
    }
  }

  private void catalogues(Connection c, List<CatalogueEntry> catalogues) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO catalogue (id, version, agency_id, parent_id, code, name, kind,"
                + " column_type, position) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)")) {
      // Parents first: the synthetic site lists them before their children.
      for (CatalogueEntry k : catalogues) {
        ps.setLong(1, k.id());
        ps.setLong(2, k.agencyId());
        ps.setObject(3, k.parentId(), Types.BIGINT);
        ps.setString(4, k.code());
        ps.setString(5, k.name());
        ps.setString(6, k.kind().name());
        ps.setString(7, k.columnType().name());
        ps.setInt(8, k.position());
        ps.executeUpdate();
      }
    }
  }

  private void guides(Connection c, List<GuideEntry> guides) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO guide (agency_id, version_no, classification, how_to_obtain, office_name,"
                + " office_address, office_hours, phone, fax, email, website, body, created_by,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (GuideEntry g : guides) {
        ps.setLong(1, g.agencyId());
        ps.setInt(2, g.version());
        ps.setString(3, g.classification());
        ps.setString(4, g.howToObtain());
        ps.setString(5, g.officeName());
        ps.setString(6, g.officeAddress());
        ps.setString(7, g.officeHours());
        ps.setString(8, g.phone());
        ps.setString(9, g.fax());
        ps.setString(10, g.email());
        ps.setString(11, g.website());
        ps.setString(12, g.body());
        ps.setString(13, SIGNER);
        ps.setObject(14, g.updatedAt());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private long items(Connection c, SyntheticSite site) throws SQLException {
    Map<Long, String> slugs =
        site.agencies().stream()
            .collect(java.util.stream.Collectors.toMap(AgencyEntry::id, AgencyEntry::slug));
    try (PreparedStatement item =
            c.prepareStatement(
                "INSERT INTO item (id, version, agency_id, department_id, catalogue_id, title,"
                    + " summary, body, document_number, written_on, disclosure, keywords,"
                    + " validity, source_name, source_url, state, review_level, required_levels,"
                    + " round_signers, drafter, revision_no, live_revision, index_number, url,"
                    + " published_at, last_published_at, changed_on, withdrawal_reason,"
                    + " withdrawal_pending, withdrawn_at, created_at, updated_at,"
                    + " live_catalogue_id) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 'PROACTIVE', ?,"
                    + " ?, ?, ?, ?, 0, 3, '', ?, 1, 1, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?)");
        PreparedStatement revision =
            c.prepareStatement(
                "INSERT INTO item_revision (item_id, revision_no, catalogue_id, title, summary,"
                    + " body, document_number, written_on, disclosure, keywords, validity,"
                    + " source_name, source_url, signed_by, signed_at) VALUES (?, 1, ?, ?, ?, ?,"
                    + " ?, ?, 'PROACTIVE', ?, ?, ?, ?, ?, ?)");
        PreparedStatement attachment =
            c.prepareStatement(
                "INSERT INTO attachment (id, item_id, file_name, media_type, size_bytes, sha256,"
                    + " position, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      long[] count = {0};
      site.forEachItem(
          i -> {
            try {
              addItem(item, i, slugs.get(i.agencyId()));
              addRevision(revision, i);
              int position = 0;
              for (AttachmentEntry f : i.attachments()) {
                attachment.setLong(1, f.id());
                attachment.setLong(2, i.id());
                attachment.setString(3, f.fileName());
                attachment.setString(4, f.mediaType());
                attachment.setLong(5, f.size());
                attachment.setString(6, f.sha256());
                attachment.setInt(7, position++);
                attachment.setString(8, SIGNER);
                attachment.setObject(9, i.publishedAt());
                attachment.addBatch();
              }
              if (++count[0] % BATCH == 0) {
                item.executeBatch();
                revision.executeBatch();
                attachment.executeBatch();
              }
            } catch (SQLException e) {
              throw new IllegalStateException("Loading item " + i.id() + " failed", e);
            }
          });
      item.executeBatch();
      revision.executeBatch();
      attachment.executeBatch();
      return count[0];
    }
  }

  private static void addItem(PreparedStatement ps, ItemEntry i, String slug) throws SQLException {
    ps.setLong(1, i.id());
    ps.setLong(2, i.agencyId());
    ps.setLong(3, i.agencyId()); // the agency's one department has the agency's id
    ps.setLong(4, i.catalogueId());
    ps.setString(5, i.title());
    ps.setString(6, i.summary());
    ps.setString(7, i.body());
    ps.setString(8, i.documentNumber());
    ps.setObject(9, i.writtenOn());
    ps.setString(10, i.keywords());
    ps.setString(11, i.validity().name());
    ps.setString(12, i.sourceName());
    ps.setString(13, i.sourceUrl());
    ps.setString(14, i.withdrawn() ? "WITHDRAWN" : "PUBLISHED");
    ps.setString(15, "drafter");
    ps.setString(16, i.indexNumber());
    ps.setString(17, SitePaths.item(slug, i.id()));
    ps.setObject(18, i.publishedAt());
    ps.setObject(19, i.lastPublishedAt());
    ps.setObject(20, i.lastPublishedAt().toLocalDate());
    ps.setString(21, i.withdrawalReason());
    ps.setObject(22, i.withdrawnAt());
    ps.setObject(23, i.publishedAt());
    ps.setObject(24, i.lastPublishedAt());
    ps.setLong(25, i.catalogueId()); // the live revision's catalogue: the site lists it there
    ps.addBatch();
  }

  private static void addRevision(PreparedStatement ps, ItemEntry i) throws SQLException {
    ps.setLong(1, i.id());
    ps.setLong(2, i.catalogueId());
    ps.setString(3, i.title());
    ps.setString(4, i.summary());
    ps.setString(5, i.body());
    ps.setString(6, i.documentNumber());
    ps.setObject(7, i.writtenOn());
    ps.setString(8, i.keywords());
    ps.setString(9, i.validity().name());
    ps.setString(10, i.sourceName());
    ps.setString(11, i.sourceUrl());
    ps.setString(12, SIGNER);
    ps.setObject(13, i.publishedAt());
    ps.addBatch();
  }

  private static void sequences(Connection c, Map<String, Long> sequences) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO index_sequence (scope, last_value) VALUES (?, ?)")) {
      for (var e : sequences.entrySet()) {
        ps.setString(1, e.getKey());
        ps.setLong(2, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The benchmark's accounts, hashed as the server hashes passwords (PBKDF2-HMAC-SHA512). */
  private static void users(Connection c, OffsetDateTime now) throws SQLException {
    String hash = PasswordHash.of(PASSWORD);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO app_user (version, username, display_name, password_hash, roles,"
                + " review_level, agency_id, department_id, enabled, created_at)"
                + " VALUES (0, ?, ?, ?, ?, ?, 1, ?, TRUE, ?)")) {
      for (String name : USERS) {
        String role = name.startsWith("reviewer") ? "REVIEWER" : name.toUpperCase();
        ps.setString(1, name);
        ps.setString(2, name + "（基准测试）");
        ps.setString(3, hash);
        ps.setString(4, role);
        ps.setObject(
            5,
            name.startsWith("reviewer") ? Integer.valueOf(name.substring(8)) : null,
            Types.INTEGER);
        ps.setObject(6, name.equals("drafter") ? 1L : null, Types.BIGINT);
        ps.setObject(7, now);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** New rows made by the server must not collide with the ids given here. */
  private void restartIdentities(Connection c) throws SQLException {
    boolean postgres = url.startsWith("jdbc:postgresql:");
    try (Statement s = c.createStatement()) {
      for (String table :
          List.of(
              "agency",
              "department",
              "catalogue",
              "guide",
              "item",
              "item_revision",
              "attachment")) {
        long next;
        try (var rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
          rs.next();
          next = rs.getLong(1);
        }
        s.execute(
            postgres
                ? "SELECT setval(pg_get_serial_sequence('"
                    + table
                    + "', 'id'), "
                    + next
                    + ", false)"
                : "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
      }
    }
  }
}
