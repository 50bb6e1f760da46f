package cn.gongkai.publisher.source.json;

import cn.gongkai.domain.model.catalogue.CatalogueKind;
import cn.gongkai.domain.model.catalogue.ColumnType;
import cn.gongkai.domain.model.item.Validity;
import cn.gongkai.publisher.content.AgencyEntry;
import cn.gongkai.publisher.content.AttachmentEntry;
import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.GuideEntry;
import cn.gongkai.publisher.content.ItemEntry;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Each content record as a JSON object, field for field under the record's own component names.
 * Null fields are left out when writing and read back as null when absent.
 */
final class EntryJson {
  private EntryJson() {}

  static void write(JsonGenerator out, AgencyEntry a) {
    out.writeStartObject().write("id", a.id());
    text(out, "slug", a.slug());
    text(out, "name", a.name());
    text(out, "orgCode", a.orgCode());
    out.writeEnd();
  }

  static void write(JsonGenerator out, CatalogueEntry c) {
    out.writeStartObject().write("id", c.id()).write("agencyId", c.agencyId());
    if (c.parentId() != null) {
      out.write("parentId", c.parentId());
    }
    text(out, "code", c.code());
    text(out, "name", c.name());
    text(out, "kind", c.kind() == null ? null : c.kind().name());
    text(out, "columnType", c.columnType() == null ? null : c.columnType().name());
    out.write("position", c.position()).writeEnd();
  }

  static void write(JsonGenerator out, GuideEntry g) {
    out.writeStartObject().write("agencyId", g.agencyId()).write("version", g.version());
    text(out, "classification", g.classification());
    text(out, "howToObtain", g.howToObtain());
    text(out, "officeName", g.officeName());
    text(out, "officeAddress", g.officeAddress());
    text(out, "officeHours", g.officeHours());
    text(out, "phone", g.phone());
    text(out, "fax", g.fax());
    text(out, "email", g.email());
    text(out, "website", g.website());
    text(out, "body", g.body());
    text(out, "updatedAt", string(g.updatedAt()));
    out.writeEnd();
  }

  static void write(JsonGenerator out, ItemEntry i) {
    out.writeStartObject()
        .write("id", i.id())
        .write("agencyId", i.agencyId())
        .write("catalogueId", i.catalogueId())
        .write("revision", i.revision());
    text(out, "title", i.title());
    text(out, "summary", i.summary());
    text(out, "body", i.body());
    text(out, "indexNumber", i.indexNumber());
    text(out, "documentNumber", i.documentNumber());
    text(out, "writtenOn", i.writtenOn() == null ? null : i.writtenOn().toString());
    text(out, "publishedAt", string(i.publishedAt()));
    text(out, "lastPublishedAt", string(i.lastPublishedAt()));
    text(out, "validity", i.validity() == null ? null : i.validity().name());
    text(out, "keywords", i.keywords());
    text(out, "sourceName", i.sourceName());
    text(out, "sourceUrl", i.sourceUrl());
    text(out, "withdrawalReason", i.withdrawalReason());
    text(out, "withdrawnAt", string(i.withdrawnAt()));
    out.writeStartArray("attachments");
    for (AttachmentEntry f : i.attachments()) {
      out.writeStartObject().write("id", f.id());
      text(out, "fileName", f.fileName());
      text(out, "mediaType", f.mediaType());
      out.write("size", f.size());
      text(out, "sha256", f.sha256());
      out.writeEnd();
    }
    out.writeEnd().writeEnd();
  }

  static AgencyEntry agency(Fields f) {
    return new AgencyEntry(f.id("id"), f.text("slug"), f.text("name"), f.text("orgCode"));
  }

  static CatalogueEntry catalogue(Fields f) {
    return new CatalogueEntry(
        f.id("id"),
        f.id("agencyId"),
        f.optionalId("parentId"),
        f.text("code"),
        f.text("name"),
        f.choice("kind", CatalogueKind.class),
        f.choice("columnType", ColumnType.class),
        (int) f.number("position", 0));
  }

  static GuideEntry guide(Fields f) {
    return new GuideEntry(
        f.id("agencyId"),
        (int) f.number("version", 1),
        f.text("classification"),
        f.text("howToObtain"),
        f.text("officeName"),
        f.text("officeAddress"),
        f.text("officeHours"),
        f.text("phone"),
        f.text("fax"),
        f.text("email"),
        f.text("website"),
        f.text("body"),
        f.time("updatedAt"));
  }

  /**
   * An item; {@code lastPublishedAt} defaults to {@code publishedAt}, as at a first publication.
   */
  static ItemEntry item(Fields f) {
    OffsetDateTime publishedAt = f.time("publishedAt");
    OffsetDateTime lastPublishedAt = f.time("lastPublishedAt");
    List<AttachmentEntry> files = new ArrayList<>();
    JsonArray attachments = f.array("attachments");
    for (int k = 0; k < attachments.size(); k++) {
      Fields a = f.element(attachments, "attachments", k);
      files.add(
          new AttachmentEntry(
              a.id("id"),
              a.text("fileName"),
              a.text("mediaType"),
              a.number("size", 0),
              a.text("sha256")));
    }
    return new ItemEntry(
        f.id("id"),
        f.id("agencyId"),
        f.id("catalogueId"),
        (int) f.number("revision", 1),
        f.text("title"),
        f.text("summary"),
        f.text("body"),
        f.text("indexNumber"),
        f.text("documentNumber"),
        f.date("writtenOn"),
        publishedAt,
        lastPublishedAt == null ? publishedAt : lastPublishedAt,
        f.choice("validity", Validity.class),
        f.text("keywords"),
        f.text("sourceName"),
        f.text("sourceUrl"),
        files,
        f.text("withdrawalReason"),
        f.time("withdrawnAt"));
  }

  private static void text(JsonGenerator out, String name, String value) {
    if (value != null) {
      out.write(name, value);
    }
  }

  private static String string(OffsetDateTime time) {
    return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }

  /** One entry's fields, with where it is in the file for error messages. */
  record Fields(JsonObject object, String where) {
    long id(String name) {
      Long id = optionalId(name);
      if (id == null) {
        throw invalid(name, "is required");
      }
      return id;
    }

    Long optionalId(String name) {
      JsonValue v = value(name);
      return v == null ? null : (Long) number(name, v);
    }

    long number(String name, long absent) {
      JsonValue v = value(name);
      return v == null ? absent : number(name, v);
    }

    String text(String name) {
      JsonValue v = value(name);
      if (v == null) {
        return null;
      }
      if (v instanceof JsonString s) {
        return s.getString();
      }
      throw invalid(name, "must be a string, not " + v);
    }

    OffsetDateTime time(String name) {
      String t = text(name);
      try {
        return t == null ? null : OffsetDateTime.parse(t);
      } catch (DateTimeParseException e) {
        throw invalid(name, "must be a date-time with offset (2024-03-01T09:30:00+08:00)");
      }
    }

    LocalDate date(String name) {
      String t = text(name);
      try {
        return t == null ? null : LocalDate.parse(t);
      } catch (DateTimeParseException e) {
        throw invalid(name, "must be a date (2024-03-01)");
      }
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
      String t = text(name);
      try {
        return t == null ? null : Enum.valueOf(type, t);
      } catch (IllegalArgumentException e) {
        throw invalid(name, "is not one of " + List.of(type.getEnumConstants()));
      }
    }

    JsonArray array(String name) {
      JsonValue v = value(name);
      if (v == null) {
        return JsonValue.EMPTY_JSON_ARRAY;
      }
      if (v instanceof JsonArray a) {
        return a;
      }
      throw invalid(name, "must be an array");
    }

    Fields element(JsonArray array, String name, int k) {
      if (array.get(k) instanceof JsonObject o) {
        return new Fields(o, where + "." + name + "[" + k + "]");
      }
      throw invalid(name + "[" + k + "]", "must be an object");
    }

    private JsonValue value(String name) {
      JsonValue v = object.get(name);
      return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v;
    }

    private long number(String name, JsonValue v) {
      if (v instanceof JsonNumber n && n.isIntegral()) {
        try {
          return n.longValueExact();
        } catch (ArithmeticException e) {
          throw invalid(name, "is out of range");
        }
      }
      throw invalid(name, "must be a whole number, not " + v);
    }

    private InvalidExport invalid(String name, String why) {
      return new InvalidExport(where + "." + name + " " + why + ".");
    }
  }
}
