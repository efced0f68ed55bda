-- Interventions recorded from historical documents may name no lead administration (the registry records it as
-- unknown rather than inventing one).
ALTER TABLE intervention_version ALTER COLUMN lead_administration DROP NOT NULL;
