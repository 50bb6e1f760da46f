package cn.gongkai.domain.model.catalogue;

import java.util.List;
import java.util.Optional;

/** Catalogue trees, one per agency. */
public interface CatalogueRepository {
  Optional<Catalogue> find(long id);

  Optional<Catalogue> findByCode(long agencyId, String code);

  /** The agency's whole tree, parents before children, siblings by position. */
  List<Catalogue> tree(long agencyId);

  List<Catalogue> findAll();

  Catalogue add(Catalogue catalogue);
}
