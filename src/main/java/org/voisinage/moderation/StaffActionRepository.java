package org.voisinage.moderation;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffActionRepository extends JpaRepository<StaffAction, Long> {}
