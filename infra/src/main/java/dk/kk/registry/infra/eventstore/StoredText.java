package dk.kk.registry.infra.eventstore;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Text as the events hold it, read so that every projection can store it. The door refuses what PostgreSQL cannot hold
 * ({@code web.AdmissibleText}), but events are forever and older versions let in a NUL, which no {@code text} or
 * {@code jsonb} value can hold, and unpaired surrogates, which UTF-8 cannot encode: a projection writing such text
 * failed and parked the event, and the read model lost it for good. So when events are read, for projections,
 * aggregates and sagas alike, each NUL and each unpaired surrogate becomes U+FFFD, the replacement character, which
 * says "a character was here that could not be kept". The stored event is never changed: the audit log, the export and
 * the hash chain read its bytes as they are, so the chain still verifies, and an auditor sees the original escape.
 * The other characters the door refuses are left as they were: PostgreSQL holds them, and a read model shows what was
 * recorded.
 */
final class StoredText {

    static final char REPLACEMENT = '\uFFFD';

    private StoredText() {}

    static SimpleModule module() {
        return new SimpleModule("registry-stored-text")
                .addDeserializer(String.class, new Deserializer())
                .addKeyDeserializer(String.class, new Keys());
    }

    /** The text with each NUL and unpaired surrogate replaced by U+FFFD; the same instance when there is none. */
    static String storable(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unstorable;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                unstorable = false;
            } else {
                unstorable = c == '\u0000' || Character.isSurrogate(c);
            }
            if (unstorable) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = REPLACEMENT;
            }
        }
        return chars == null ? text : new String(chars);
    }

    static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return storable(super.deserialize(parser, context));
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            return storable(key);
        }
    }
}
