package org.skills4cities.toolkit.explorer;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.springframework.web.servlet.view.AbstractTemplateViewResolver;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Renders JTE templates into UTF-8 bytes first and sends them with their length. The templates are compiled with
 * their static parts already encoded, so a page costs little more than its dynamic parts; the starter's own view
 * streams characters through the servlet writer instead, which encodes every character of every page.
 */
@Component
class Utf8JteViewResolver extends AbstractTemplateViewResolver {

    private final TemplateEngine templates;

    Utf8JteViewResolver(TemplateEngine templates) {
        this.templates = templates;
        setViewClass(requiredViewClass());
        setSuffix(".jte");
        setContentType("text/html;charset=UTF-8");
        setOrder(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    protected Class<?> requiredViewClass() {
        return Utf8JteView.class;
    }

    @Override
    protected AbstractUrlBasedView instantiateView() {
        return new Utf8JteView(templates);
    }

    /** One template, rendered to bytes. */
    static class Utf8JteView extends AbstractTemplateView {

        private final TemplateEngine templates;

        Utf8JteView(TemplateEngine templates) {
            this.templates = templates;
        }

        @Override
        protected void renderMergedTemplateModel(
                Map<String, Object> model, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            Utf8ByteOutput output = new Utf8ByteOutput();
            templates.render(getUrl(), model, output);
            response.setContentType(getContentType());
            response.addHeader(HttpHeaders.VARY, "Accept-Language, Cookie, HX-Request");
            response.setContentLength(output.getContentLength());
            output.writeTo(response.getOutputStream());
        }
    }
}
