package org.wirescope.text.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One organisation under its spellings. */
class OrgsTest {
  @Test
  void caseTheAndLegalFormsDoNotMakeAnotherOrganisation() {
    assertEquals("harwell stone", Orgs.key("Harwell Stone and Co Inc"));
    assertEquals("harwell stone", Orgs.key("HARWELL STONE"));
    assertEquals("harwell stone", Orgs.key("Harwell Stone & Co."));
    assertEquals("baltic shipping board", Orgs.key("the Baltic Shipping Board's"));
    assertEquals(
        "northline holdings", Orgs.key("Northline Holdings Ltd"), "a word of the name stays");
    assertEquals("co", Orgs.key("Co"), "a name that is only a legal form keeps it");
  }

  @Test
  void aDayOrMonthAfterTheNameIsNotPartOfIt() {
    org.wirescope.text.tokens.Tokens t =
        org.wirescope.text.tokens.Tokens.of(
            "The Harbour Electoral Commission on Thursday said the Port Authority in March agreed.");
    int[] none = new int[t.size];
    java.util.Arrays.fill(none, -1);
    assertEquals(
        java.util.List.of("Harbour Electoral Commission", "Port Authority"),
        Orgs.find(t, none, null).stream().map(Orgs.Org::name).toList());
  }
}
