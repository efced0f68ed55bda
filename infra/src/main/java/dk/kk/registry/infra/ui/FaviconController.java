package dk.kk.registry.infra.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The icon every browser asks for on its first visit. Without it each visit was a 404 and a WARN in the log; only the
 * stylesheets are static resources (spring.mvc.static-path-pattern), so the icon has its own mapping.
 */
@Controller
class FaviconController {

    private static final MediaType ICON = MediaType.parseMediaType("image/x-icon");
    private final byte[] icon = read();

    @GetMapping(value = "/favicon.ico")
    ResponseEntity<byte[]> icon() {
        return ResponseEntity.ok()
                .contentType(ICON)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .body(icon);
    }

    private static byte[] read() {
        try (InputStream in = FaviconController.class.getResourceAsStream("/ui/favicon.ico")) {
            if (in == null) {
                throw new IllegalStateException("ui/favicon.ico is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
