package org.iowscb.learningloop.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.iowscb.learningloop.support.ApplicationTest;
import org.iowscb.learningloop.support.CamundaRest;
import org.iowscb.learningloop.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NotificationPreferencesRestTest extends ApplicationTest {

    @AfterEach
    void restore() {
        engine.getIdentityService().deleteUserInfo("scr-chair", Recipients.DIGEST);
        engine.getIdentityService().deleteUserInfo("police", Recipients.CHAIR_OF);
    }

    @Test
    @DisplayName("a person chooses the daily digest for themselves, and can stop it")
    void digestOptIn() {
        JsonNode mine = read(rest.send("scr-chair", "GET", "/api/notifications/me", null), 200);
        assertThat(mine.path("userId").asText()).isEqualTo("scr-chair");
        assertThat(mine.path("email").asText()).isEqualTo(DemoUsers.email("scr-chair"));
        assertThat(mine.path("digest").asBoolean()).isFalse();
        assertThat(mine.path("chairOf").toString()).isEqualTo("[\"scr-subgroup\"]");

        JsonNode chosen = read(rest.send("scr-chair", "PUT", "/api/notifications/me", Map.of("digest", true)), 200);
        assertThat(chosen.path("digest").asBoolean()).isTrue();
        assertThat(engine.getIdentityService().getUserInfo("scr-chair", Recipients.DIGEST)).isEqualTo("true");

        read(rest.send("scr-chair", "PUT", "/api/notifications/me", Map.of("digest", false)), 200);
        assertThat(engine.getIdentityService().getUserInfo("scr-chair", Recipients.DIGEST)).isNull();
        assertThat(rest.send("scr-chair", "PUT", "/api/notifications/me", Map.of()).statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("the business unit names a group's chairs among its members; nobody else may")
    void chairs() {
        assertThat(rest.send("police", "PUT", "/api/notifications/chairs/agency-police",
            Map.of("chairs", List.of("police"))).statusCode()).isEqualTo(403);

        JsonNode named = read(rest.send("bu", "PUT", "/api/notifications/chairs/agency-police",
            Map.of("chairs", List.of("police"))), 200);
        assertThat(named.path("chairs").toString()).isEqualTo("[\"police\"]");
        assertThat(engine.getIdentityService().getUserInfo("police", Recipients.CHAIR_OF)).isEqualTo("agency-police");
        assertThat(read(rest.send("police", "GET", "/api/notifications/chairs/agency-police", null), 200)
            .path("chairs").toString()).isEqualTo("[\"police\"]");

        assertThat(rest.send("health", "GET", "/api/notifications/chairs/agency-police", null).statusCode())
            .as("another agency does not see who chairs the police group").isEqualTo(403);

        HttpResponse<String> stranger = rest.send("bu", "PUT", "/api/notifications/chairs/agency-police",
            Map.of("chairs", List.of("health")));
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(stranger.body()).contains("not members: [health]");

        read(rest.send("bu", "PUT", "/api/notifications/chairs/agency-police", Map.of("chairs", List.of())), 200);
        assertThat(engine.getIdentityService().getUserInfo("police", Recipients.CHAIR_OF)).isNull();
    }

    private static JsonNode read(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return CamundaRest.json(response);
    }
}
