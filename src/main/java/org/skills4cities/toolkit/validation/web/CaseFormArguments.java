package org.skills4cities.toolkit.validation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.Objects;
import org.skills4cities.toolkit.account.Account;
import org.skills4cities.toolkit.account.Accounts;
import org.skills4cities.toolkit.validation.CaseNotFound;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Gives the validation pages' handler methods their {@link CaseForm}, with the signed-in person's account. */
@Configuration
class CaseFormArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private final Accounts accounts;

    CaseFormArguments(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The signed-in person's account; a session or token whose account has gone reaches nothing. */
    static Account account(Accounts accounts, Principal principal) {
        return accounts.signedIn(principal).orElseThrow(() -> new CaseNotFound(principal.getName()));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CaseForm.class;
    }

    @Override
    public CaseForm resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            throw new CaseNotFound("anonymous");
        }
        return new CaseForm(
                account(accounts, principal),
                Objects.requireNonNull(request.getNativeRequest(HttpServletRequest.class)),
                Objects.requireNonNull(request.getNativeResponse(HttpServletResponse.class)),
                Objects.requireNonNull(container).getModel());
    }
}
