package io.dts.core.crypto.dkg;

import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes src/test/resources/dkg/kat.json from the fixed inputs of {@link KatVectors#generate()}.
 * Skipped in ordinary builds; regenerate on purpose (see the README next to kat.json) with
 * {@code mvn -o -q -B -pl dts-core -am test -Dtest=KatGenerator -Ddts.kat.write=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class KatGenerator {

    static final Path KAT = Path.of("src/test/resources/dkg/kat.json");

    @Test
    @EnabledIfSystemProperty(named = "dts.kat.write", matches = "true")
    void writeKnownAnswerVectors() throws IOException {
        Files.createDirectories(KAT.getParent());
        try (Writer out = Files.newBufferedWriter(KAT, StandardCharsets.UTF_8);
                JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                        .createWriter(out)) {
            writer.writeObject(KatVectors.generate());
        }
        Files.writeString(KAT, Files.readString(KAT).strip() + "\n");
    }
}
