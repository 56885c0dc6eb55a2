package org.iowscb.learningloop.platform.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The configuration of this package's engine jobs, as JSON (at most 4000 characters, the column's size). */
final class Json {

    static final int MAX_LENGTH = 4000;

    private static final ObjectMapper MAPPER = new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Json() {
    }

    static String write(Object value) {
        try {
            String json = MAPPER.writeValueAsString(value);
            if (json.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("job configuration longer than " + MAX_LENGTH + " characters");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName() + " from the job configuration", e);
        }
    }
}
