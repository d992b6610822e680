import { sql, type Kysely } from 'kysely'

// Frozen in time: this file must never import application code.

// Tenders now pin the version of their CO2e factor set and name the place of use whose grid factor
// prices the electricity. Tenders made before used version 1.0.0 of the shared sets on the European
// grid (0.38 kg CO2e/kWh), and assessment's own "manufacturer-pcf-medians" is the shared
// "manufacturer-pcf" set, so that is what they keep.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    update procurements
       set settings = jsonb_set(settings, '{lifeCycle}', (settings->'lifeCycle') || jsonb_build_object(
             'factorSetId', case settings->'lifeCycle'->>'factorSetId' when 'manufacturer-pcf-medians' then 'manufacturer-pcf' else settings->'lifeCycle'->>'factorSetId' end,
             'factorSetVersion', coalesce(settings->'lifeCycle'->>'factorSetVersion', '1.0.0'),
             'placeOfUse', coalesce(settings->'lifeCycle'->>'placeOfUse', 'EEE')))
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    update procurements
       set settings = jsonb_set(settings, '{lifeCycle}', ((settings->'lifeCycle') - 'factorSetVersion' - 'placeOfUse') || jsonb_build_object(
             'factorSetId', case settings->'lifeCycle'->>'factorSetId' when 'manufacturer-pcf' then 'manufacturer-pcf-medians' else settings->'lifeCycle'->>'factorSetId' end))
  `.execute(db)
}
