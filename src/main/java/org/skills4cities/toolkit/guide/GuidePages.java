package org.skills4cities.toolkit.guide;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skills4cities.toolkit.explorer.Page;
import org.skills4cities.toolkit.explorer.Pages;
import org.skills4cities.toolkit.search.InvalidSearch;
import org.skills4cities.toolkit.search.Queries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The guide's pages: all parts with their questions and a search box, one part with its answers, the answers
 * about one topic (where the other pages link to), and search. An unknown part or topic is the site's 404 page.
 */
@Controller
class GuidePages {

    private final UserGuide guide;
    private final Pages pages;

    GuidePages(UserGuide guide, Pages pages) {
        this.guide = guide;
        this.pages = pages;
    }

    @GetMapping("/guide")
    String index(HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.of(request, "guide.title"));
        model.addAttribute("groups", guide.groups());
        return "guide/index";
    }

    @GetMapping("/guide/{group}")
    String group(@PathVariable String group, HttpServletRequest request, Model model) {
        GuideGroup part = guide.group(UserGuide.targetGroup(group)).orElseThrow(() -> new NotInGuide("group", group));
        Page page = pages.of(request, "guide.title");
        model.addAttribute(
                "page",
                page.titled(page.t("guide.pageTitle", page.text(part.title()).text())));
        model.addAttribute("group", part);
        return "guide/group";
    }

    @GetMapping("/guide/topics/{topic}")
    String topic(@PathVariable String topic, HttpServletRequest request, Model model) {
        GuideTopic about = UserGuide.topic(topic);
        Page page = pages.of(request, "guide.title");
        String heading = page.t("guide.topic.heading", page.t("guide.topic." + about.key()));
        model.addAttribute("page", page.titled(page.t("guide.pageTitle", heading)));
        model.addAttribute("heading", heading);
        model.addAttribute("groups", guide.about(about));
        return "guide/topic";
    }

    @GetMapping("/guide/search")
    String search(@RequestParam(defaultValue = "") String q, HttpServletRequest request, Model model) {
        Page page = pages.of(request, "guide.search.title");
        String query = q.strip();
        if (query.length() > Queries.MAX_LENGTH) {
            query = query.substring(0, Queries.MAX_LENGTH);
        }
        List<GuideHit> hits = List.of();
        boolean refused = false;
        try {
            hits = query.isEmpty() ? List.of() : guide.search(query, page.language());
        } catch (InvalidSearch e) {
            refused = !e.reason().equals("blank");
            query = refused ? query : "";
        }
        model.addAttribute("page", page);
        model.addAttribute("query", query);
        model.addAttribute("hits", hits);
        model.addAttribute("refused", refused);
        model.addAttribute(
                "groups", guide.groups().stream().collect(Collectors.toMap(GuideGroup::group, Function.identity())));
        return "guide/search";
    }

    @ExceptionHandler(NotInGuide.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return pages.notFound(request, response, model);
    }
}
