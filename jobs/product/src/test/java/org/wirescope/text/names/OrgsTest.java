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
}
