package org.skills4cities.toolkit.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.StringReader;
import java.net.URI;
import org.junit.jupiter.api.Test;

class OfflineContextsTests {

    private final OfflineContexts contexts = new OfflineContexts();

    @Test
    void answersEveryShippedContextFromTheClasspath() throws JsonLdError {
        assertThat(contexts.urls())
                .contains(
                        "https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                        "http://data.europa.eu/snb/model/context/edc-ap");
        for (String url : contexts.urls()) {
            assertThat(contexts.loadDocument(URI.create(url), new DocumentLoaderOptions())
                            .getJsonContent())
                    .as(url)
                    .isPresent();
        }
    }

    @Test
    void refusesAnyOtherUrlWithoutTheNetwork() {
        assertThatThrownBy(() ->
                        contexts.loadDocument(URI.create("https://www.w3.org/ns/did/v1"), new DocumentLoaderOptions()))
                .isInstanceOf(JsonLdError.class)
                .hasMessageContaining("https://www.w3.org/ns/did/v1")
                .hasMessageContaining("not shipped");
    }

    @Test
    void expansionWithAnUnknownContextFailsInsteadOfFetchingIt() throws JsonLdError {
        JsonDocument document = JsonDocument.of(new StringReader(
                "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\", \"http://127.0.0.1:9/ctx\"],"
                        + " \"type\": \"VerifiableCredential\"}"));

        assertThatThrownBy(() -> JsonLd.expand(document).loader(contexts).get())
                .isInstanceOf(JsonLdError.class)
                .hasMessageContaining("http://127.0.0.1:9/ctx");
    }

    @Test
    void expandsACredentialWithTheShippedContexts() throws JsonLdError {
        JsonDocument document =
                JsonDocument.of(new StringReader("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\","
                        + " \"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],"
                        + " \"type\": [\"VerifiableCredential\", \"OpenBadgeCredential\"]}"));

        assertThat(JsonLd.expand(document).loader(contexts).get().toString())
                .contains("https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential");
    }
}
