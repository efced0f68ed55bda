package dk.kk.registry.shared.intervention;

/** The three kinds of the 2011 policy's holistic effort (helhedsorienteret indsats). */
public enum InterventionKind {
    CORE_OPERATIONS,
    INDIVIDUAL,
    AREA_BASED
}
