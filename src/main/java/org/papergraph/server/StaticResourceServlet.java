package org.papergraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The explorer's files from the classpath: the pages under org/papergraph/server/www, and
 * {@code /vendor/cytoscape.min.js} from the Cytoscape.js WebJar (its version read from the jar, so
 * a version bump in the pom needs no change here). Every page forbids requests to other origins.
 */
final class StaticResourceServlet extends HttpServlet {

    private static final String ROOT = "/org/papergraph/server/www";
    private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html", "js", "text/javascript", "css", "text/css", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon");
    /** Nothing leaves the machine: scripts, styles, data and images only from this server. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final String cytoscape = webJarFile("org.webjars.npm", "cytoscape", "dist/cytoscape.min.js");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || path.equals("/")) {
            path = "/index.html";
        }
        String resource = path.equals("/vendor/cytoscape.min.js") ? cytoscape
                : SAFE_PATH.matcher(path).matches() ? ROOT + path : null;
        try (InputStream in = resource == null ? null : getClass().getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "no page at " + path);
                return;
            }
            String extension = path.substring(path.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            if (extension.equals("html") || extension.equals("js") || extension.equals("css")) {
                response.setCharacterEncoding("UTF-8");
            }
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }

    private static String webJarFile(String group, String artifact, String file) {
        String properties = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = StaticResourceServlet.class.getResourceAsStream(properties)) {
            if (in == null) {
                throw new IllegalStateException("the " + artifact + " WebJar is missing from the classpath; rebuild papergraph");
            }
            Properties pom = new Properties();
            pom.load(in);
            return "/META-INF/resources/webjars/" + artifact + "/" + pom.getProperty("version") + "/" + file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
