package org.skills4cities.toolkit.exam.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An exported item bank as a JSON file to save, for the page and the API alike. */
final class BankDownload {

    private BankDownload() {}

    static ResponseEntity<byte[]> of(byte[] file) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("item-bank.json")
                                .build()
                                .toString())
                .body(file);
    }
}
