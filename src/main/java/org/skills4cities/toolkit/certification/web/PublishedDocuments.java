package org.skills4cities.toolkit.certification.web;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.skills4cities.toolkit.certification.Publications;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What verifiers elsewhere fetch: the DID document ({@code did:web} of the base URL), the JWKS, a certification
 * body's issuer profile, and the signed revocation and suspension status lists.
 */
@RestController
class PublishedDocuments {

    private static final MediaType DID_JSON = MediaType.parseMediaType("application/did+json");
    private static final MediaType VC_JSON = MediaType.parseMediaType("application/vc+ld+json");

    private final Publications publications;

    PublishedDocuments(Publications publications) {
        this.publications = publications;
    }

    @GetMapping("/.well-known/did.json")
    ResponseEntity<Map<String, Object>> did() {
        return ResponseEntity.ok()
                .contentType(DID_JSON)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(publications.didDocument());
    }

    @GetMapping("/.well-known/jwks.json")
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(publications.jwks());
    }

    @GetMapping("/issuers/{body}")
    ResponseEntity<Map<String, Object>> issuer(@PathVariable String body) {
        UUID id;
        try {
            id = UUID.fromString(body);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.notFound().build();
        }
        return publications
                .issuerProfile(id)
                .map(p -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(p))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/credentials/status/{purpose}")
    ResponseEntity<String> statusList(@PathVariable String purpose) {
        return publications
                .statusList(purpose)
                .map(json -> ResponseEntity.ok()
                        .contentType(VC_JSON)
                        .cacheControl(CacheControl.maxAge(Publications.STATUS_LIST_AGE)
                                .cachePublic())
                        .body(json))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
