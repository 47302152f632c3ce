package vn.hoptac.sources.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.hoptac.sources.SourceDocument;

public interface SourceDocumentRepository extends JpaRepository<SourceDocument, String> {

}
