package org.skills4cities.toolkit.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.account.Organisation;
import org.skills4cities.toolkit.account.OrganisationKind;
import org.skills4cities.toolkit.account.Organisations;
import org.skills4cities.toolkit.account.Passwords;
import org.skills4cities.toolkit.account.Role;
import org.skills4cities.toolkit.account.TestAccounts;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.LocalizedText;
import org.skills4cities.toolkit.framework.importing.FrameworkAuthoring;
import org.skills4cities.toolkit.framework.importing.FrameworkEdit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The editing pages of a draft: who may open them, checks as one types, saving, and the item's history. */
@SpringBootTest
@AutoConfigureMockMvc
class EditPagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Passwords passwords;

    @Autowired
    Organisations organisations;

    @Autowired
    FrameworkAuthoring authoring;

    @Autowired
    FrameworkCatalogue catalogue;

    @Test
    void checksAnItemAsTheEditorTypesSavesItAndShowsItsHistory() {
        Account admin = TestAccounts.active(accounts, passwords, "Admin", true);
        Account editor = TestAccounts.active(accounts, passwords, "Editor");
        Organisation city =
                organisations.create(admin, "Varna " + UUID.randomUUID(), OrganisationKind.CITY_ADMINISTRATION);
        organisations.grant(admin, city.id(), editor.id(), Role.CONTENT_EDITOR);
        String slug = "varna-" + UUID.randomUUID().toString().substring(0, 8);
        var access = new Writers.Access(editor, accounts.memberships(editor.id()), city.id());
        authoring.adapt(
                "skills4cities", catalogue.get("skills4cities").version(), slug, "1.0", LocalizedText.EMPTY, access);
        authoring.edit(
                slug,
                "1.0",
                List.of(new FrameworkEdit.AddItem("D", "D.11", "competence", "bg", "Градски данни")),
                access);
        String item = "/edit/frameworks/" + slug + "/1.0/items/D.11";

        assertThat(mvc.post()
                        .uri(item + "/check")
                        .with(as(editor))
                        .with(csrf())
                        .param("lang", "bg")
                        .param("title", " "))
                .hasStatusOk()
                .bodyText()
                .contains("form-error")
                .contains("/items/D.11");
        assertThat(mvc.post()
                        .uri(item + "/check")
                        .with(as(editor))
                        .with(csrf())
                        .param("lang", "bg")
                        .param("title", "Градски данни и платформи"))
                .bodyText()
                .doesNotContain("form-error");

        assertThat(mvc.post()
                        .uri(item)
                        .with(as(editor))
                        .with(csrf())
                        .param("lang", "bg")
                        .param("title", "Градски данни и платформи"))
                .hasStatus3xxRedirection();
        assertThat(catalogue.get(slug, "1.0").item("D.11").orElseThrow().title().values())
                .containsEntry("bg", "Градски данни и платформи");
        assertThat(mvc.get()
                        .uri("/frameworks/" + slug + "/versions/1.0/history?item=D.11")
                        .with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("Градски данни и платформи")
                .contains(editor.email());

        assertThat(mvc.post()
                        .uri("/edit/frameworks/" + slug + "/1.0/roles/SCPM/check")
                        .with(as(editor))
                        .with(csrf())
                        .param("lang", "de")
                        .param("level:A.1", "9"))
                .hasStatusOk()
                .bodyText()
                .contains("form-error")
                .contains("Stufe 9");

        Account stranger = TestAccounts.active(accounts, passwords, "Stranger");
        assertThat(mvc.get().uri(item).with(as(stranger))).hasStatus(404);
        assertThat(mvc.get().uri("/frameworks/" + slug + "/versions"))
                .as("a draft is shown to all, marked, without the means to change it")
                .hasStatusOk()
                .bodyText()
                .contains("draft")
                .doesNotContain("/edit/frameworks/" + slug);
    }

    @Test
    void theImportPageChecksAFileFirstNamesItsProblemsAndImportsIt() throws Exception {
        Account admin = TestAccounts.active(accounts, passwords, "Admin", true);
        Account editor = TestAccounts.active(accounts, passwords, "Editor");
        Organisation city =
                organisations.create(admin, "Ruse " + UUID.randomUUID(), OrganisationKind.CITY_ADMINISTRATION);
        organisations.grant(admin, city.id(), editor.id(), Role.CONTENT_EDITOR);
        String slug = "ruse-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] template =
                getClass().getResourceAsStream("/frameworks/skills4cities.json").readAllBytes();
        var file = new org.springframework.mock.web.MockMultipartFile(
                "file", "framework.json", "application/json", template);

        assertThat(mvc.get().uri("/edit/import?lang=bg").with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("Импорт");
        assertThat(mvc.post()
                        .uri("/edit/import?lang=bg")
                        .multipart()
                        .file(file)
                        .with(as(editor))
                        .with(csrf())
                        .param("id", slug)
                        .param("organisation", city.id().toString())
                        .param("action", "dryRun"))
                .hasStatusOk()
                .bodyText()
                .contains("Проверка: нищо не е променено")
                .contains("Елементи: 44 нови");
        assertThat(catalogue.versions(slug)).isEmpty();

        var broken = new org.springframework.mock.web.MockMultipartFile(
                "file",
                "broken.csv",
                "text/csv",
                "record,code\nitem,A\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(mvc.post()
                        .uri("/edit/import?lang=el")
                        .multipart()
                        .file(broken)
                        .with(as(editor))
                        .with(csrf())
                        .param("format", "csv")
                        .param("id", slug)
                        .param("organisation", city.id().toString()))
                .hasStatusOk()
                .bodyText()
                .contains("Το αρχείο δεν εισήχθη")
                .contains("γραμμή ");
        assertThat(catalogue.versions(slug)).isEmpty();

        assertThat(mvc.post()
                        .uri("/edit/import")
                        .multipart()
                        .file(file)
                        .with(as(editor))
                        .with(csrf())
                        .param("id", slug)
                        .param("organisation", city.id().toString())
                        .param("action", "apply"))
                .hasStatusOk()
                .bodyText()
                .contains("Imported");
        assertThat(catalogue.get(slug).owner()).isEqualTo(city.id());
    }

    private static RequestPostProcessor as(Account account) {
        return user(account.email()).authorities(new SimpleGrantedAuthority("SIGNED_IN"));
    }
}
