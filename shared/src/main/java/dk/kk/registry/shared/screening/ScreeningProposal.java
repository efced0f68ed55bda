package dk.kk.registry.shared.screening;

import java.util.List;

/** An area proposed for designation, with the criteria it met. */
public record ScreeningProposal(String area, List<String> criteriaMet) {}
