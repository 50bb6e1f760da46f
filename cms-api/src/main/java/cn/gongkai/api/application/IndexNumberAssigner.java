package cn.gongkai.api.application;

import cn.gongkai.domain.indexnumber.IndexNumberContext;
import cn.gongkai.domain.indexnumber.IndexNumberPattern;
import cn.gongkai.domain.model.agency.Agency;
import cn.gongkai.domain.model.agency.AgencyRepository;
import cn.gongkai.domain.model.catalogue.CatalogueRepository;
import cn.gongkai.domain.model.item.DisclosureItem;
import cn.gongkai.domain.model.item.IndexSequences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** 索引号: formats the next number of the agency's pattern, in the caller's transaction. */
@ApplicationScoped
public class IndexNumberAssigner {
  @Inject AgencyRepository agencies;
  @Inject CatalogueRepository catalogues;
  @Inject IndexSequences sequences;

  public String next(DisclosureItem item, LocalDate on) {
    Agency agency = agencies.find(item.agencyId()).orElseThrow();
    String catalogueCode = catalogues.find(item.catalogueId()).orElseThrow().code();
    IndexNumberPattern pattern = IndexNumberPattern.parse(agency.indexPattern());
    IndexNumberContext context =
        new IndexNumberContext(agency.orgCode().value(), catalogueCode, on);
    long sequence = sequences.next(agency.id() + ":" + pattern.sequenceScope(context));
    return pattern.format(context, sequence);
  }
}
