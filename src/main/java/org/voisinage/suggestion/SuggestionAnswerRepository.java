package org.voisinage.suggestion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SuggestionAnswerRepository extends JpaRepository<SuggestionAnswer, Long> {

    List<SuggestionAnswer> findBySuggestionIdOrderByCreatedAtAscIdAsc(long suggestionId);
}
