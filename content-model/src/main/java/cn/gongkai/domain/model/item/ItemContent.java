package cn.gongkai.domain.model.item;

import cn.gongkai.domain.model.InvalidInput;
import cn.gongkai.domain.model.InvalidInput.FieldError;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a drafter writes: the catalogue record (条例 第12条: 名称, 内容概述, 生成日期, plus 文号, 成文日期, 公开属性, 关键词,
 * 有效性) and the body. An item holds one as its working copy and every signed revision keeps its own.
 */
@Embeddable
public class ItemContent {
  public static final int TITLE_MAX = 200;
  public static final int SUMMARY_MAX = 100;

  @Column(nullable = false, length = 500)
  private String title;

  @Column(length = 500)
  private String summary;

  @Column(length = 1_000_000)
  private String body;

  @Column(name = "document_number", length = 100)
  private String documentNumber;

  @Column(name = "written_on")
  private LocalDate writtenOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Disclosure disclosure;

  @Enumerated(EnumType.STRING)
  @Column(name = "withhold_ground")
  private WithholdGround withholdGround;

  @Column(length = 500)
  private String keywords;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Validity validity;

  @Column(name = "source_name", length = 200)
  private String sourceName;

  @Column(name = "source_url", length = 1000)
  private String sourceUrl;

  protected ItemContent() {}

  private ItemContent(Builder b) {
    this.title = b.title;
    this.summary = b.summary;
    this.body = b.body;
    this.documentNumber = b.documentNumber;
    this.writtenOn = b.writtenOn;
    this.disclosure = b.disclosure;
    this.withholdGround = b.withholdGround;
    this.keywords = b.keywords;
    this.validity = b.validity == null ? Validity.EFFECTIVE : b.validity;
    this.sourceName = b.sourceName;
    this.sourceUrl = b.sourceUrl;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A copy, so a revision never shares a mutable embeddable with the working item. */
  public ItemContent copy() {
    return toBuilder().build(null);
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.title = title;
    b.summary = summary;
    b.body = body;
    b.documentNumber = documentNumber;
    b.writtenOn = writtenOn;
    b.disclosure = disclosure;
    b.withholdGround = withholdGround;
    b.keywords = keywords;
    b.validity = validity;
    b.sourceName = sourceName;
    b.sourceUrl = sourceUrl;
    return b;
  }

  /** A SHA-256 of everything a reader sees, for the audit log's before/after record. */
  public String fingerprint() {
    String canonical =
        String.join(
            "\u001f",
            String.valueOf(title),
            String.valueOf(summary),
            String.valueOf(body),
            String.valueOf(documentNumber),
            String.valueOf(writtenOn),
            String.valueOf(disclosure),
            String.valueOf(withholdGround),
            String.valueOf(keywords),
            String.valueOf(validity),
            String.valueOf(sourceName),
            String.valueOf(sourceUrl));
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public String body() {
    return body;
  }

  public String documentNumber() {
    return documentNumber;
  }

  public LocalDate writtenOn() {
    return writtenOn;
  }

  public Disclosure disclosure() {
    return disclosure;
  }

  public WithholdGround withholdGround() {
    return withholdGround;
  }

  public String keywords() {
    return keywords;
  }

  public Validity validity() {
    return validity;
  }

  public String sourceName() {
    return sourceName;
  }

  public String sourceUrl() {
    return sourceUrl;
  }

  /** Builds content and checks the rules that span fields; field errors name the JSON field. */
  public static final class Builder {
    private String title;
    private String summary;
    private String body;
    private String documentNumber;
    private LocalDate writtenOn;
    private Disclosure disclosure;
    private WithholdGround withholdGround;
    private String keywords;
    private Validity validity;
    private String sourceName;
    private String sourceUrl;

    public Builder title(String v) {
      title = trim(v);
      return this;
    }

    public Builder summary(String v) {
      summary = trim(v);
      return this;
    }

    public Builder body(String v) {
      body = v == null || v.isBlank() ? null : v;
      return this;
    }

    public Builder documentNumber(String v) {
      documentNumber = trim(v);
      return this;
    }

    public Builder writtenOn(LocalDate v) {
      writtenOn = v;
      return this;
    }

    public Builder disclosure(Disclosure v) {
      disclosure = v;
      return this;
    }

    public Builder withholdGround(WithholdGround v) {
      withholdGround = v;
      return this;
    }

    public Builder keywords(String v) {
      keywords = trim(v);
      return this;
    }

    public Builder validity(Validity v) {
      validity = v;
      return this;
    }

    public Builder source(String name, String url) {
      sourceName = trim(name);
      sourceUrl = trim(url);
      return this;
    }

    /**
     * @param today the date to check 成文日期 against, or null to skip that check (copies)
     */
    public ItemContent build(LocalDate today) {
      List<FieldError> errors = new ArrayList<>();
      if (title == null || title.isEmpty()) {
        errors.add(new FieldError("title", "A title (名称) is required."));
      } else if (title.codePointCount(0, title.length()) > TITLE_MAX) {
        errors.add(
            new FieldError("title", "The title may be at most " + TITLE_MAX + " characters."));
      }
      if (summary != null && summary.codePointCount(0, summary.length()) > SUMMARY_MAX) {
        errors.add(
            new FieldError(
                "summary", "The summary (内容概述) may be at most " + SUMMARY_MAX + " characters."));
      }
      if (disclosure == null) {
        errors.add(
            new FieldError(
                "disclosure",
                "Choose the disclosure attribute: PROACTIVE, ON_APPLICATION or WITHHELD."));
      } else if (disclosure == Disclosure.WITHHELD && withholdGround == null) {
        errors.add(
            new FieldError(
                "withholdGround", "An item that is not disclosed needs its ground (不予公开的依据)."));
      } else if (disclosure != Disclosure.WITHHELD && withholdGround != null) {
        errors.add(
            new FieldError("withholdGround", "Only a WITHHELD item has a withholding ground."));
      }
      if (today != null && writtenOn != null && writtenOn.isAfter(today)) {
        errors.add(new FieldError("writtenOn", "The date written (成文日期) cannot be in the future."));
      }
      tooLong(errors, "documentNumber", documentNumber, 100, "The document number (文号)");
      tooLong(errors, "keywords", keywords, 500, "Keywords");
      tooLong(errors, "sourceName", sourceName, 200, "The source name");
      tooLong(errors, "sourceUrl", sourceUrl, 1000, "The source link");
      if (sourceUrl != null && !sourceUrl.matches("https?://\\S+")) {
        errors.add(new FieldError("sourceUrl", "The source link must be an http(s) address."));
      }
      if (!errors.isEmpty()) {
        throw new InvalidInput(errors);
      }
      return new ItemContent(this);
    }

    private static void tooLong(
        List<FieldError> errors, String field, String value, int max, String what) {
      if (value != null && value.codePointCount(0, value.length()) > max) {
        errors.add(new FieldError(field, what + " may be at most " + max + " characters."));
      }
    }

    private static String trim(String v) {
      if (v == null) {
        return null;
      }
      String t = v.strip();
      return t.isEmpty() ? null : t;
    }
  }
}
