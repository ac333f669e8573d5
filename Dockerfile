# syntax=docker/dockerfile:1
# Voisinage in a container: built with the Maven wrapper on a JDK 21, run on a JRE 21 as an unprivileged user.
#   docker build -t voisinage .
# The production build (-Pprod) carries no embedded PostgreSQL: give SPRING_DATASOURCE_URL (docker-compose.yml does).
# Tests are not run here (the embedded PostgreSQL of the test suite refuses to run as root): run ./mvnw verify or
# .ci/run before building the image.

FROM eclipse-temurin:21-jdk AS build
WORKDIR /build
# the wrapper and the POM first: their layer (and the downloaded dependencies, kept in a cache mount) survives a
# change of the sources
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -Pprod dependency:resolve dependency:resolve-plugins -q
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -Pprod package -DskipTests \
    && cp target/voisinage-*.jar /build/voisinage.jar \
    && java -Djarmode=tools -jar /build/voisinage.jar extract --destination /build/app
# The jar extracted (Spring Boot's jarmode tools: /build/app/voisinage.jar and its libraries in lib/): classes load from
# plain jars, not from jars nested in a jar, and can be archived for Class Data Sharing (ENTRYPOINT)

FROM eclipse-temurin:21-jre
# curl for the health check below
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 voisinage \
    && useradd --system --uid 10001 --gid voisinage --home-dir /app --shell /usr/sbin/nologin voisinage \
    && mkdir -p /app /var/lib/voisinage/uploads /var/lib/voisinage/cds && chown -R voisinage:voisinage /var/lib/voisinage
WORKDIR /app
COPY --from=build --chown=root:root /build/app/ /app/
# prod profile (no demo data, JSON logs, __Host- cookies over HTTPS); the actuator (health, Prometheus) on its own
# port 9090, which the reverse proxy never forwards; photos on a volume every instance mounts; the JVM flags of
# bench/run.sh (README "Load benchmark"): serial collector, capped metaspace and code cache, 2 malloc arenas
ENV SPRING_PROFILES_ACTIVE=prod \
    MANAGEMENT_SERVER_PORT=9090 \
    VOISINAGE_UPLOADS_DIRECTORY=/var/lib/voisinage/uploads \
    MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m"
USER 10001:10001
EXPOSE 8080 9090
VOLUME ["/var/lib/voisinage/uploads"]
# ready = serving (the database reachable); a container that stays unready is reported unhealthy
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${MANAGEMENT_SERVER_PORT}/actuator/health/readiness" > /dev/null || exit 1
# Class Data Sharing: the first run of a container writes, when it stops, an archive of the classes it loaded (JDK 19+
# -XX:+AutoCreateSharedArchive; rewritten by itself when the JRE or the jar changes); every later start maps it instead
# of reading and verifying 24,000 classes again (README "Start time": about 15 % less CPU at start)
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/var/lib/voisinage/cds/voisinage.jsa", "-XX:+AutoCreateSharedArchive", \
    "-jar", "/app/voisinage.jar"]
