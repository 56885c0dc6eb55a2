package org.iowscb.learningloop.platform.webapps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.iowscb.learningloop.platform.LearningLoopProperties;
import org.iowscb.learningloop.platform.deadline.DeadlineProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Tasklist, Cockpit, Admin and the welcome page as the board's own: their {@code config.js} (served here, ahead of
 * the one in Camunda's webjar, which is left untouched) names the product instead of "Camunda",
 * and loads custom scripts served here too:
 * <ul>
 * <li>{@code board-look}: the board's name ({@code learningloop.board-name}) beside the product's, the
 * logo slot ({@code learningloop.webapps.logo}), footer links to the framework and the documentation,
 * and no banner telling every page to migrate to Camunda 8, which these people cannot act on;</li>
 * <li>{@code uk-time}: every date and time shown in the board's zone ({@code learningloop.deadline.zone},
 * Europe/London), GMT or BST as the date falls, whatever zone the browser's computer is in;</li>
 * <li>{@code uk-form-dates} (Tasklist): Camunda Forms' date fields show and read dd/mm/yyyy, and still
 * store ISO dates (2026-12-03);</li>
 * <li>{@code start-form-choices} (Tasklist): the lists a start form chooses from.</li>
 * </ul>
 * All of it goes through the webapps' documented configuration points ({@code customScripts},
 * {@code dateFormat}), not patches of Camunda's files. The scripts are kept beside this class.
 */
@RestController
class WebappLook {

    static final String PRODUCT = "Learning Loop";
    static final Set<String> APPS = Set.of("tasklist", "cockpit", "admin", "welcome");
    static final String BOARD_PAGE = "/board/";
    static final String BOARD_PAGE_LABEL = "Board page";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

    /** Tasklist's own keyboard shortcuts, kept from Camunda's config.js, which this one replaces. */
    private static final Map<String, Object> TASKLIST_SHORTCUTS = Map.of(
        "claimTask", Map.of("key", "ctrl+alt+c", "description", "claims the currently selected task"),
        "focusFilter", Map.of("key", "ctrl+shift+f", "description", "set the focus to the first filter in the list"),
        "focusList", Map.of("key", "ctrl+alt+l", "description", "sets the focus to the first task in the list"),
        "focusForm", Map.of("key", "ctrl+alt+f", "description", "sets the focus to the first input field in a task form"),
        "startProcess", Map.of("key", "ctrl+alt+p", "description", "opens the start process modal dialog"));

    /**
     * Dates as people in England write them (3 December 2026, 14:05), where Camunda's defaults are
     * American (December 3, 2026 2:05 PM). Tasklist reads them from config.js; Cockpit and Admin,
     * which keep formats of their own, are given them by uk-time.js, as the board's zone is.
     */
    static final Map<String, String> UK_DATES = Map.of(
        "monthName", "MMMM",
        "day", "DD",
        "abbr", "D MMM YYYY, HH:mm",
        "normal", "D MMMM YYYY, HH:mm",
        "long", "dddd D MMMM YYYY, HH:mm",
        "short", "D MMMM YYYY");

    /** Where the header's logo is served from, to the login page too (the application's own address, for the CSP). */
    static final String LOGO_PATH = "/camunda/learning-loop/logo";

    private final String boardName;
    private final String zone;
    private final WebappLookProperties appearance;
    private volatile byte[] logo;

    WebappLook(LearningLoopProperties properties, WebappLookProperties appearance, DeadlineProperties deadlines) {
        this.boardName = properties.boardName();
        this.zone = deadlines.zone().getId();
        this.appearance = appearance;
    }

    @GetMapping("/camunda/app/{app}/scripts/config.js")
    ResponseEntity<String> config(@PathVariable String app) throws JsonProcessingException {
        known(app);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("app", Map.of("vendor", PRODUCT, "name", title(app)));
        config.put("customScripts", app.equals("tasklist")
            ? List.of("scripts/board-look", "scripts/uk-time", "scripts/uk-form-dates", "scripts/start-form-choices",
                "scripts/dynamic-lists")
            : app.equals("cockpit") ? List.of("scripts/board-look", "scripts/uk-time", "scripts/board-tile")
            : List.of("scripts/board-look", "scripts/uk-time"));
        config.put("dateFormat", UK_DATES);
        if (app.equals("tasklist")) {
            config.put("shortcuts", TASKLIST_SHORTCUTS);
        }
        return javascript("export default " + JSON.writeValueAsString(config) + ";\n");
    }

    @GetMapping("/camunda/app/{app}/scripts/board-look.js")
    ResponseEntity<String> look(@PathVariable String app) throws JsonProcessingException {
        known(app);
        List<Map<String, String>> links = new ArrayList<>();
        // the way back to the board page after the webapps' sign-in, which the page sends a person to
        link(links, BOARD_PAGE_LABEL, BOARD_PAGE);
        link(links, appearance.frameworkLabel(), appearance.frameworkUrl());
        link(links, appearance.docsLabel(), appearance.docsUrl());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("boardName", boardName);
        settings.put("logoUrl", LOGO_PATH);
        settings.put("links", links);
        return script("board-look.js", settings);
    }

    @GetMapping("/camunda/app/{app}/scripts/uk-time.js")
    ResponseEntity<String> ukTime(@PathVariable String app) throws JsonProcessingException {
        known(app);
        return script("uk-time.js", Map.of("app", app, "zone", zone, "dateFormat", UK_DATES));
    }

    /** Forms with dynamic lists: Complete enabled when the form shows no error (see the script). */
    @GetMapping("/camunda/app/tasklist/scripts/dynamic-lists.js")
    ResponseEntity<String> dynamicLists() throws JsonProcessingException {
        return script("dynamic-lists.js", Map.of());
    }

    /** Cockpit's dashboard tile: the open cases by status, from the board page's summary, and a link to the page. */
    @GetMapping("/camunda/app/cockpit/scripts/board-tile.js")
    ResponseEntity<String> boardTile() throws JsonProcessingException {
        return script("board-tile.js", Map.of("summary", BOARD_PAGE + "summary", "boardPage", BOARD_PAGE));
    }

    @GetMapping("/camunda/app/tasklist/scripts/uk-form-dates.js")
    ResponseEntity<String> ukFormDates() throws JsonProcessingException {
        return script("uk-form-dates.js", Map.of());
    }

    /** The image in the logo slot, read once from {@code learningloop.webapps.logo}. */
    @GetMapping(LOGO_PATH)
    ResponseEntity<byte[]> logo() {
        Resource image = appearance.logo();
        byte[] bytes = logo;
        if (bytes == null) {
            try (InputStream in = image.getInputStream()) {
                bytes = in.readAllBytes();
            } catch (IOException unreadable) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "learningloop.webapps.logo cannot be read: " + image.getDescription(), unreadable);
            }
            logo = bytes;
        }
        MediaType type = MediaTypeFactory.getMediaType(image).orElse(MediaType.parseMediaType("image/svg+xml"));
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
            .body(bytes);
    }

    /**
     * Tasklist gives a Camunda Form on a start event no variables (it loads them for tasks only),
     * so a select naming {@code "valuesKey": "agencyOptions"} would offer nothing. Tasklist does
     * give a start form what it keeps in {@code localStorage} under {@code camunda-form:undefined}
     * (its saved draft of a start form). This script reads the start form variables of
     * StartFormChoices over the webapps' own API, as the signed-in person, and keeps the lists there,
     * beside whatever draft is kept; nothing of the person's is read or sent.
     */
    @GetMapping("/camunda/app/tasklist/scripts/start-form-choices.js")
    ResponseEntity<String> startFormChoices() {
        return javascript("""
            // The lists a start form chooses from: agencies, schools, owners, cases, lessons (see
            // WebappLook); every start form variable named ...Options is one of them.
            const DRAFT = 'camunda-form:undefined';
            let LISTS = [];
            const engine = (window.location.pathname.split('/tasklist/')[1] || 'default/').split('/')[0] || 'default';
            let lists = null;
            const keep = () => {
              if (!lists) {
                return;
              }
              let draft = {};
              try {
                draft = JSON.parse(window.localStorage.getItem(DRAFT) || '{}') || {};
              } catch (unreadable) {
                draft = {};
              }
              if (LISTS.some((name) => JSON.stringify(draft[name]) !== JSON.stringify(lists[name]))) {
                window.localStorage.setItem(DRAFT, JSON.stringify(Object.assign(draft, lists)));
              }
            };
            const load = () => fetch('/camunda/api/engine/engine/' + encodeURIComponent(engine)
                + '/process-definition/key/case-review-referral/form-variables?deserializeValues=false',
                { credentials: 'same-origin', headers: { Accept: 'application/json' } })
              .then((response) => (response.ok ? response.json() : null))
              .then((variables) => {
                if (variables) {
                  LISTS = Object.keys(variables).filter((name) => name.endsWith('Options'));
                  lists = {};
                  LISTS.forEach((name) => {
                    lists[name] = variables[name] ? JSON.parse(variables[name].value) : [];
                  });
                  keep();
                }
              })
              .catch(() => {});
            load();
            setInterval(keep, 500);
            window.addEventListener('hashchange', load);
            export default [];
            """);
    }

    private static void known(String app) {
        if (!APPS.contains(app)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such webapp: " + app);
        }
    }

    private static void link(List<Map<String, String>> links, String label, String url) {
        if (url != null && !url.isBlank()) {
            Map<String, String> link = new LinkedHashMap<>();
            link.put("label", label == null || label.isBlank() ? url : label);
            link.put("url", url);
            links.add(link);
        }
    }

    /** A script kept beside this class, given its settings as {@code LOOK}. */
    private static ResponseEntity<String> script(String name, Map<String, ?> settings) throws JsonProcessingException {
        String look = "const LOOK = " + JSON.writeValueAsString(settings) + ";\n";
        try (InputStream in = new ClassPathResource(name, WebappLook.class).getInputStream()) {
            return javascript(look + new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException missing) {
            throw new UncheckedIOException("the script " + name + " is not beside WebappLook", missing);
        }
    }

    private static String title(String app) {
        return Character.toUpperCase(app.charAt(0)) + app.substring(1);
    }

    private static ResponseEntity<String> javascript(String body) {
        return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(body);
    }
}
