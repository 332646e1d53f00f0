package org.wirescope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonNamesTest {
  @Test
  void slugTagsBecomeDisplayNames() {
    assertEquals("James Baker", PersonNames.display("james-baker"));
    assertEquals("Reagan", PersonNames.display("reagan"));
    assertEquals("Jacques de Larosiere", PersonNames.display("jacques-de-larosiere"));
    assertEquals("Dmitry Peskov", PersonNames.display(" Dmitry  Peskov "));
  }

  @Test
  void surnameIsTheLastWordWithoutPossessive() {
    assertEquals("peskov", PersonNames.surname("Dmitry Peskov"));
    assertEquals("putin", PersonNames.surname("Putin’s"));
    assertEquals("", PersonNames.surname(" "));
  }
}
