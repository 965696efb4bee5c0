package org.skills4cities.toolkit.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skills4cities.toolkit.framework.importing.FrameworkAuthoring;
import org.skills4cities.toolkit.framework.importing.FrameworkEdit;
import org.skills4cities.toolkit.framework.importing.ImportAccess;
import org.skills4cities.toolkit.framework.store.Frameworks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two application nodes on one database: a draft edited on one node is seen on the other within the refresh
 * interval, which then raises the import event for its own caches.
 */
@SpringBootTest
class CatalogueAcrossNodesIntegrationTests {

    @Autowired
    Frameworks frameworks;

    @Autowired
    FrameworkCatalogue catalogue;

    @Autowired
    FrameworkAuthoring authoring;

    @Test
    void anotherNodeSeesAnEditedDraftAndRenewsItsCopies() {
        String slug = "nodes-" + UUID.randomUUID().toString().substring(0, 8);
        ImportAccess admin = new ImportAccess() {
            @Override
            public String actor() {
                return "admin@example.org";
            }

            @Override
            public boolean mayWrite(UUID owner) {
                return true;
            }

            @Override
            public UUID ownerOfNew() {
                return null;
            }
        };
        authoring.adapt(
                "skills4cities", catalogue.get("skills4cities").version(), slug, "1.0", LocalizedText.EMPTY, admin);
        List<Object> otherNodeEvents = new ArrayList<>();
        FrameworkCatalogue otherNode =
                new FrameworkCatalogue(frameworks, otherNodeEvents::add, Clock.systemUTC(), Duration.ZERO);
        assertThat(otherNode.get(slug).item("A.1").orElseThrow().title().english())
                .isEqualTo("Smart-city vision and strategy");

        authoring.edit(slug, "1.0", List.of(new FrameworkEdit.ItemText("A.1", "title", "en", "Vision")), admin);

        assertThat(otherNode.get(slug).item("A.1").orElseThrow().title().english())
                .isEqualTo("Vision");
        assertThat(otherNodeEvents).containsExactly(new FrameworkImported(slug, "1.0"));
        assertThat(otherNode.get(slug, "1.0").item("A.1").orElseThrow().title().english())
                .isEqualTo("Vision");
    }
}
