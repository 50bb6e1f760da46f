package cn.gongkai.themes.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 政府信息公开指南: an issuing body's disclosure guide. The page title is the guide's title.
 *
 * @param updatedOn when this version of the guide took effect (an outdated guide is a violation)
 * @param classification how information is classified and arranged
 * @param howToObtain how to obtain information, proactively published or on application
 * @param office the disclosure office and its contacts
 * @param body further text of the guide
 */
public record GuidePage(
    PageFrame frame,
    LocalDate updatedOn,
    SafeHtml classification,
    SafeHtml howToObtain,
    DisclosureOffice office,
    SafeHtml body)
    implements Page {
  public GuidePage {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(updatedOn, "updatedOn");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(howToObtain, "howToObtain");
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(body, "body");
  }
}
