# claimwatch as a container: `docker compose up` (see docker-compose.yml) builds this.
#
#   docker build -t claimwatch .
#   docker run --rm claimwatch run --bootstrap-servers broker:9092 --create-topics
#
# Stage 1 builds target/claimwatch.jar with Maven (tests run in CI, not here); stage 2 is just
# a JRE, the jar and config/.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first: this layer stays cached while only the sources change.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY config config
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --uid 10001 claimwatch
WORKDIR /app
COPY --from=build /src/target/claimwatch.jar /app/claimwatch.jar
COPY config /app/config
USER claimwatch
ENTRYPOINT ["java", "-jar", "/app/claimwatch.jar"]
CMD ["run", "--config", "/app/config/claimwatch.properties"]
