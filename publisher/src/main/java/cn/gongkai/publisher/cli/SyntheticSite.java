package cn.gongkai.publisher.cli;

import cn.gongkai.domain.indexnumber.IndexNumberContext;
import cn.gongkai.domain.indexnumber.IndexNumberPattern;
import cn.gongkai.domain.model.catalogue.CatalogueKind;
import cn.gongkai.domain.model.catalogue.ColumnType;
import cn.gongkai.domain.model.item.Validity;
import cn.gongkai.publisher.content.AgencyEntry;
import cn.gongkai.publisher.content.AttachmentEntry;
import cn.gongkai.publisher.content.CatalogueEntry;
import cn.gongkai.publisher.content.GuideEntry;
import cn.gongkai.publisher.content.ItemEntry;
import cn.gongkai.publisher.source.json.ExportHandler;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A city's disclosure site made up for benchmarks: four agencies of 示范市 with the four standard
 * columns and their own catalogues (about twenty lists, two of them nested), and {@code items}
 * published items of about 2 KB of Chinese prose each, published over 2018–2025, a third of them
 * with PDF attachments drawn from a pool of a few hundred files. The same seed gives the same site;
 * item {@code k} is the same whatever the number of items. Items are made one at a time, so any
 * number can be streamed into an export or a database.
 */
public final class SyntheticSite {
  /** The agencies' 索引号 pattern, the CMS's default. */
  public static final String INDEX_PATTERN = "{org}/{yyyy}-{seq:5}";

  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  private static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);
  private static final int DAYS =
      (int) (LocalDate.of(2026, 1, 1).toEpochDay() - FIRST_DAY.toEpochDay());
  private static final int ATTACHMENT_POOL = 300;
  private static final int BODY_CHARS = 680; // about 2 KB of UTF-8

  /** An agency of the synthetic city, its document prefix and its own catalogues. */
  private record AgencySpec(
      String slug, String name, String shortName, String orgCode, String prefix, String columns) {}

  private static final List<AgencySpec> AGENCIES =
      List.of(
          new AgencySpec(
              "szf",
              "示范市人民政府办公室",
              "示范市政府办公室",
              "SFS-000001",
              "示政办",
              "jgzn 机构职能 REFERENCE;tzgg 通知公告 NOTICE;zcwj 政策文件 POLICY"
                  + " [gfxwj 规范性文件 POLICY,qtwj 其他文件 POLICY];gzdt 工作动态 NEWS;rsxx 人事信息 NOTICE"),
          new AgencySpec(
              "fgw",
              "示范市发展和改革委员会",
              "示范市发展改革委",
              "SFS-000002",
              "示发改",
              "jgzn 机构职能 REFERENCE;tzgg 通知公告 NOTICE;ghjh 规划计划 POLICY;xmgl 项目管理 NOTICE;"
                  + "jgsf 价格收费 NOTICE"),
          new AgencySpec(
              "jyj",
              "示范市教育局",
              "示范市教育局",
              "SFS-000003",
              "示教",
              "jgzn 机构职能 REFERENCE;tzgg 通知公告 NOTICE;zsks 招生考试 NOTICE;czzj 财政资金 NOTICE"
                  + " [ysgk 预算公开 NOTICE,jsgk 决算公开 NOTICE];gzdt 工作动态 NEWS"),
          new AgencySpec(
              "sthjj",
              "示范市生态环境局",
              "示范市生态环境局",
              "SFS-000004",
              "示环",
              "jgzn 机构职能 REFERENCE;tzgg 通知公告 NOTICE;hjzl 环境质量 REFERENCE;xzzf 行政执法 NOTICE;"
                  + "hpsp 环评审批 NOTICE"));

  private final long items;
  private final long seed;
  private final SyntheticText text = new SyntheticText();
  private final SyntheticPdfs pdfs;
  private final List<AgencyEntry> agencies = new ArrayList<>();
  private final List<CatalogueEntry> catalogues = new ArrayList<>();
  private final List<CatalogueEntry> lists = new ArrayList<>();
  private final List<Integer> weights = new ArrayList<>();
  private final IndexNumberPattern pattern = IndexNumberPattern.parse(INDEX_PATTERN);
  private final Map<String, Long> sequences = new LinkedHashMap<>();

  public SyntheticSite(long items, long seed) {
    if (items < 0) {
      throw new IllegalArgumentException("The number of items cannot be negative.");
    }
    this.items = items;
    this.seed = seed;
    this.pdfs = new SyntheticPdfs(ATTACHMENT_POOL);
    long catalogueId = 1;
    for (int a = 0; a < AGENCIES.size(); a++) {
      AgencySpec spec = AGENCIES.get(a);
      long agencyId = a + 1;
      agencies.add(new AgencyEntry(agencyId, spec.slug(), spec.name(), spec.orgCode()));
      long statutory = 0;
      for (CatalogueKind kind : CatalogueKind.values()) {
        if (!kind.standard()) {
          continue;
        }
        ColumnType type =
            kind == CatalogueKind.STATUTORY ? ColumnType.NOTICE : ColumnType.REFERENCE;
        CatalogueEntry column =
            new CatalogueEntry(
                catalogueId++,
                agencyId,
                null,
                kind.standardCode(),
                kind.standardName(),
                kind,
                type,
                kind.ordinal());
        catalogues.add(column);
        if (kind == CatalogueKind.STATUTORY) {
          statutory = column.id();
        } else if (kind != CatalogueKind.GUIDE) {
          listed(column, 1); // 公开制度 and 年报 get a few items
        }
      }
      int position = 10;
      for (String column : spec.columns().split(";")) {
        int open = column.indexOf('[');
        String[] own = (open < 0 ? column : column.substring(0, open)).strip().split(" ");
        CatalogueEntry parent = custom(catalogueId++, agencyId, statutory, own, position);
        position += 10;
        if (open < 0) {
          listed(parent, weight(parent.columnType()));
          continue;
        }
        int childPosition = 10;
        for (String child : column.substring(open + 1, column.indexOf(']')).split(",")) {
          CatalogueEntry leaf =
              custom(catalogueId++, agencyId, parent.id(), child.strip().split(" "), childPosition);
          childPosition += 10;
          listed(leaf, weight(leaf.columnType()));
        }
      }
    }
  }

  public List<AgencyEntry> agencies() {
    return List.copyOf(agencies);
  }

  public List<CatalogueEntry> catalogues() {
    return List.copyOf(catalogues);
  }

  /** Version 1 of each agency's disclosure guide. */
  public List<GuideEntry> guides() {
    List<GuideEntry> guides = new ArrayList<>();
    for (AgencyEntry a : agencies) {
      guides.add(
          new GuideEntry(
              a.id(),
              1,
              "本机关政府信息按公开目录分为政府信息公开指南、政府信息公开制度、法定主动公开内容和政府信息公开年报。",
              "主动公开的政府信息在本平台发布；申请获取其他政府信息，请向本机关提交书面申请，本机关自收到申请之日起20个工作日内答复。",
              a.name() + "办公室",
              "示范市行政中心" + a.id() + "号楼",
              "工作日上午9:00–12:00，下午14:30–17:30（法定节假日除外）",
              "0000-000000" + a.id(),
              null,
              null,
              null,
              "<p>本指南适用于" + a.name() + "的政府信息公开工作。</p>",
              OffsetDateTime.of(2018, 1, 2, 9, 0, 0, 0, CHINA)));
    }
    return guides;
  }

  /** Every item, in id order (1 … items), made one at a time. */
  public void forEachItem(Consumer<ItemEntry> action) {
    long attachmentId = 1;
    for (long id = 1; id <= items; id++) {
      ItemEntry item = item(id, attachmentId, true);
      attachmentId += item.attachments().size();
      action.accept(item);
    }
  }

  /** The whole site, in the order an export holds it. */
  public void writeTo(ExportHandler handler) {
    agencies.forEach(handler::agency);
    catalogues.forEach(handler::catalogue);
    guides().forEach(handler::guide);
    forEachItem(handler::item);
  }

  /** The attachment files, as the CMS keeps them: {@code dir/ab/abcdef…}. */
  public void writeAttachments(Path dir) throws IOException {
    pdfs.writeTo(dir);
  }

  /**
   * The last 索引号 sequence value of each numbering scope, keyed as the CMS's {@code index_sequence}
   * table keys them ({@code <agencyId>:<number without sequence>}); complete once the items have
   * been made.
   */
  public Map<String, Long> sequences() {
    return Map.copyOf(sequences);
  }

  /**
   * Item {@code id} as {@link #forEachItem} makes it, on its own, without counting its 索引号: what a
   * drafter might write next, for benchmarks that go through the CMS's workflow.
   */
  public ItemEntry sample(long id) {
    return item(id, 1, false);
  }

  private ItemEntry item(long id, long firstAttachmentId, boolean counted) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + id);
    CatalogueEntry catalogue = catalogue(random);
    AgencyEntry agency = agencies.get((int) catalogue.agencyId() - 1);
    AgencySpec spec = AGENCIES.get((int) catalogue.agencyId() - 1);
    LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
    OffsetDateTime publishedAt =
        day.atTime(8 + random.nextInt(10), random.nextInt(60), random.nextInt(60)).atOffset(CHINA);
    IndexNumberContext context = new IndexNumberContext(agency.orgCode(), catalogue.code(), day);
    String scope = agency.id() + ":" + pattern.sequenceScope(context);
    long sequence = counted ? sequences.merge(scope, 1L, Long::sum) : 1;
    String type = catalogue.columnType().name();
    boolean numbered = type.equals("NOTICE") || type.equals("POLICY");
    List<AttachmentEntry> files = new ArrayList<>();
    int attached = random.nextInt(100) < 30 ? (random.nextInt(6) == 0 ? 2 : 1) : 0;
    for (int k = 0; k < attached; k++) {
      SyntheticPdfs.Pdf pdf = pdfs.get(random.nextInt(pdfs.size()));
      files.add(
          new AttachmentEntry(
              firstAttachmentId + k,
              "附件" + (k + 1) + "：" + catalogue.name() + "相关材料.pdf",
              "application/pdf",
              pdf.bytes().length,
              pdf.sha256()));
    }
    boolean withdrawn = random.nextInt(1000) < 3;
    int v = random.nextInt(100);
    Validity validity =
        v < 90
            ? Validity.EFFECTIVE
            : v < 95 ? Validity.AMENDED : v < 98 ? Validity.REPEALED : Validity.EXPIRED;
    return new ItemEntry(
        id,
        agency.id(),
        catalogue.id(),
        1,
        text.title(random, spec.shortName(), type, day.getYear()),
        text.summary(random),
        text.body(random, BODY_CHARS),
        pattern.format(context, sequence),
        numbered
            ? spec.prefix() + "发〔" + day.getYear() + "〕" + (1 + random.nextInt(200)) + "号"
            : null,
        day.minusDays(random.nextInt(10)),
        publishedAt,
        publishedAt,
        validity,
        SyntheticText.pick(random, List.of("政务公开", "通知", "工作部署", "民生", "安全")),
        null,
        null,
        files,
        withdrawn ? "该信息已过时效，予以撤销。" : null,
        withdrawn ? publishedAt.plusDays(30) : null);
  }

  private CatalogueEntry catalogue(SplittableRandom random) {
    int total = weights.get(weights.size() - 1);
    int r = random.nextInt(total);
    for (int i = 0; i < weights.size(); i++) {
      if (r < weights.get(i)) {
        return lists.get(i);
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private void listed(CatalogueEntry catalogue, int weight) {
    lists.add(catalogue);
    weights.add((weights.isEmpty() ? 0 : weights.get(weights.size() - 1)) + weight);
  }

  private CatalogueEntry custom(
      long id, long agencyId, long parentId, String[] spec, int position) {
    CatalogueEntry c =
        new CatalogueEntry(
            id,
            agencyId,
            parentId,
            spec[0],
            spec[1],
            CatalogueKind.CUSTOM,
            ColumnType.valueOf(spec[2]),
            position);
    catalogues.add(c);
    return c;
  }

  private static int weight(ColumnType type) {
    return switch (type) {
      case NEWS -> 16;
      case NOTICE -> 12;
      case POLICY -> 6;
      case REFERENCE -> 3;
    };
  }
}
