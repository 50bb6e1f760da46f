package cn.gongkai.api.infrastructure.search;

import cn.gongkai.api.application.FullTextSearch;
import cn.gongkai.api.config.GongkaiConfig;
import cn.gongkai.domain.model.item.DisclosureItem;
import cn.gongkai.domain.model.item.ItemContent;
import cn.gongkai.domain.model.item.ItemFilter;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The item search index: one long-lived IndexWriter, searches through a SearcherManager, upserts by
 * the item's id term. SmartChineseAnalyzer splits Chinese into words, so 公开指南 finds 政府信息公开指南. The
 * index lives under {@code <data>/index/items} and is rebuilt from the database when it disagrees
 * with it (start-up), so each node of a cluster keeps its own.
 */
@ApplicationScoped
public class LuceneItemIndex implements FullTextSearch {
  private static final String[] TEXT_FIELDS = {
    "title", "summary", "body", "documentNumber", "indexNumber", "keywords"
  };

  @Inject GongkaiConfig config;

  private IndexWriter writer;
  private SearcherManager searchers;
  private final Analyzer analyzer = new SmartChineseAnalyzer();

  @PostConstruct
  void open() {
    try {
      Path dir = Files.createDirectories(config.dataDir().resolve("index").resolve("items"));
      writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(analyzer));
      writer.commit();
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index", e);
    }
  }

  @PreDestroy
  void close() {
    try {
      searchers.close();
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void index(DisclosureItem item) {
    try {
      writer.updateDocument(new Term("id", String.valueOf(item.id())), document(item));
      writer.commit();
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void clear() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void add(DisclosureItem item) {
    try {
      writer.addDocument(document(item));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void commit() {
    try {
      writer.commit();
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long size() {
    return writer.getDocStats().numDocs;
  }

  @Override
  public Hits search(String text, ItemFilter filter, int offset, int limit) {
    Query query = withFilter(parse(text), filter);
    IndexSearcher searcher = null;
    try {
      searcher = searchers.acquire();
      TopDocs top = searcher.search(query, offset + limit);
      List<Long> ids = new ArrayList<>();
      ScoreDoc[] docs = top.scoreDocs;
      for (int i = offset; i < docs.length; i++) {
        ids.add(
            searcher
                .storedFields()
                .document(docs[i].doc)
                .getField("id_stored")
                .numericValue()
                .longValue());
      }
      return new Hits(ids, top.totalHits.value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  private void release(IndexSearcher searcher) {
    if (searcher != null) {
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private Query parse(String text) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(TEXT_FIELDS, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(QueryParser.escape(text));
    } catch (ParseException e) {
      throw new IllegalArgumentException("The search text could not be read: " + text, e);
    }
  }

  private static Query withFilter(Query text, ItemFilter f) {
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(text, Occur.MUST);
    if (f.state() != null) {
      q.add(new TermQuery(new Term("state", f.state().name())), Occur.FILTER);
    }
    if (f.agencyId() != null) {
      q.add(new TermQuery(new Term("agency", f.agencyId().toString())), Occur.FILTER);
    }
    if (f.catalogueId() != null) {
      q.add(new TermQuery(new Term("catalogue", f.catalogueId().toString())), Occur.FILTER);
    }
    if (f.departmentId() != null) {
      q.add(new TermQuery(new Term("department", f.departmentId().toString())), Occur.FILTER);
    }
    if (f.ids() != null) {
      List<BytesRef> ids = f.ids().stream().map(id -> new BytesRef(id.toString())).toList();
      q.add(new TermInSetQuery("id", ids), Occur.FILTER);
    }
    return q.build();
  }

  private static Document document(DisclosureItem item) {
    ItemContent c = item.content();
    Document doc = new Document();
    doc.add(new StringField("id", item.id().toString(), Field.Store.NO));
    doc.add(new StoredField("id_stored", item.id()));
    doc.add(new LongPoint("updated", item.updatedAt().toInstant().toEpochMilli()));
    doc.add(new StringField("state", item.state().name(), Field.Store.NO));
    doc.add(new StringField("agency", String.valueOf(item.agencyId()), Field.Store.NO));
    doc.add(new StringField("catalogue", String.valueOf(item.catalogueId()), Field.Store.NO));
    if (item.departmentId() != null) {
      doc.add(new StringField("department", item.departmentId().toString(), Field.Store.NO));
    }
    text(doc, "title", c.title());
    text(doc, "summary", c.summary());
    text(doc, "body", c.body() == null ? null : org.jsoup.Jsoup.parse(c.body()).text());
    text(doc, "documentNumber", c.documentNumber());
    text(doc, "indexNumber", item.indexNumber());
    text(doc, "keywords", c.keywords());
    return doc;
  }

  private static void text(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new TextField(field, value, Field.Store.NO));
    }
  }
}
