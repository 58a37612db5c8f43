package org.entente.basing.sustainment;

/** The classes of supply a force draws, numbered as NATO logisticians number them; described in our own words. */
public enum SupplyClass {
    I("Food and drinking water"),
    II("Clothing, personal kit, tools and general stores"),
    III("Fuels, oils and lubricants"),
    IV("Building and field-fortification material"),
    V("Ammunition and explosives"),
    VI("Personal items troops buy for themselves"),
    VII("Complete major items: vehicles, weapon systems, generators"),
    VIII("Medical and dental supplies"),
    IX("Spare and repair parts"),
    X("Material for civilian and reconstruction programmes");

    private final String description;

    SupplyClass(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
