package claimwatch.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI 3 description of the query API ({@code openapi.json} in the jar), served at {@code /openapi.json}.
 * Written by hand beside the routes; {@code OpenApiTest} holds it to {@link QueryServer#ROUTES}.
 */
final class OpenApi {

    private static final DashboardResource.StaticFile DESCRIPTION = load();

    private OpenApi() {
    }

    static DashboardResource.StaticFile description() {
        return DESCRIPTION;
    }

    private static DashboardResource.StaticFile load() {
        try (InputStream in = OpenApi.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("no /openapi.json on the classpath");
            }
            return new DashboardResource.StaticFile("application/json", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
