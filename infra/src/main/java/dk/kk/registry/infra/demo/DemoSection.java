package dk.kk.registry.infra.demo;

/** A further part of the demo history (figures, goals), recorded after the reference data and interventions. */
public interface DemoSection {

    /** Records what is not yet recorded; answers how many commands it issued. */
    int load(DemoHistory history);
}
