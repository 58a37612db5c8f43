package org.entente.basing.it;

import org.entente.contracts.membership.v1.MemberReinstated;
import org.entente.contracts.membership.v1.MemberSuspended;
import org.entente.platform.roster.Standing;
import org.entente.testing.LiveStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.basing.it.Api.items;
import static org.entente.testing.Eventually.await;

/**
 * An event marked releasable to some nations is not shown to a reader of another nation on any read path of the
 * service: the lists (with their filters), the single records, the shortfalls, the decision histories, the past views
 * ({@code asOf}, {@code knownAt}) and the live stream, with and without {@code ?subject=}. The nations named, the nation
 * whose actor recorded it and an auditor with the coalition-wide audit clearance see it; what is releasable to all
 * members every reader sees. A record whose first event is restricted does not exist for the others (404, not listed);
 * a restricted change of an open record is not reflected in what they read, not even by a later, unrestricted event
 * on the same record.
 *
 * <p>NOR is the third nation throughout; the restricted events are releasable to FRA and GBR.
 */
class ReleasabilityIT extends BasingIntegrationTest {

    private static final Map<String, Object> TO_FRA_AND_GBR = Map.of("releasableTo", List.of("FRA", "GBR"));
    private static final String TYPE = "entente.basing-logistics.";
    private static final String RENEWED_UNTIL = "2033-06-30T00:00:00Z";
    /** After the agreements' first end (2031-09-27), before the renewed one. */
    private static final String BETWEEN_THE_ENDS = "2032-06-01T00:00:00Z";

    @LocalServerPort
    int port;

    @Test
    void aBaseAndARestrictionReleasableToSomeNationsAreSeenByThemAloneOnEveryReadPath() throws Exception {
        String coalitionId = coalition(null, "USA", null, "ITA", "FRA", "GBR", "NOR");
        Api council = new Api(http, coalitionId); // Italy's planner on the council: the recording nation is ITA
        Api nor = Api.auditor(http, "NOR");
        Api gbr = Api.auditor(http, "GBR");
        Api ita = Api.auditor(http, "ITA");
        Api wide = Api.coalitionWideAuditor(http, "NOR");
        List<Api> entitled = List.of(gbr, ita, wide);
        String list = "/agreements?coalitionId=" + coalitionId;

        String secret;
        String open;
        try (LiveStream norStream = LiveStream.open(port, "/stream", nor.token());
             LiveStream gbrStream = LiveStream.open(port, "/stream", gbr.token());
             LiveStream wideStream = LiveStream.open(port, "/stream", wide.token())) {
            secret = council.requestAgreement(coalitionId, "ITA", "Decimomannu", List.of("LOGISTICS", "ISR"),
                    TO_FRA_AND_GBR);
            Api cosigner = council.cosignerOf(secret); // an Italian too: both signatures are recorded by ITA
            for (String stage : List.of("MOU_SIGNED", "TECHNICAL_ARRANGEMENT_SIGNED", "IN_FORCE")) {
                council.signByBoth(secret, cosigner, Map.of("stage", stage, "decision", TO_FRA_AND_GBR));
            }
            open = council.requestAgreement(coalitionId, "ITA", "Aviano",
                    List.of("LOGISTICS", "ISR", "STRIKE"), null);
            council.bringIntoForce(open, null, null, null);

            try (LiveStream norOnOpen = LiveStream.open(port, "/stream?subject=" + open, nor.token());
                 LiveStream gbrOnOpen = LiveStream.open(port, "/stream?subject=" + open, gbr.token());
                 LiveStream itaOnOpen = LiveStream.open(port, "/stream?subject=" + open, ita.token())) {
                // the host restricts for the named nations only; the council's renewal after it is for everyone
                council.ok(council.post("/agreements/" + open + "/restriction", Map.of("permittedActivities",
                        List.of("LOGISTICS"), "reason", "parliament withholds consent", "decision", TO_FRA_AND_GBR)));
                council.ok(council.post("/agreements/" + open + "/renewal", Map.of("validUntil", RENEWED_UNTIL)));

                // the live stream of the open base: NOR gets the renewal only
                assertThat(types(norOnOpen.awaitEvents(1, TYPE + "BasingAgreementRenewed")))
                        .containsExactly(TYPE + "BasingAgreementRenewed");
                assertThat(types(norOnOpen.all())).containsExactly(TYPE + "BasingAgreementRenewed");
                for (LiveStream stream : List.of(gbrOnOpen, itaOnOpen)) {
                    stream.awaitEvents(1, TYPE + "BasingAgreementRenewed");
                    assertThat(types(stream.all())).containsExactly(TYPE + "BasingAgreementRestricted",
                            TYPE + "BasingAgreementRenewed");
                }
            }

            // the live stream of every record
            awaitOn(norStream, event -> of(event, open, "BasingAgreementRenewed"));
            assertThat(norStream.all()).as("nothing restricted reached the NOR stream")
                    .noneMatch(event -> secret.equals(event.get("subject")))
                    .noneMatch(event -> of(event, open, "BasingAgreementRestricted"))
                    .noneMatch(event -> event.toString().contains("Decimomannu")
                            || event.toString().contains("parliament"));
            for (LiveStream stream : List.of(gbrStream, wideStream)) {
                awaitOn(stream, event -> of(event, open, "BasingAgreementRenewed"));
                assertThat(stream.all()).anyMatch(event -> of(event, secret, "BasingAgreementRequested"))
                        .filteredOn(event -> secret.equals(event.get("subject"))).hasSize(7);
                assertThat(stream.all()).anyMatch(event -> of(event, open, "BasingAgreementRestricted"));
            }
        }

        // the list, with each of its filters, now and at past instants
        assertThat(ids(nor, list, "agreementId")).containsExactly(open);
        assertThat(ids(nor, list + "&hostNation=ITA&status=IN_FORCE", "agreementId")).containsExactly(open);
        assertThat(ids(nor, list + "&permits=LOGISTICS", "agreementId")).containsExactly(open);
        assertThat(ids(nor, list + "&permits=STRIKE", "agreementId")).as("the restriction is not reflected")
                .containsExactly(open);
        assertThat(ids(nor, list + "&asOf=" + BETWEEN_THE_ENDS, "agreementId")).containsExactly(open);
        assertThat(ids(nor, list + "&knownAt=" + Instant.now(), "agreementId")).containsExactly(open);
        for (Api reader : entitled) {
            assertThat(ids(reader, list, "agreementId")).as(reader.actor()).containsExactly(secret, open);
            assertThat(ids(reader, list + "&permits=STRIKE", "agreementId")).as(reader.actor()).isEmpty();
            assertThat(ids(reader, list + "&permits=ISR", "agreementId")).as(reader.actor()).containsExactly(secret);
            assertThat(ids(reader, list + "&asOf=" + BETWEEN_THE_ENDS, "agreementId")).containsExactly(secret, open);
            assertThat(ids(reader, list + "&knownAt=" + Instant.now(), "agreementId")).containsExactly(secret, open);
        }
        assertThat(ids(council, list, "agreementId")).as("the recording council member").containsExactly(secret, open);

        // the restricted base itself: it does not exist for NOR, on any path
        for (String path : List.of("", "?asOf=" + BETWEEN_THE_ENDS, "?knownAt=" + Instant.now(), "/history")) {
            assertThat(nor.get("/agreements/" + secret + path).getStatusCode().value()).as(path).isEqualTo(404);
            for (Api reader : entitled) {
                assertThat(reader.get("/agreements/" + secret + path).getStatusCode().value())
                        .as("%s %s", reader.actor(), path).isEqualTo(200);
            }
        }
        assertThat(gbr.ok(gbr.get("/agreements/" + secret))).containsEntry("site", "Decimomannu")
                .containsEntry("permitsNow", List.of("LOGISTICS", "ISR"));
        assertThat(gbr.ok(gbr.get("/agreements/" + secret + "/history"))).containsEntry("totalItems", 7);

        // the open base: a restricted restriction, then an unrestricted renewal that restates it
        Map<String, Object> norView = nor.ok(nor.get("/agreements/" + open));
        assertThat(norView).containsEntry("status", "IN_FORCE")
                .containsEntry("permittedActivities", List.of("LOGISTICS", "ISR", "STRIKE"))
                .containsEntry("permitsNow", List.of("LOGISTICS", "ISR", "STRIKE"))
                .containsEntry("validUntil", RENEWED_UNTIL).doesNotContainKey("reason");
        assertThat(steps(norView)).doesNotContain("BasingAgreementRestricted").endsWith("BasingAgreementRenewed");
        assertThat(nor.ok(nor.get("/agreements/" + open + "?asOf=" + BETWEEN_THE_ENDS)))
                .containsEntry("permitsNow", List.of("LOGISTICS", "ISR", "STRIKE"));
        assertThat(nor.ok(nor.get("/agreements/" + open + "?knownAt=" + Instant.now())))
                .containsEntry("permittedActivities", List.of("LOGISTICS", "ISR", "STRIKE"));
        Map<String, Object> norHistory = nor.ok(nor.get("/agreements/" + open + "/history"));
        assertThat(norHistory).containsEntry("totalItems", 8);
        assertThat(types(items(norHistory))).doesNotContain("BasingAgreementRestricted");
        assertThat(norHistory.toString()).doesNotContain("parliament");
        for (Api reader : entitled) {
            Map<String, Object> view = reader.ok(reader.get("/agreements/" + open));
            assertThat(view).as(reader.actor()).containsEntry("permittedActivities", List.of("LOGISTICS"))
                    .containsEntry("permitsNow", List.of("LOGISTICS")).containsEntry("validUntil", RENEWED_UNTIL)
                    .containsEntry("reason", "parliament withholds consent");
            assertThat(steps(view)).contains("BasingAgreementRestricted");
            assertThat(reader.ok(reader.get("/agreements/" + open + "?asOf=" + BETWEEN_THE_ENDS)))
                    .containsEntry("permitsNow", List.of("LOGISTICS"));
            assertThat(types(items(reader.ok(reader.get("/agreements/" + open + "/history")))))
                    .contains("BasingAgreementRestricted").hasSize(9);
        }
    }

    @Test
    void aClearanceAndAGrantReleasableToSomeNationsAreSeenByThemAloneAndAReinstatementAfterAHiddenGrantReads()
            throws Exception {
        String coalitionId = coalition(null, "USA", null, "ITA", "GRC", "FRA", "GBR", "NOR");
        Api usaPlanner = Api.planner(http, "USA");
        Api greece = Api.planner(http, "GRC");
        Api nor = Api.auditor(http, "NOR");
        Api gbr = Api.auditor(http, "GBR");
        Api usa = Api.auditor(http, "USA");
        Api grc = Api.auditor(http, "GRC");
        Api wide = Api.coalitionWideAuditor(http, "NOR");
        Instant firstUse = Instant.now().plus(30, ChronoUnit.DAYS);
        String inUse = firstUse.plus(1, ChronoUnit.DAYS).toString();
        String ofTheUsa = "/clearances?nation=USA&coalitionId=" + coalitionId;

        try (LiveStream norStream = LiveStream.open(port, "/stream", nor.token());
             LiveStream gbrStream = LiveStream.open(port, "/stream", gbr.token())) {
            // asked of Italy, for FRA and GBR only (the USA recorded it)
            String secret = (String) usaPlanner.ok(usaPlanner.post("/clearances",
                    Api.with(clearance(coalitionId, "ITA", firstUse), "decision", TO_FRA_AND_GBR))).get("clearanceId");
            // asked of Greece openly; Greece grants it for the USA's eyes only
            String open = (String) usaPlanner.ok(usaPlanner.post("/clearances", clearance(coalitionId, "GRC",
                    firstUse))).get("clearanceId");
            try (LiveStream norOnOpen = LiveStream.open(port, "/stream?subject=" + open, nor.token());
                 LiveStream usaOnOpen = LiveStream.open(port, "/stream?subject=" + open, usa.token())) {
                greece.ok(greece.post("/clearances/" + open + "/grant", Map.of("clearanceNumber", "GR-0457",
                        "validUntil", firstUse.plus(10, ChronoUnit.DAYS).toString(),
                        "conditions", List.of("no overflight of Athens"),
                        "decision", Map.of("releasableTo", List.of("USA")))));

                // the lists, by user and granting nation, with and without status, now and at past instants
                assertThat(ids(nor, ofTheUsa, "clearanceId")).containsExactly(open);
                assertThat(ids(nor, ofTheUsa + "&status=GRANTED", "clearanceId")).isEmpty();
                assertThat(ids(nor, ofTheUsa + "&status=REQUESTED", "clearanceId")).containsExactly(open);
                assertThat(ids(nor, "/clearances?nation=ITA&role=GRANTING&coalitionId=" + coalitionId, "clearanceId"))
                        .isEmpty();
                assertThat(ids(nor, ofTheUsa + "&asOf=" + inUse, "clearanceId")).containsExactly(open);
                assertThat(ids(nor, ofTheUsa + "&knownAt=" + Instant.now(), "clearanceId")).containsExactly(open);
                assertThat(items(nor.ok(nor.get(ofTheUsa))).get(0)).containsEntry("status", "REQUESTED")
                        .doesNotContainKey("clearanceNumber");
                assertThat(ids(gbr, ofTheUsa, "clearanceId")).containsExactly(secret, open);
                assertThat(ids(gbr, ofTheUsa + "&status=GRANTED", "clearanceId")).as("not releasable to GBR")
                        .isEmpty();
                assertThat(ids(gbr, "/clearances?nation=ITA&role=GRANTING&coalitionId=" + coalitionId,
                        "clearanceId")).containsExactly(secret);
                for (Api reader : List.of(usa, wide)) {
                    assertThat(ids(reader, ofTheUsa, "clearanceId")).containsExactly(secret, open);
                    assertThat(ids(reader, ofTheUsa + "&status=GRANTED", "clearanceId")).containsExactly(open);
                    assertThat(ids(reader, ofTheUsa + "&asOf=" + inUse, "clearanceId")).containsExactly(secret, open);
                }
                assertThat(ids(grc, ofTheUsa + "&status=GRANTED", "clearanceId")).as("the granting nation recorded it")
                        .containsExactly(open);

                // the single records, their past views and histories
                for (String path : List.of("", "?asOf=" + inUse, "?knownAt=" + Instant.now(), "/history")) {
                    assertThat(nor.get("/clearances/" + secret + path).getStatusCode().value()).as(path)
                            .isEqualTo(404);
                    for (Api reader : List.of(gbr, usa, wide)) {
                        assertThat(reader.get("/clearances/" + secret + path).getStatusCode().value())
                                .as("%s %s", reader.actor(), path).isEqualTo(200);
                    }
                }
                assertThat(nor.ok(nor.get("/clearances/" + open + "?asOf=" + inUse)))
                        .containsEntry("status", "REQUESTED").containsEntry("validNow", false);
                assertThat(nor.ok(nor.get("/clearances/" + open + "/history")).toString())
                        .doesNotContain("GR-0457").doesNotContain("Athens");
                assertThat(usa.ok(usa.get("/clearances/" + open + "?asOf=" + inUse)))
                        .containsEntry("status", "GRANTED").containsEntry("clearanceNumber", "GR-0457")
                        .containsEntry("validNow", true);
                assertThat(usa.ok(usa.get("/clearances/" + open + "/history")).toString()).contains("GR-0457");

                // Greece is suspended from the coalition (its clearances with it: an event for everyone), then
                // reinstated, and reinstates the clearance for everyone: NOR reads a clearance granted, without the
                // grant it may not see
                membershipEvent(coalitionId, new MemberSuspended(coalitionId, "GRC"), null);
                await("the clearance suspended", () -> "SUSPENDED".equals(usa.ok(usa.get("/clearances/" + open))
                        .get("status")));
                membershipEvent(coalitionId, new MemberReinstated(coalitionId, "GRC"), null);
                await("Greece reinstated", () -> roster.standing(coalitionId, "GRC") == Standing.ACTIVE_MEMBER);
                greece.ok(greece.post("/clearances/" + open + "/reinstatement", null));

                for (String path : List.of("", "?asOf=" + inUse)) {
                    assertThat(nor.ok(nor.get("/clearances/" + open + path))).as(path)
                            .containsEntry("status", "GRANTED").doesNotContainKey("clearanceNumber")
                            .containsEntry("conditions", List.of()).containsEntry("validNow", false);
                }
                assertThat(ids(nor, ofTheUsa + "&status=GRANTED&asOf=" + inUse, "clearanceId")).containsExactly(open);
                assertThat(types(items(nor.ok(nor.get("/clearances/" + open + "/history"))))).containsExactly(
                        "ClearanceRequested", "ClearanceSuspended", "ClearanceReinstated");
                assertThat(usa.ok(usa.get("/clearances/" + open + "?asOf=" + inUse)))
                        .containsEntry("clearanceNumber", "GR-0457").containsEntry("validNow", true);

                // the live streams
                assertThat(types(norOnOpen.awaitEvents(1, TYPE + "ClearanceReinstated"))).hasSize(1);
                assertThat(types(norOnOpen.all())).containsExactly(TYPE + "ClearanceSuspended",
                        TYPE + "ClearanceReinstated");
                usaOnOpen.awaitEvents(1, TYPE + "ClearanceReinstated");
                assertThat(types(usaOnOpen.all())).containsExactly(TYPE + "ClearanceGranted",
                        TYPE + "ClearanceSuspended", TYPE + "ClearanceReinstated");
            }
            awaitOn(norStream, event -> of(event, open, "ClearanceReinstated"));
            assertThat(norStream.all()).noneMatch(event -> secret.equals(event.get("subject")))
                    .noneMatch(event -> of(event, open, "ClearanceGranted"))
                    .noneMatch(event -> event.toString().contains("GR-0457"));
            awaitOn(gbrStream, event -> of(event, open, "ClearanceReinstated"));
            assertThat(gbrStream.all()).anyMatch(event -> of(event, secret, "ClearanceRequested"))
                    .noneMatch(event -> of(event, open, "ClearanceGranted"));
        }
    }

    @Test
    void routesAndSustainmentReleasableToSomeNationsAreSeenByThemAloneInListsShortfallsAndHistories()
            throws Exception {
        String coalitionId = coalition(null, "USA", null, "ITA", "FRA", "GBR", "NOR");
        Api council = new Api(http, coalitionId);
        Api commander = Api.commander(http, coalitionId); // of the USA: the recording nation of routes and deliveries
        Api nor = Api.auditor(http, "NOR");
        Api gbr = Api.auditor(http, "GBR");
        Api usa = Api.auditor(http, "USA");
        Api ita = Api.auditor(http, "ITA");
        Api wide = Api.coalitionWideAuditor(http, "NOR");
        String aviano = council.requestAgreement(coalitionId, "ITA", "Aviano", List.of("LOGISTICS"), null);
        council.bringIntoForce(aviano, null, null, null);
        String routes = "/routes?coalitionId=" + coalitionId;
        String requests = "/sustainment-requests?coalitionId=" + coalitionId;
        String shortfalls = "/sustainment-requests/shortfalls?coalitionId=" + coalitionId;

        String secretRoute;
        String openRoute;
        String secretRequest;
        String openRequest;
        try (LiveStream norStream = LiveStream.open(port, "/stream", nor.token());
             LiveStream wideStream = LiveStream.open(port, "/stream", wide.token())) {
            secretRoute = (String) commander.ok(commander.post("/routes", Api.with(
                    named(ReactionsIT.route(coalitionId, aviano), "Route Whisky"), "decision", TO_FRA_AND_GBR)))
                    .get("routeId");
            openRoute = (String) commander.ok(commander.post("/routes", ReactionsIT.route(coalitionId, aviano)))
                    .get("routeId");
            secretRequest = (String) council.ok(council.post("/sustainment-requests", Api.with(
                    ReactionsIT.sustainment(coalitionId, aviano, "50"), "decision", TO_FRA_AND_GBR)))
                    .get("requestId");
            // the USA's commander cannot see the request: it does not exist for him, on writes as on reads
            ResponseEntity<Map<String, Object>> unseen = commander.post("/sustainment-requests/" + secretRequest
                    + "/shortfall", Map.of("reason", "no tankers"));
            assertThat(unseen.getStatusCode().value()).isEqualTo(404);
            assertThat(unseen.getBody()).containsEntry("detail", "no such record: " + secretRequest);
            Api gbrCommander = Api.commander(http, "GBR", coalitionId);
            gbrCommander.ok(gbrCommander.post("/sustainment-requests/" + secretRequest + "/shortfall",
                    Map.of("reason", "no tankers", "decision", TO_FRA_AND_GBR)));
            openRequest = (String) council.ok(council.post("/sustainment-requests",
                    ReactionsIT.sustainment(coalitionId, aviano, "120"))).get("requestId");

            try (LiveStream norOnRoute = LiveStream.open(port, "/stream?subject=" + openRoute, nor.token());
                 LiveStream gbrOnRoute = LiveStream.open(port, "/stream?subject=" + openRoute, gbr.token());
                 LiveStream norOnRequest = LiveStream.open(port, "/stream?subject=" + openRequest, nor.token());
                 LiveStream usaOnRequest = LiveStream.open(port, "/stream?subject=" + openRequest, usa.token())) {
                // a restricted change of each open record, then an unrestricted one after it
                commander.ok(commander.post("/routes/" + openRoute + "/status", Map.of("status", "CONTESTED",
                        "reason", "ambush near Pordenone", "decision", TO_FRA_AND_GBR)));
                commander.ok(commander.post("/routes/" + openRoute + "/status", Map.of("status", "CLOSED",
                        "reason", "bridge down")));
                commander.ok(commander.post("/sustainment-requests/" + openRequest + "/deliveries", Map.of(
                        "quantity", Map.of("value", 30, "unit", "t"), "decision", TO_FRA_AND_GBR)));
                commander.ok(commander.post("/sustainment-requests/" + openRequest + "/shortfall",
                        Map.of("reason", "convoy delayed")));

                norOnRoute.awaitEvents(2, TYPE + "SupplyRouteStatusChanged");
                assertThat(statuses(norOnRoute.all())).containsExactly("CLOSED");
                gbrOnRoute.awaitEvents(2, TYPE + "SupplyRouteStatusChanged");
                assertThat(statuses(gbrOnRoute.all())).containsExactly("CONTESTED", "CLOSED");
                norOnRequest.awaitEvents(1, TYPE + "SustainmentShortfallFlagged");
                assertThat(types(norOnRequest.all())).containsExactly(TYPE + "SustainmentShortfallFlagged");
                usaOnRequest.awaitEvents(1, TYPE + "SustainmentShortfallFlagged");
                assertThat(types(usaOnRequest.all())).containsExactly(TYPE + "SustainmentDelivered",
                        TYPE + "SustainmentShortfallFlagged");
            }
            awaitOn(norStream, event -> of(event, openRequest, "SustainmentShortfallFlagged"));
            assertThat(norStream.all())
                    .noneMatch(event -> secretRoute.equals(event.get("subject")))
                    .noneMatch(event -> secretRequest.equals(event.get("subject")))
                    .noneMatch(event -> of(event, openRequest, "SustainmentDelivered"))
                    .noneMatch(event -> event.toString().contains("Whisky") || event.toString().contains("ambush"));
            awaitOn(wideStream, event -> of(event, openRequest, "SustainmentShortfallFlagged"));
            assertThat(wideStream.all()).anyMatch(event -> of(event, secretRoute, "SupplyRouteOpened"))
                    .anyMatch(event -> of(event, secretRequest, "SustainmentShortfallFlagged"))
                    .anyMatch(event -> of(event, openRequest, "SustainmentDelivered"));
        }

        // routes: the list (with status, now and at past instants), the route, its history
        String now = Instant.now().toString();
        assertThat(ids(nor, routes, "routeId")).containsExactly(openRoute);
        assertThat(ids(nor, routes + "&status=CLOSED&asOf=" + now, "routeId")).containsExactly(openRoute);
        assertThat(ids(nor, routes + "&knownAt=" + now, "routeId")).containsExactly(openRoute);
        for (Api reader : List.of(gbr, usa, wide)) {
            assertThat(ids(reader, routes, "routeId")).as(reader.actor()).containsExactly(secretRoute, openRoute);
            assertThat(ids(reader, routes + "&knownAt=" + now, "routeId")).containsExactly(secretRoute, openRoute);
            assertThat(reader.ok(reader.get("/routes/" + secretRoute))).containsEntry("name", "Route Whisky");
            assertThat(steps(reader.ok(reader.get("/routes/" + openRoute)))).hasSize(3);
            assertThat(reader.ok(reader.get("/routes/" + openRoute + "/history")).toString()).contains("ambush");
        }
        assertThat(ids(ita, routes, "routeId")).as("not releasable to Italy").containsExactly(openRoute);
        for (String path : List.of("", "?asOf=" + now, "?knownAt=" + now, "/history")) {
            assertThat(nor.get("/routes/" + secretRoute + path).getStatusCode().value()).as(path).isEqualTo(404);
        }
        Map<String, Object> route = nor.ok(nor.get("/routes/" + openRoute));
        assertThat(route).containsEntry("status", "CLOSED").containsEntry("reason", "bridge down");
        assertThat(steps(route)).containsExactly("SupplyRouteOpened", "SupplyRouteStatusChanged");
        assertThat(nor.ok(nor.get("/routes/" + openRoute + "?asOf=" + now))).containsEntry("status", "CLOSED");
        Map<String, Object> routeHistory = nor.ok(nor.get("/routes/" + openRoute + "/history"));
        assertThat(routeHistory).containsEntry("totalItems", 2);
        assertThat(routeHistory.toString()).doesNotContain("ambush");

        // sustainment: the list (with status), the shortfalls, the request, its past views and history
        assertThat(ids(nor, requests, "requestId")).containsExactly(openRequest);
        assertThat(ids(nor, requests + "&status=SHORTFALL", "requestId")).containsExactly(openRequest);
        assertThat(ids(nor, shortfalls, "requestId")).containsExactly(openRequest);
        assertThat(ids(nor, shortfalls + "&asOf=" + now, "requestId")).containsExactly(openRequest);
        assertThat(ids(nor, shortfalls + "&knownAt=" + now, "requestId")).containsExactly(openRequest);
        for (Api reader : List.of(gbr, ita, wide)) {
            assertThat(ids(reader, requests, "requestId")).as(reader.actor())
                    .containsExactly(secretRequest, openRequest);
            assertThat(ids(reader, requests + "&knownAt=" + now, "requestId")).as(reader.actor())
                    .containsExactly(secretRequest, openRequest);
        }
        for (Api reader : List.of(gbr, wide)) {
            assertThat(ids(reader, shortfalls, "requestId")).as(reader.actor())
                    .containsExactly(secretRequest, openRequest);
            assertThat(ids(reader, shortfalls + "&knownAt=" + now, "requestId"))
                    .containsExactly(secretRequest, openRequest);
        }
        // Italy recorded the secret request, but Britain's shortfall on it is for FRA and GBR only
        assertThat(ids(ita, shortfalls, "requestId")).containsExactly(openRequest);
        assertThat(ita.ok(ita.get("/sustainment-requests/" + secretRequest))).containsEntry("status", "REQUESTED");
        assertThat(gbr.ok(gbr.get("/sustainment-requests/" + secretRequest))).containsEntry("status", "SHORTFALL")
                .containsEntry("shortfallReason", "no tankers");
        assertThat(ids(usa, requests, "requestId")).as("recorded by Italy for FRA and GBR")
                .containsExactly(openRequest);
        for (String path : List.of("", "?asOf=" + now, "?knownAt=" + now, "/history")) {
            assertThat(nor.get("/sustainment-requests/" + secretRequest + path).getStatusCode().value()).as(path)
                    .isEqualTo(404);
            assertThat(ita.get("/sustainment-requests/" + secretRequest + path).getStatusCode().value()).as(path)
                    .isEqualTo(200);
        }
        Map<String, Object> request = nor.ok(nor.get("/sustainment-requests/" + openRequest));
        assertThat(request).containsEntry("status", "SHORTFALL").containsEntry("delivered", 0)
                .containsEntry("outstanding", 120).containsEntry("shortfallReason", "convoy delayed");
        assertThat(nor.ok(nor.get("/sustainment-requests/" + openRequest + "?asOf=" + now)))
                .containsEntry("delivered", 0);
        assertThat(types(items(nor.ok(nor.get("/sustainment-requests/" + openRequest + "/history")))))
                .containsExactly("SustainmentRequested", "SustainmentShortfallFlagged");
        for (Api reader : List.of(gbr, usa, wide)) {
            assertThat(reader.ok(reader.get("/sustainment-requests/" + openRequest))).as(reader.actor())
                    .containsEntry("delivered", 30).containsEntry("outstanding", 90);
            assertThat(types(items(reader.ok(reader.get("/sustainment-requests/" + openRequest + "/history")))))
                    .containsExactly("SustainmentRequested", "SustainmentDelivered", "SustainmentShortfallFlagged");
        }
        assertThat(ita.ok(ita.get("/sustainment-requests/" + openRequest))).as("the delivery is not Italy's")
                .containsEntry("delivered", 0);
    }

    /**
     * A record recorded for some nations, then changed by an event releasable to all members (a stage signed without
     * saying, a membership cascade): the queries keep the record hidden from the others, since EventHistory judges a
     * record by its first event. The live stream judges each event by its own releasability only (platform
     * LiveEvents), so the later event, with the record's id and view, reaches every stream: the record is revealed.
     * To be enabled when LiveEvents also hides the events of a record whose first event the reader may not see.
     */
    @Test
    void aLaterUnrestrictedEventOfARestrictedRecordDoesNotRevealIt() throws Exception {
        String coalitionId = coalition(null, "USA", null, "ITA", "FRA", "GBR", "NOR");
        Api council = new Api(http, coalitionId);
        Api nor = Api.auditor(http, "NOR");
        try (LiveStream norStream = LiveStream.open(port, "/stream", nor.token())) {
            String secret = council.requestAgreement(coalitionId, "ITA", "Decimomannu", List.of("LOGISTICS"),
                    TO_FRA_AND_GBR);
            council.ok(council.post("/agreements/" + secret + "/stages", Map.of("stage", "MOU_SIGNED")));
            String open = council.requestAgreement(coalitionId, "ITA", "Aviano", List.of("LOGISTICS"), null);

            assertThat(nor.get("/agreements/" + secret).getStatusCode().value()).isEqualTo(404);
            assertThat(nor.get("/agreements/" + secret + "/history").getStatusCode().value()).isEqualTo(404);
            assertThat(ids(nor, "/agreements?coalitionId=" + coalitionId, "agreementId")).containsExactly(open);
            awaitOn(norStream, event -> of(event, open, "BasingAgreementRequested"));
            assertThat(norStream.all()).noneMatch(event -> secret.equals(event.get("subject")));
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static Map<String, Object> clearance(String coalitionId, String granting, Instant firstUse) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("coalitionId", coalitionId);
        body.put("userNation", "USA");
        body.put("grantingNation", granting);
        body.put("kind", "PER_FLIGHT");
        body.put("purpose", "OVERFLIGHT_AND_LANDING");
        body.put("aircraft", "KC-135R");
        body.put("firstUseAt", firstUse.toString());
        return body;
    }

    private static Map<String, Object> named(Map<String, Object> route, String name) {
        return Api.with(route, "name", name);
    }

    /** The ids of the items of a page {@code reader} reads at {@code path}, in order. */
    private static List<Object> ids(Api reader, String path, String idField) {
        return items(reader.ok(reader.get(path))).stream().map(item -> item.get(idField)).toList();
    }

    private static List<Object> types(List<Map<String, Object>> eventsOrEntries) {
        return eventsOrEntries.stream().map(e -> e.get("type")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> statuses(List<Map<String, Object>> events) {
        return events.stream().map(e -> ((Map<String, Object>) e.get("data")).get("status")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> steps(Map<String, Object> state) {
        return ((List<Map<String, Object>>) state.get("steps")).stream().map(step -> step.get("event")).toList();
    }

    /** Is {@code event} (a stream's envelope) of {@code type} about {@code subject}? */
    private static boolean of(Map<String, Object> event, String subject, String type) {
        return subject.equals(event.get("subject")) && (TYPE + type).equals(event.get("type"));
    }

    /** Waits until {@code stream} has received an event matching {@code expected}: every event before it came too. */
    private static void awaitOn(LiveStream stream, Predicate<Map<String, Object>> expected) {
        await("the stream's event", () -> stream.all().stream().anyMatch(expected));
    }
}
