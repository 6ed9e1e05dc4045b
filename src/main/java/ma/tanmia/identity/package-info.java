/**
 * People and what they may do: accounts belonging to an organization, roles scoped to a territory,
 * sign-in (form for pages, basic for API clients), throttling of failed sign-ins, password change,
 * language preference and the administrators' user screens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package ma.tanmia.identity;
