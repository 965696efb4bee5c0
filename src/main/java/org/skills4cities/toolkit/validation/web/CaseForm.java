package org.skills4cities.toolkit.validation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.skills4cities.toolkit.account.Account;
import org.springframework.ui.ModelMap;

/**
 * A form sent from a validation page: who sent it, the request and response, and the model the page is drawn from
 * should the step be refused. Handler methods take it as one argument ({@link CaseFormArguments}).
 */
record CaseForm(Account actor, HttpServletRequest request, HttpServletResponse response, ModelMap model) {}
