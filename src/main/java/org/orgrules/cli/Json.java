package org.orgrules.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON writer of {@code --json}, made on first use: picocli instantiates every command at start,
 * and a mapper per command class cost a one-shot text answer ~0.3 s of start-up.
 */
final class Json {
    static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}
}
