package cn.gongkai.api.interfaces.rest.item;

import cn.gongkai.api.application.ItemInput;
import cn.gongkai.domain.model.item.Disclosure;
import cn.gongkai.domain.model.item.Validity;
import cn.gongkai.domain.model.item.WithholdGround;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An item as a drafter writes it. {@code agencyId} is only read on creation (an item never moves to
 * another agency). Enums and dates arrive as text and are parsed with clear messages.
 *
 * <p>Request types are classes with public fields, not records: Payara's OpenAPI generator fails on
 * constraint annotations that records copy onto constructor parameters (payara/Payara#7649).
 */
public class ItemRequest {
  public Long agencyId;

  @NotNull(message = "Choose the catalogue (公开目录) the item belongs to.")
  public Long catalogueId;

  @NotBlank(message = "A title (名称) is required.")
  @Size(max = 200, message = "The title may be at most 200 characters.")
  public String title;

  @Size(max = 100, message = "The summary (内容概述) may be at most 100 characters.")
  public String summary;

  @Size(max = 500_000, message = "The body may be at most 500,000 characters.")
  public String body;

  @Size(max = 100, message = "The document number (文号) may be at most 100 characters.")
  public String documentNumber;

  /** 成文日期, YYYY-MM-DD. */
  public String writtenOn;

  @NotBlank(message = "Choose the disclosure attribute: PROACTIVE, ON_APPLICATION or WITHHELD.")
  public String disclosure;

  public String withholdGround;

  @Size(max = 500, message = "Keywords may be at most 500 characters.")
  public String keywords;

  public String validity;

  @Size(max = 200, message = "The source name may be at most 200 characters.")
  public String sourceName;

  @Size(max = 1000, message = "The source link may be at most 1000 characters.")
  public String sourceUrl;

  public ItemInput toInput() {
    FieldParser p = new FieldParser();
    ItemInput input =
        new ItemInput(
            catalogueId,
            title,
            summary,
            body,
            documentNumber,
            p.date("writtenOn", writtenOn),
            p.choice("disclosure", disclosure, Disclosure.class),
            p.choice("withholdGround", withholdGround, WithholdGround.class),
            keywords,
            p.choice("validity", validity, Validity.class),
            sourceName,
            sourceUrl);
    p.done();
    return input;
  }
}
