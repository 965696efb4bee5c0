package org.skills4cities.toolkit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skills4cities.toolkit.account.AccessTokens;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.accreditation.Applications;
import org.skills4cities.toolkit.accreditation.Subject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Who may do what: every role against every protected endpoint, on their own organisation's objects and another's,
 * each cell with its expected status. Two city administrations (A, B) and a training provider (P, with an admin and a
 * trainer); an organisation a caller does not belong to answers 404, as if it did not exist; one they may see but
 * not change answers 403. The team view of a city is its HR managers' and platform admins' only: for its other
 * members too it does not exist. A provider's course offers are its admins' and platform admins' only. A
 * certification body's item bank is its assessors' and content editors' only, not even platform admins'.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Organisations organisations;

    @Autowired
    AccessTokens tokens;

    @Autowired
    Applications applications;

    private final Map<String, Account> actors = new HashMap<>();
    private final Map<String, String> bearer = new HashMap<>();
    private final Map<String, UUID> spareToken = new HashMap<>();
    private Organisation cityA;
    private Organisation cityB;
    private Organisation provider;
    private Organisation body;
    private UUID application;

    /** One cell: who, doing what, to which object, and the status expected. */
    record Cell(String actor, HttpMethod method, String path, String body, int status) {

        @Override
        public String toString() {
            return actor + " " + method + " " + path + " → " + status;
        }
    }

    @BeforeAll
    void people() {
        Account admin = TestAccounts.active(accounts, passwords, "Admin", true);
        cityA = organisations.create(admin, "City A " + UUID.randomUUID(), OrganisationKind.CITY_ADMINISTRATION);
        cityB = organisations.create(admin, "City B " + UUID.randomUUID(), OrganisationKind.CITY_ADMINISTRATION);
        provider = organisations.create(admin, "Provider " + UUID.randomUUID(), OrganisationKind.TRAINING_PROVIDER);
        body = organisations.create(admin, "Body " + UUID.randomUUID(), OrganisationKind.CERTIFICATION_BODY);
        actors.put("admin", admin);
        actors.put("hrA", member("HR A", cityA, Role.HR_MANAGER));
        actors.put("memberA", member("Member A", cityA, Role.LEARNER));
        actors.put("editorA", member("Editor A", cityA, Role.CONTENT_EDITOR));
        actors.put("hrB", member("HR B", cityB, Role.HR_MANAGER));
        actors.put("providerAdmin", member("Provider admin", provider, Role.TRAINING_PROVIDER_ADMIN));
        actors.put("trainer", member("Trainer", provider, Role.TRAINER));
        actors.put("assessor", member("Assessor", body, Role.ASSESSOR));
        actors.put("bodyEditor", member("Body editor", body, Role.CONTENT_EDITOR));
        actors.put("outsider", TestAccounts.active(accounts, passwords, "Outsider"));
        application = applications
                .open(actors.get("providerAdmin"), Subject.TRAINING_ORGANISATION, provider.id(), body.id())
                .id();
        actors.forEach((name, account) -> {
            bearer.put(name, tokens.create(account.id(), "matrix").secret());
            spareToken.put(name, tokens.create(account.id(), "spare").token().id());
        });
    }

    private Account member(String name, Organisation organisation, Role role) {
        Account account = TestAccounts.active(accounts, passwords, name);
        organisations.grant(actors.get("admin"), organisation.id(), account.id(), role);
        return account;
    }

    Stream<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        String a = "/api/v1/organisations/" + cityA.id();
        String p = "/api/v1/organisations/" + provider.id();
        String invite = "{\"email\":\"someone-" + UUID.randomUUID() + "@example.org\",\"role\":\"learner\"}";
        String inviteTrainer = "{\"email\":\"trainer-" + UUID.randomUUID() + "@example.org\",\"role\":\"trainer\"}";
        row(
                cells,
                HttpMethod.GET,
                a,
                null,
                Map.of(
                        "admin",
                        200,
                        "hrA",
                        200,
                        "memberA",
                        200,
                        "editorA",
                        200,
                        "hrB",
                        404,
                        "providerAdmin",
                        404,
                        "outsider",
                        404,
                        "anonymous",
                        401));
        row(
                cells,
                HttpMethod.GET,
                a + "/members",
                null,
                Map.of(
                        "admin",
                        200,
                        "hrA",
                        200,
                        "memberA",
                        200,
                        "editorA",
                        200,
                        "hrB",
                        404,
                        "providerAdmin",
                        404,
                        "outsider",
                        404,
                        "anonymous",
                        401));
        row(
                cells,
                HttpMethod.POST,
                a + "/invitations",
                invite,
                Map.of(
                        "admin",
                        202,
                        "hrA",
                        202,
                        "memberA",
                        403,
                        "editorA",
                        403,
                        "hrB",
                        404,
                        "providerAdmin",
                        404,
                        "outsider",
                        404,
                        "anonymous",
                        401));
        row(
                cells,
                HttpMethod.POST,
                p + "/invitations",
                inviteTrainer,
                Map.of("admin", 202, "providerAdmin", 202, "hrA", 404, "outsider", 404, "anonymous", 401));
        row(
                cells,
                HttpMethod.POST,
                "/api/v1/organisations",
                "{\"name\":\"New " + UUID.randomUUID() + "\",\"kind\":\"certification-body\"}",
                Map.of(
                        "admin",
                        201,
                        "hrA",
                        403,
                        "memberA",
                        403,
                        "providerAdmin",
                        403,
                        "outsider",
                        403,
                        "anonymous",
                        401));
        row(
                cells,
                HttpMethod.GET,
                "/api/v1/audit",
                null,
                Map.of("admin", 200, "hrA", 403, "providerAdmin", 403, "outsider", 403, "anonymous", 401));
        row(
                cells,
                HttpMethod.GET,
                "/api/v1/me",
                null,
                Map.of("admin", 200, "hrA", 200, "outsider", 200, "anonymous", 401));
        row(cells, HttpMethod.GET, "/api/v1/me/data", null, Map.of("memberA", 200, "anonymous", 401));
        row(cells, HttpMethod.GET, "/api/v1/tokens", null, Map.of("hrA", 200, "outsider", 200, "anonymous", 401));
        cells.add(new Cell("hrA", HttpMethod.DELETE, "/api/v1/tokens/" + spareToken.get("hrB"), null, 404));
        cells.add(new Cell("admin", HttpMethod.DELETE, "/api/v1/tokens/" + spareToken.get("outsider"), null, 404));
        cells.add(new Cell("outsider", HttpMethod.DELETE, "/api/v1/tokens/" + spareToken.get("outsider"), null, 204));
        cells.add(new Cell("anonymous", HttpMethod.DELETE, "/api/v1/tokens/" + spareToken.get("hrA"), null, 401));
        row(
                cells,
                HttpMethod.GET,
                "page:/admin",
                null,
                Map.of("admin", 200, "hrA", 403, "providerAdmin", 403, "outsider", 403, "anonymous", 302));
        row(
                cells,
                HttpMethod.GET,
                "page:/organisations/" + cityA.id(),
                null,
                Map.of("admin", 200, "hrA", 200, "memberA", 200, "hrB", 404, "outsider", 404, "anonymous", 302));
        row(cells, HttpMethod.GET, "page:/account", null, Map.of("memberA", 200, "anonymous", 302));
        row(cells, HttpMethod.GET, "page:/guide", null, Map.of("memberA", 200, "anonymous", 200));
        row(cells, HttpMethod.GET, "page:/guide/topics/account", null, Map.of("memberA", 200, "anonymous", 200));
        row(cells, HttpMethod.GET, "/api/v1/guide", null, Map.of("outsider", 200, "anonymous", 200));
        row(cells, HttpMethod.POST, "/api/v1/guide", "{}", Map.of("anonymous", 401));
        Map<String, Integer> team = Map.of(
                "admin",
                200,
                "hrA",
                200,
                "memberA",
                404,
                "editorA",
                404,
                "hrB",
                404,
                "providerAdmin",
                404,
                "outsider",
                404);
        row(cells, HttpMethod.GET, a + "/team", null, with(team, "anonymous", 401));
        row(cells, HttpMethod.GET, "page:/organisations/" + cityA.id() + "/team", null, with(team, "anonymous", 302));
        row(cells, HttpMethod.GET, "page:/organisations/" + cityA.id() + "/team.xlsx", null, team);
        row(cells, HttpMethod.GET, p + "/team", null, Map.of("admin", 404, "providerAdmin", 404));
        row(cells, HttpMethod.GET, "page:/organisations/" + provider.id() + "/team", null, Map.of("admin", 404));
        offers(cells, p, a);
        itemBank(cells, body.id().toString(), cityA.id().toString());
        certificates(cells, body.id().toString());
        accreditation(cells, application.toString());
        return cells.stream();
    }

    private static Map<String, Integer> with(Map<String, Integer> statuses, String actor, int status) {
        Map<String, Integer> all = new HashMap<>(statuses);
        all.put(actor, status);
        return all;
    }

    /** A training provider's course offers: its admins and platform admins; an empty offer is refused with 400. */
    private static void offers(List<Cell> cells, String provider, String city) {
        Map<String, Integer> managers = Map.of(
                "admin", 200, "providerAdmin", 200, "trainer", 404, "hrA", 404, "outsider", 404, "anonymous", 401);
        row(cells, HttpMethod.GET, provider + "/offers", null, managers);
        row(
                cells,
                HttpMethod.POST,
                provider + "/offers",
                "{}",
                Map.of("admin", 400, "providerAdmin", 400, "trainer", 404, "hrA", 404, "anonymous", 401));
        row(cells, HttpMethod.GET, city + "/offers", null, Map.of("admin", 404, "hrA", 404, "memberA", 404));
        row(
                cells,
                HttpMethod.GET,
                "page:" + provider.replace("/api/v1", "") + "/offers",
                null,
                Map.of("admin", 200, "providerAdmin", 200, "trainer", 404, "hrA", 404, "anonymous", 302));
    }

    /** A certification body's item bank: its assessors and content editors only; exam blueprints: everyone. */
    private static void itemBank(List<Cell> cells, String body, String city) {
        Map<String, Integer> keepers = Map.of(
                "assessor",
                200,
                "bodyEditor",
                200,
                "admin",
                404,
                "editorA",
                404,
                "providerAdmin",
                404,
                "outsider",
                404);
        row(cells, HttpMethod.GET, "/api/v1/exams/banks/" + body, null, with(keepers, "anonymous", 401));
        row(cells, HttpMethod.GET, "page:/organisations/" + body + "/item-bank", null, with(keepers, "anonymous", 302));
        row(cells, HttpMethod.GET, "page:/organisations/" + body + "/item-bank/export", null, keepers);
        row(
                cells,
                HttpMethod.POST,
                "/api/v1/exams/banks/" + body + "?dryRun=true",
                "{}",
                Map.of("assessor", 422, "bodyEditor", 422, "admin", 404, "outsider", 404, "anonymous", 401));
        row(cells, HttpMethod.GET, "/api/v1/exams/banks/" + city, null, Map.of("hrA", 404, "editorA", 404));
        row(cells, HttpMethod.GET, "/api/v1/exams/blueprints", null, Map.of("outsider", 200, "anonymous", 200));
        row(cells, HttpMethod.GET, "page:/exams/roles/SCPD", null, Map.of("assessor", 200, "anonymous", 200));
        row(cells, HttpMethod.GET, "page:/exams/roles/NOPE", null, Map.of("anonymous", 404));
    }

    /**
     * Certificates: a body's certificates for its assessors only; everyone's own list for the signed-in; verification,
     * the registry of certified people and the published keys and status lists for anyone.
     */
    private static void certificates(List<Cell> cells, String body) {
        row(
                cells,
                HttpMethod.GET,
                "page:/certificates/bodies/" + body,
                null,
                Map.of("assessor", 200, "bodyEditor", 404, "admin", 404, "outsider", 404, "anonymous", 302));
        row(cells, HttpMethod.GET, "page:/certificates", null, Map.of("outsider", 200, "anonymous", 302));
        row(cells, HttpMethod.GET, "/api/v1/certificates", null, Map.of("outsider", 200, "anonymous", 401));
        row(cells, HttpMethod.GET, "/api/v1/certificates/0000000000000000000000000A", null, Map.of("outsider", 404));
        row(cells, HttpMethod.GET, "page:/verify", null, Map.of("anonymous", 200, "outsider", 200));
        row(cells, HttpMethod.GET, "page:/verify/0000000000000000000000000A", null, Map.of("anonymous", 404));
        row(cells, HttpMethod.GET, "page:/registry/people?q=x", null, Map.of("anonymous", 200));
        row(cells, HttpMethod.GET, "/api/v1/registry/people?q=x", null, Map.of("anonymous", 200));
        row(cells, HttpMethod.POST, "/api/v1/credentials/verify", "{}", Map.of("anonymous", 200, "outsider", 200));
        row(cells, HttpMethod.GET, "page:/.well-known/did.json", null, Map.of("anonymous", 200));
        row(cells, HttpMethod.GET, "page:/.well-known/jwks.json", null, Map.of("anonymous", 200));
        row(cells, HttpMethod.GET, "page:/credentials/status/revocation", null, Map.of("anonymous", 200));
        row(cells, HttpMethod.GET, "page:/credentials/status/nope", null, Map.of("anonymous", 404));
    }

    /**
     * Accreditation: the registries and criteria are public; the accreditation page is every signed-in person's; an
     * application being written is its applicant's only (the body's assessors see it once submitted).
     */
    private static void accreditation(List<Cell> cells, String application) {
        String nobody = UUID.randomUUID().toString();
        row(
                cells,
                HttpMethod.GET,
                "page:/accreditation",
                null,
                Map.of("providerAdmin", 200, "trainer", 200, "assessor", 200, "outsider", 200, "anonymous", 302));
        row(
                cells,
                HttpMethod.GET,
                "page:/accreditation/applications/" + application,
                null,
                Map.of("providerAdmin", 200, "trainer", 404, "assessor", 404, "admin", 404, "anonymous", 302));
        row(cells, HttpMethod.GET, "page:/accreditation/applications/" + nobody, null, Map.of("providerAdmin", 404));
        row(cells, HttpMethod.GET, "page:/accreditation/applications/nope", null, Map.of("providerAdmin", 404));
        for (String path : List.of("/registry/training-organisations", "/registry/trainers", "/registry/criteria")) {
            row(cells, HttpMethod.GET, "page:" + path, null, Map.of("anonymous", 200, "outsider", 200));
            row(cells, HttpMethod.GET, "/api/v1" + path, null, Map.of("anonymous", 200, "outsider", 200));
        }
        row(cells, HttpMethod.GET, "page:/registry/trainers/" + nobody, null, Map.of("anonymous", 404));
        row(cells, HttpMethod.GET, "/api/v1/registry/training-organisations/" + nobody, null, Map.of("anonymous", 404));
        row(cells, HttpMethod.GET, "/api/v1/registry/trainers/nope", null, Map.of("anonymous", 404));
    }

    private static void row(
            List<Cell> cells, HttpMethod method, String path, String body, Map<String, Integer> statuses) {
        statuses.forEach((actor, status) -> cells.add(new Cell(actor, method, path, body, status)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void answersEachCellAsExpected(Cell cell) throws Exception {
        boolean page = cell.path().startsWith("page:");
        String path = page ? cell.path().substring("page:".length()) : cell.path();
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(cell.method(), path);
        if (cell.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(cell.body());
        }
        if (!cell.actor().equals("anonymous")) {
            if (page) {
                Account account = actors.get(cell.actor());
                request.with(authentication(PasswordLogin.token(
                        SignedIn.of(account, accounts.roles(account.id()), SignedIn.Stage.COMPLETE))));
            } else {
                request.header("Authorization", "Bearer " + bearer.get(cell.actor()));
            }
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).as(cell.toString()).isEqualTo(cell.status());
        if (!page && response.getStatus() >= 400) {
            assertThat(response.getContentType()).as(cell.toString()).startsWith("application/problem+json");
        }
    }

    @org.junit.jupiter.api.Test
    void listsOnlyTheOrganisationsTheCallerBelongsTo() throws Exception {
        String listed = mvc.perform(MockMvcRequestBuilders.get("/api/v1/organisations")
                        .header("Authorization", "Bearer " + bearer.get("hrA")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(listed)
                .contains(cityA.id().toString())
                .doesNotContain(cityB.id().toString(), provider.id().toString());
    }
}
