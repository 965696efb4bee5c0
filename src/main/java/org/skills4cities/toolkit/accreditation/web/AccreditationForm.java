package org.skills4cities.toolkit.accreditation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Objects;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.accreditation.NotFound;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A request to an accreditation page: who sent it (a session whose account has gone reaches nothing), the request
 * and response, and the model the page is drawn from should a step be refused.
 */
record AccreditationForm(Account actor, HttpServletRequest request, HttpServletResponse response, ModelMap model) {

    /** Gives the accreditation pages' handler methods their {@link AccreditationForm}. */
    @Configuration
    static class Arguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

        private final Accounts accounts;

        Arguments(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(this);
        }

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == AccreditationForm.class;
        }

        @Override
        public AccreditationForm resolveArgument(
                MethodParameter parameter,
                ModelAndViewContainer container,
                NativeWebRequest request,
                WebDataBinderFactory binders) {
            var principal = request.getUserPrincipal();
            Account actor =
                    principal == null ? null : accounts.signedIn(principal).orElse(null);
            if (actor == null) {
                throw new NotFound("account");
            }
            return new AccreditationForm(
                    actor,
                    Objects.requireNonNull(request.getNativeRequest(HttpServletRequest.class)),
                    Objects.requireNonNull(request.getNativeResponse(HttpServletResponse.class)),
                    Objects.requireNonNull(container).getModel());
        }
    }
}
