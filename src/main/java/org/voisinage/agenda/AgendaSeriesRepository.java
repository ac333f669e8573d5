package org.voisinage.agenda;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaSeriesRepository extends JpaRepository<AgendaSeries, Long> {}
