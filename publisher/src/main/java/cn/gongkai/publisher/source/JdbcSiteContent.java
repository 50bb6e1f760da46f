package cn.gongkai.publisher.source;

import cn.gongkai.domain.model.catalogue.CatalogueKind;
import cn.gongkai.domain.model.catalogue.ColumnType;
import cn.gongkai.domain.model.item.Validity;
import cn.gongkai.publisher.content.AgencyEntry;
import cn.gongkai.publisher.content.AttachmentEntry;
import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.GuideEntry;
import cn.gongkai.publisher.content.ItemEntry;
import cn.gongkai.publisher.content.ItemRow;
import cn.gongkai.publisher.content.SiteContent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The published content read straight from the database over one read-only connection at REPEATABLE
 * READ, so every query of a publication sees the same moment. Items come with the signed revision
 * that is live — or, for the items in the {@link Overlay}, the one going live now. Plain JDBC
 * rather than JPA: a full build streams 100,000 items and must not hold them.
 */
public final class JdbcSiteContent implements SiteContent, AutoCloseable {
  private static final String ITEM_COLUMNS =
      "i.id, i.agency_id, r.catalogue_id, r.revision_no, r.title, r.summary, r.body,"
          + " i.index_number, r.document_number, r.written_on, i.published_at,"
          + " i.last_published_at, r.validity, r.keywords, r.source_name, r.source_url, i.state,"
          + " i.withdrawal_reason, i.withdrawn_at";
  private static final String ROW_COLUMNS =
      "i.id, i.agency_id, r.catalogue_id, r.title, i.index_number, i.published_at, i.state,"
          + " i.last_published_at";

  /** Catalogues per statement when the newest rows of several are read. */
  private static final int LATEST_BATCH = 50;

  /** The live revision of every item that ever went live (withdrawn ones keep their notice). */
  private static final String LIVE_JOIN =
      " FROM item i JOIN item_revision r ON r.item_id = i.id AND r.revision_no = i.live_revision";

  private final Snapshot snapshot;
  private final boolean owner;
  private final Overlay overlay;
  private final Sql sql;
  private final Map<Long, Optional<ItemEntry>> overlaid = new HashMap<>();

  /**
   * The snapshot never changes, so lists read once are kept for the rest of the publication: the
   * planner and the renderer read the same catalogue, and each script's pages the same newest rows.
   */
  private final Map<Long, List<ItemRow>> rowsRead = new ConcurrentHashMap<>();

  private final Map<LatestQuery, List<ItemRow>> latestRead = new ConcurrentHashMap<>();

  private record LatestQuery(Set<Long> catalogueIds, int limit) {}

  public JdbcSiteContent(DataSource dataSource, Overlay overlay) {
    this(new Snapshot(dataSource), overlay, true);
  }

  private JdbcSiteContent(Snapshot snapshot, Overlay overlay, boolean owner) {
    this.snapshot = snapshot;
    this.overlay = overlay;
    this.owner = owner;
    this.sql = snapshot.sql;
  }

  /**
   * The same moment as it is live now, without the overlay: a publication's "before", read over
   * this snapshot's connection, sharing the live rows already read (a large catalogue is read once
   * for both). Closing it does nothing; close this one.
   */
  public JdbcSiteContent live() {
    return new JdbcSiteContent(snapshot, Overlay.none(overlay.releaseTime()), false);
  }

  @Override
  public List<AgencyEntry> agencies() {
    return sql.list(
        "SELECT id, slug, name, org_code FROM agency ORDER BY id",
        rs -> new AgencyEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
  }

  @Override
  public List<CatalogueEntry> catalogues() {
    return sql.list(
        "SELECT id, agency_id, parent_id, code, name, kind, column_type, position FROM catalogue"
            + " ORDER BY agency_id, position, id",
        rs ->
            new CatalogueEntry(
                rs.getLong(1),
                rs.getLong(2),
                (Long) rs.getObject(3, Long.class),
                rs.getString(4),
                rs.getString(5),
                CatalogueKind.valueOf(rs.getString(6)),
                ColumnType.valueOf(rs.getString(7)),
                rs.getInt(8)));
  }

  @Override
  public Optional<GuideEntry> guide(long agencyId) {
    return sql.first(
        "SELECT agency_id, version_no, classification, how_to_obtain, office_name, office_address,"
            + " office_hours, phone, fax, email, website, body, created_at FROM guide"
            + " WHERE agency_id = ? ORDER BY version_no DESC",
        rs ->
            new GuideEntry(
                rs.getLong(1),
                rs.getInt(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getObject(13, OffsetDateTime.class)),
        agencyId);
  }

  @Override
  public Optional<ItemEntry> item(long id) {
    if (overlay.touches(id)) {
      // Overlaid items are read again and again while lists are merged: read each once.
      return overlaid.computeIfAbsent(id, this::read);
    }
    return read(id);
  }

  private Optional<ItemEntry> read(long id) {
    Integer pending = overlay.revisions().get(id);
    String query =
        pending == null
            ? "SELECT " + ITEM_COLUMNS + LIVE_JOIN + " WHERE i.id = ?"
            : "SELECT "
                + ITEM_COLUMNS
                + " FROM item i JOIN item_revision r ON r.item_id = i.id"
                + " AND r.revision_no = ? WHERE i.id = ?";
    Object[] params = pending == null ? new Object[] {id} : new Object[] {pending, id};
    return sql.first(query, this::itemWithoutAttachments, params)
        .map(item -> withAttachments(item, attachments(id)));
  }

  @Override
  public void forEachItem(Consumer<ItemEntry> action) {
    Set<Long> overlaid = overlay.itemIds();
    AttachmentCursor files =
        new AttachmentCursor(
            sql.stream(
                "SELECT item_id, id, file_name, media_type, size_bytes,"
                    + " sha256 FROM attachment ORDER BY item_id, position, id"));
    try (files) {
      sql.forEach(
          "SELECT " + ITEM_COLUMNS + LIVE_JOIN + " ORDER BY i.id",
          rs -> {
            ItemEntry item = itemWithoutAttachments(rs);
            List<AttachmentEntry> attached = files.takeFor(item.id());
            if (!overlaid.contains(item.id())) {
              action.accept(withAttachments(item, attached));
            }
          });
    }
    // Items going live for the first time are not in the live join; overlaid ones are re-read.
    overlaid.forEach(id -> item(id).ifPresent(action));
  }

  @Override
  public List<ItemRow> rows(long catalogueId) {
    return rowsRead.computeIfAbsent(
        catalogueId,
        id ->
            List.copyOf(
                merged(snapshot.liveRows(id, this::readRows), row -> row.catalogueId() == id)));
  }

  private List<ItemRow> readRows(long catalogueId) {
    // Two reads of covering indexes (migration V4) rather than the live join, whose rows carry the
    // bodies: the titles of the catalogue's revisions, then the list fields of the items whose live
    // revision is in it. An incremental publication reads its catalogue this way.
    Map<Long, List<RevisionTitle>> titles = new HashMap<>();
    sql.forEach(
        "SELECT item_id, revision_no, title FROM item_revision WHERE catalogue_id = ?",
        rs ->
            titles
                .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>(1))
                .add(new RevisionTitle(rs.getInt(2), rs.getString(3))),
        catalogueId);
    List<ItemRow> rows = new ArrayList<>(titles.size());
    sql.forEach(
        "SELECT id, agency_id, index_number, published_at, state, last_published_at, live_revision"
            + " FROM item WHERE live_catalogue_id = ?",
        rs -> {
          long id = rs.getLong(1);
          int live = rs.getInt(7);
          for (RevisionTitle r : titles.getOrDefault(id, List.of())) {
            if (r.revision() == live) {
              rows.add(
                  new ItemRow(
                      id,
                      rs.getLong(2),
                      catalogueId,
                      r.title(),
                      rs.getString(3),
                      rs.getObject(4, OffsetDateTime.class),
                      "WITHDRAWN".equals(rs.getString(5)),
                      rs.getObject(6, OffsetDateTime.class)));
            }
          }
        },
        catalogueId);
    return rows;
  }

  private record RevisionTitle(int revision, String title) {}

  @Override
  public List<ItemRow> allRows() {
    return merged(sql.list("SELECT " + ROW_COLUMNS + LIVE_JOIN, this::row), row -> true);
  }

  @Override
  public List<ItemRow> latest(Collection<Long> catalogueIds, int limit) {
    if (catalogueIds.isEmpty()) {
      return List.of();
    }
    return latestRead.computeIfAbsent(
        new LatestQuery(Set.copyOf(catalogueIds), limit),
        query -> List.copyOf(readLatest(query.catalogueIds(), query.limit())));
  }

  private List<ItemRow> readLatest(Collection<Long> catalogueIds, int limit) {
    // The newest rows of each catalogue, one backward range of item_live_listing_idx each (in one
    // statement per LATEST_BATCH catalogues), merged here: bounded by catalogues × limit, not by
    // how far back a small column's newest items lie among the whole site's.
    int perCatalogue = limit + overlay.itemIds().size();
    String newestOfOne =
        "(SELECT "
            + ROW_COLUMNS
            + LIVE_JOIN
            + " WHERE i.live_catalogue_id = ? ORDER BY i.published_at DESC, i.id DESC LIMIT "
            + perCatalogue
            + ")";
    List<Long> ids = catalogueIds.stream().sorted().toList();
    List<ItemRow> rows = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += LATEST_BATCH) {
      List<Long> batch = ids.subList(from, Math.min(ids.size(), from + LATEST_BATCH));
      rows.addAll(
          sql.list(
              String.join(" UNION ALL ", Collections.nCopies(batch.size(), newestOfOne)),
              this::row,
              batch.toArray()));
    }
    Set<Long> wanted = new HashSet<>(catalogueIds);
    List<ItemRow> newestFirst =
        new ArrayList<>(merged(rows, row -> wanted.contains(row.catalogueId())));
    Collections.reverse(newestFirst);
    return newestFirst.subList(0, Math.min(limit, newestFirst.size()));
  }

  @Override
  public List<ItemRow> rowsById(long fromId, long toId) {
    List<ItemRow> rows =
        sql.list(
            "SELECT " + ROW_COLUMNS + LIVE_JOIN + " WHERE i.id >= ? AND i.id < ?",
            this::row,
            fromId,
            toId);
    return merged(rows, row -> row.id() >= fromId && row.id() < toId).stream()
        .sorted(Comparator.comparingLong(ItemRow::id))
        .toList();
  }

  @Override
  public long highestItemId() {
    // One query instead of the default's walk over every row.
    long live =
        sql.first(
                // Not the live join: that scans every item; a live revision is always signed.
                "SELECT MAX(id) FROM item WHERE live_revision IS NOT NULL",
                rs -> rs.getObject(1) == null ? -1L : rs.getLong(1))
            .orElse(-1L);
    return Math.max(
        live, overlay.revisions().keySet().stream().mapToLong(Long::longValue).max().orElse(-1));
  }

  @Override
  public boolean attachmentInUse(String sha256, long exceptItemId) {
    return sql.first(
            "SELECT a.item_id FROM attachment a JOIN item i ON i.id = a.item_id"
                + " WHERE a.sha256 = ? AND a.item_id <> ? AND i.live_revision IS NOT NULL"
                + " AND i.state <> 'WITHDRAWN'",
            rs -> rs.getLong(1),
            sha256,
            exceptItemId)
        .filter(id -> !overlay.withdrawals().contains(id))
        .isPresent();
  }

  /** Replaces the overlaid items' rows by what they will be, keeps the list oldest first. */
  private List<ItemRow> merged(List<ItemRow> live, java.util.function.Predicate<ItemRow> keep) {
    List<ItemRow> out = new ArrayList<>(live.size() + overlay.itemIds().size());
    for (ItemRow row : live) {
      if (!overlay.touches(row.id())) {
        out.add(row);
      }
    }
    for (long id : overlay.itemIds()) {
      item(id).map(ItemEntry::row).filter(keep).ifPresent(out::add);
    }
    out.sort(ItemRow.OLDEST_FIRST);
    return out;
  }

  private ItemRow row(ResultSet rs) throws SQLException {
    return new ItemRow(
        rs.getLong(1),
        rs.getLong(2),
        rs.getLong(3),
        rs.getString(4),
        rs.getString(5),
        rs.getObject(6, OffsetDateTime.class),
        "WITHDRAWN".equals(rs.getString(7)),
        rs.getObject(8, OffsetDateTime.class));
  }

  private ItemEntry itemWithoutAttachments(ResultSet rs) throws SQLException {
    long id = rs.getLong(1);
    boolean going = overlay.revisions().containsKey(id);
    OffsetDateTime publishedAt = rs.getObject(11, OffsetDateTime.class);
    OffsetDateTime lastPublishedAt = rs.getObject(12, OffsetDateTime.class);
    if (going) {
      publishedAt = publishedAt == null ? overlay.releaseTime() : publishedAt;
      lastPublishedAt = overlay.releaseTime();
    }
    boolean withdrawn =
        overlay.withdrawals().contains(id) || (!going && "WITHDRAWN".equals(rs.getString(17)));
    return new ItemEntry(
        id,
        rs.getLong(2),
        rs.getLong(3),
        rs.getInt(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getObject(10, LocalDate.class),
        publishedAt,
        lastPublishedAt,
        Validity.valueOf(rs.getString(13)),
        rs.getString(14),
        rs.getString(15),
        rs.getString(16),
        List.of(),
        withdrawn ? reasonOrDefault(rs.getString(18)) : null,
        withdrawn ? withdrawnAt(rs.getObject(19, OffsetDateTime.class)) : null);
  }

  private OffsetDateTime withdrawnAt(OffsetDateTime stored) {
    return stored == null ? overlay.releaseTime() : stored;
  }

  private static String reasonOrDefault(String reason) {
    return reason == null || reason.isBlank() ? "—" : reason;
  }

  private List<AttachmentEntry> attachments(long itemId) {
    return sql.list(
        "SELECT item_id, id, file_name, media_type, size_bytes, sha256 FROM attachment"
            + " WHERE item_id = ? ORDER BY position, id",
        AttachmentCursor::attachment,
        itemId);
  }

  private static ItemEntry withAttachments(ItemEntry i, List<AttachmentEntry> files) {
    return i.withAttachments(files);
  }

  @Override
  public void close() {
    if (owner) {
      snapshot.close();
    }
  }

  /**
   * One read-only connection at REPEATABLE READ and the live rows read through it, shared by the
   * views of one moment ({@link #live()}).
   */
  private static final class Snapshot {
    private final Connection connection;
    private final boolean wasAutoCommit;
    private final boolean wasReadOnly;
    private final int wasIsolation;
    private final Sql sql;
    private final Map<Long, List<ItemRow>> liveRows = new ConcurrentHashMap<>();

    Snapshot(DataSource dataSource) {
      try {
        this.connection = dataSource.getConnection();
        this.wasAutoCommit = connection.getAutoCommit();
        this.wasReadOnly = connection.isReadOnly();
        this.wasIsolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        this.sql = new Sql(connection);
      } catch (SQLException e) {
        throw new ContentUnavailable("Cannot open a snapshot of the content", e);
      }
    }

    /** A catalogue's live rows (no overlay), read once. */
    List<ItemRow> liveRows(long catalogueId, Function<Long, List<ItemRow>> read) {
      return liveRows.computeIfAbsent(catalogueId, id -> List.copyOf(read.apply(id)));
    }

    void close() {
      try (connection) {
        connection.rollback();
        // A pooled connection goes back as it came: a server pool does not reset these, and the
        // next borrower — a JPA transaction — would find itself read-only at REPEATABLE READ.
        connection.setReadOnly(wasReadOnly);
        connection.setTransactionIsolation(wasIsolation);
        connection.setAutoCommit(wasAutoCommit);
      } catch (SQLException e) {
        throw new ContentUnavailable("Cannot close the content snapshot", e);
      }
    }
  }

  /** Keeps an attachment query open beside the item stream, both ordered by item id. */
  private static final class AttachmentCursor implements AutoCloseable {
    private final Sql.Cursor cursor;
    private ResultSetRow pending;

    private record ResultSetRow(long itemId, AttachmentEntry entry) {}

    AttachmentCursor(Sql.Cursor cursor) {
      this.cursor = cursor;
    }

    List<AttachmentEntry> takeFor(long itemId) {
      List<AttachmentEntry> out = new ArrayList<>();
      try {
        while (true) {
          if (pending == null) {
            if (!cursor.rs().next()) {
              return out;
            }
            pending = new ResultSetRow(cursor.rs().getLong(1), attachment(cursor.rs()));
          }
          if (pending.itemId() < itemId) {
            pending = null;
          } else if (pending.itemId() == itemId) {
            out.add(pending.entry());
            pending = null;
          } else {
            return out;
          }
        }
      } catch (SQLException e) {
        throw new ContentUnavailable("Cannot read attachments", e);
      }
    }

    static AttachmentEntry attachment(ResultSet rs) throws SQLException {
      return new AttachmentEntry(
          rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6));
    }

    @Override
    public void close() {
      cursor.close();
    }
  }
}
