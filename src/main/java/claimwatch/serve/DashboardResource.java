package claimwatch.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/** The dashboard's static files, served from {@code dashboard/} in the jar: no build step, nothing from a CDN. */
final class DashboardResource {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml");

    record StaticFile(String contentType, byte[] bytes) {
    }

    /** {@code name} from {@code dashboard/}, or a 404: only plain file names, so no path leaves the folder. */
    StaticFile file(String name) throws IOException {
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
        if (!NAME.matcher(name).matches() || type == null) {
            throw BadRequest.notFound("no dashboard file " + name);
        }
        try (InputStream in = DashboardResource.class.getResourceAsStream("/dashboard/" + name)) {
            if (in == null) {
                throw BadRequest.notFound("no dashboard file " + name);
            }
            return new StaticFile(type, in.readAllBytes());
        }
    }
}
