package cn.gongkai.domain.model.guide;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What 条例 第12条 asks a disclosure guide to state: how information is classified and arranged, how to
 * obtain it, and the disclosure office's name, address, hours, phone, fax and online contact. The
 * body holds the rest as sanitised HTML.
 */
@Embeddable
public class GuideContent {
  @Column(name = "classification", length = 1_000_000)
  private String classification;

  @Column(name = "how_to_obtain", length = 1_000_000)
  private String howToObtain;

  @Column(name = "office_name", nullable = false)
  private String officeName;

  @Column(name = "office_address", nullable = false)
  private String officeAddress;

  @Column(name = "office_hours", nullable = false)
  private String officeHours;

  @Column(nullable = false)
  private String phone;

  private String fax;

  private String email;

  private String website;

  @Column(name = "body", length = 1_000_000)
  private String body;

  protected GuideContent() {}

  public GuideContent(
      String classification,
      String howToObtain,
      String officeName,
      String officeAddress,
      String officeHours,
      String phone,
      String fax,
      String email,
      String website,
      String body) {
    this.classification = classification;
    this.howToObtain = howToObtain;
    this.officeName = officeName;
    this.officeAddress = officeAddress;
    this.officeHours = officeHours;
    this.phone = phone;
    this.fax = fax;
    this.email = email;
    this.website = website;
    this.body = body;
  }

  public String classification() {
    return classification;
  }

  public String howToObtain() {
    return howToObtain;
  }

  public String officeName() {
    return officeName;
  }

  public String officeAddress() {
    return officeAddress;
  }

  public String officeHours() {
    return officeHours;
  }

  public String phone() {
    return phone;
  }

  public String fax() {
    return fax;
  }

  public String email() {
    return email;
  }

  public String website() {
    return website;
  }

  public String body() {
    return body;
  }
}
