package org.skills4cities.toolkit.exam.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.exam.BankCounts;
import org.skills4cities.toolkit.exam.BankImport;
import org.skills4cities.toolkit.exam.BankNotFound;
import org.skills4cities.toolkit.exam.Blueprints;
import org.skills4cities.toolkit.exam.ExamItem;
import org.skills4cities.toolkit.exam.ItemBank;
import org.skills4cities.toolkit.exam.StoredBank;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.framework.FrameworkItem;
import org.skills4cities.toolkit.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A certification body's item bank page, for its assessors and content editors: the counts against the blueprints'
 * needs, the questions by area, level and kind, a question previewed in any language with its correct options and
 * explanation, import (a dry run first) and export. For anyone else the page does not exist.
 */
@Controller
class BankPages {

    private final ItemBank bank;
    private final Blueprints blueprints;
    private final FrameworkCatalogue catalogue;
    private final BankAccess access;
    private final Pages pages;
    private final MessageSource messages;

    BankPages(
            ItemBank bank,
            Blueprints blueprints,
            FrameworkCatalogue catalogue,
            BankAccess access,
            Pages pages,
            MessageSource messages) {
        this.bank = bank;
        this.blueprints = blueprints;
        this.catalogue = catalogue;
        this.access = access;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/organisations/{id}/item-bank")
    String show(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String area,
            @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String question,
            @RequestParam(defaultValue = "") String preview,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        BankAccess.Managed managed = access.body(principal, id);
        Page page = pages.of(request, "exambank.bank.title", managed.body().name());
        BankPageView.Filter filter = new BankPageView.Filter(area, level(level), kind);
        Language language = Language.ofCode(preview).orElse(page.language());
        return render(page, managed, filter, question, language, null, false, model);
    }

    @PostMapping("/organisations/{id}/item-bank")
    String importBank(
            @PathVariable String id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "dryRun") String action,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        BankAccess.Managed managed = access.body(principal, id);
        boolean dryRun = !action.equals("import");
        byte[] bytes = file.getSize() > ItemBank.MAX_FILE ? new byte[ItemBank.MAX_FILE + 1] : file.getBytes();
        BankImport outcome = dryRun
                ? bank.dryRun(managed.actor(), managed.id(), bytes)
                : bank.apply(managed.actor(), managed.id(), bytes);
        if (!outcome.accepted()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        Page page = pages.of(request, "exambank.bank.title", managed.body().name());
        BankPageView.Filter none = new BankPageView.Filter("", null, "");
        return render(page, managed, none, "", page.language(), outcome, dryRun, model);
    }

    @GetMapping("/organisations/{id}/item-bank/export")
    ResponseEntity<byte[]> export(@PathVariable String id, Principal principal) {
        BankAccess.Managed managed = access.body(principal, id);
        return BankDownload.of(bank.export(managed.actor(), managed.id()));
    }

    @ExceptionHandler(BankNotFound.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return pages.notFound(request, response, model);
    }

    private String render(
            Page page,
            BankAccess.Managed managed,
            BankPageView.Filter filter,
            String question,
            Language previewLanguage,
            @Nullable BankImport outcome,
            boolean dryRun,
            Model model) {
        StoredBank own = bank.own(managed.actor(), managed.id()).orElse(null);
        List<ExamItem> items = own == null ? bank.reference() : own.items();
        Framework framework = catalogue.get(blueprints.frameworkSlug());
        model.addAttribute("page", page);
        model.addAttribute(
                "view",
                new BankPageView(
                        managed.body(),
                        own != null,
                        own == null ? null : own.importedAt(),
                        BankCounts.of(items),
                        framework.items().stream().map(FrameworkItem::code).toList(),
                        IntStream.rangeClosed(1, framework.highestLevel())
                                .boxed()
                                .toList(),
                        blueprints.supply(items),
                        filter,
                        items.stream().filter(filter::matches).toList(),
                        items.stream()
                                .filter(i -> i.code().equals(question))
                                .findFirst()
                                .orElse(null),
                        previewLanguage,
                        outcome,
                        outcome == null
                                ? List.of()
                                : BankImportView.problems(outcome.problems(), page.language(), messages),
                        dryRun));
        return "exam/bank";
    }

    private static @Nullable Integer level(String level) {
        try {
            return level.isBlank() ? null : Integer.valueOf(level.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
