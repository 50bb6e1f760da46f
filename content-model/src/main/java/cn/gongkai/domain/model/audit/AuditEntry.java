package cn.gongkai.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * One action in the audit log. Entries are never changed or removed; each carries the hash of the
 * entry before it and its own, so an auditor can prove that the log is complete and unedited.
 * {@code beforeHash}/{@code afterHash} fingerprint the content an action changed.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private OffsetDateTime at;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false, length = 60)
  private String action;

  @Column(name = "target_type", length = 40)
  private String targetType;

  @Column(name = "target_id", length = 64)
  private String targetId;

  @Column(name = "remote_address", length = 64)
  private String remoteAddress;

  @Column(nullable = false, length = 20)
  private String outcome;

  @Column(length = 4000)
  private String detail;

  @Column(name = "before_hash", length = 64)
  private String beforeHash;

  @Column(name = "after_hash", length = 64)
  private String afterHash;

  @Column(name = "previous_hash", nullable = false, length = 64)
  private String previousHash;

  @Column(name = "entry_hash", nullable = false, length = 64)
  private String entryHash;

  protected AuditEntry() {}

  public AuditEntry(
      OffsetDateTime at,
      String actor,
      String action,
      String targetType,
      String targetId,
      String remoteAddress,
      String outcome,
      String detail,
      String beforeHash,
      String afterHash) {
    // Stored in UTC, to the microsecond, so the hash reads the same back from any database.
    this.at = at.withOffsetSameInstant(ZoneOffset.UTC).withNano(at.getNano() / 1000 * 1000);
    this.actor = actor;
    this.action = action;
    this.targetType = targetType;
    this.targetId = targetId;
    this.remoteAddress = remoteAddress;
    this.outcome = outcome;
    this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 4000));
    this.beforeHash = beforeHash;
    this.afterHash = afterHash;
  }

  /** Links this entry after {@code previous} in the chain. */
  public void chainAfter(String previous) {
    this.previousHash = previous;
    this.entryHash = computeHash();
  }

  /** Recomputes the hash from the stored fields; differs from {@link #entryHash()} if edited. */
  public String computeHash() {
    String canonical =
        String.join(
            "\u001f",
            previousHash,
            at.toInstant().toString(),
            actor,
            action,
            String.valueOf(targetType),
            String.valueOf(targetId),
            String.valueOf(remoteAddress),
            outcome,
            String.valueOf(detail),
            String.valueOf(beforeHash),
            String.valueOf(afterHash));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Long id() {
    return id;
  }

  public OffsetDateTime at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String targetType() {
    return targetType;
  }

  public String targetId() {
    return targetId;
  }

  public String remoteAddress() {
    return remoteAddress;
  }

  public String outcome() {
    return outcome;
  }

  public String detail() {
    return detail;
  }

  public String beforeHash() {
    return beforeHash;
  }

  public String afterHash() {
    return afterHash;
  }

  public String previousHash() {
    return previousHash;
  }

  public String entryHash() {
    return entryHash;
  }
}
